import { ExchangeRecord, formatExchange, MAX_IMPORT_RECORDS, parseExchange } from './exchange';

const record: ExchangeRecord = {
  trackingId: '4521789',
  channel: 'LAPOR',
  category: 'PENGADUAN',
  privacy: 'ANONIM',
  unitId: 'kota-medan.disdukcapil',
  title: 'Pungutan liar, "biaya" percepatan',
  body: 'Petugas meminta biaya percepatan, padahal layanan KTP-el gratis.\nMohon ditindak.',
  submittedAt: '2026-02-10T02:00:00.000Z',
  status: 'VERIFIED',
  lastFollowUp: '',
};

describe('the exchange shape (JSON and CSV)', () => {
  it.each(['JSON', 'CSV'] as const)('round-trips through %s, quotes, commas and line breaks included', (format) => {
    const parsed = parseExchange(formatExchange([record, { ...record, trackingId: '4521790' }], format), format);
    expect(parsed.error).toBeUndefined();
    expect(parsed.records.map((r) => r.record)).toEqual([record, { ...record, trackingId: '4521790' }]);
  });

  it('names each invalid record and what is wrong with it, and keeps the valid ones', () => {
    const parsed = parseExchange(JSON.stringify([record, { ...record, category: 'RAPS', privacy: 'PUBLIK', unitId: 'medan' }, { ...record, category: 'WBS', privacy: 'ANONIM' }, 'x']), 'JSON');
    expect(parsed.records).toEqual([
      { row: 1, record },
      { row: 2, problem: 'tidak sah: category, privacy, unitId' },
      { row: 3, problem: 'tidak sah: privacy (WBS harus RAHASIA)' },
      { row: 4, problem: 'bukan objek laporan' },
    ]);
  });

  it('refuses unreadable content, a non-list and more than the maximum', () => {
    expect(parseExchange('{', 'JSON').error).toMatch(/tidak dapat dibaca/);
    expect(parseExchange('{}', 'JSON').error).toBe('Isi harus berupa daftar laporan');
    expect(parseExchange(JSON.stringify(Array(MAX_IMPORT_RECORDS + 1).fill(record)), 'JSON').error).toMatch(/Paling banyak 500/);
  });
});
