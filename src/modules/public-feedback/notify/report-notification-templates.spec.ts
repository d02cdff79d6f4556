import { CompiledTemplate } from '@infrastructure/notifications/notification-templates';
import { REPORT_TEMPLATES, ReportTemplate } from './report-notification-templates';
import { dayOf, lastDayOf } from './report-notifier';

describe('Report e-mail templates', () => {
  it('an SLA instant (24:00 WIB) reads as the last working day it closes, in Indonesian', () => {
    expect(lastDayOf('2026-03-25T17:00:00.000Z')).toBe('25 Maret 2026');
    expect(dayOf('2026-04-15T17:00:00.000Z')).toBe('16 April 2026');
  });

  it('no template asks for the reporter name, contact or the report text: parameters are stored in the outbox events', () => {
    for (const template of REPORT_TEMPLATES) {
      const { params } = new CompiledTemplate(template);
      expect([template.name, params.filter((p) => /nama|email|phone|hp|isi|body|judul|title/i.test(p))]).toEqual([template.name, []]);
    }
  });

  it('renders the follow-up notice in Bahasa Indonesia', () => {
    const followUp = new CompiledTemplate(REPORT_TEMPLATES.find((t) => t.name === ReportTemplate.FOLLOWED_UP)!);
    const { subject, text } = followUp.render({ nomor: '7K4M-Q2XD-9BWT', instansi: 'Pemerintah Kota Medan', unitTujuan: 'Dinas Kesehatan', tanggapan: 'Obat sudah tersedia.', batasTutup: '15 April 2026' });
    expect(subject).toBe('Laporan 7K4M-Q2XD-9BWT telah ditindaklanjuti');
    expect(text).toMatch(/^Yth\. Pelapor,\n\nDinas Kesehatan telah menindaklanjuti laporan Anda nomor 7K4M-Q2XD-9BWT:\n\nObat sudah tersedia\./);
    expect(text).toContain('sebelum 15 April 2026');
  });
});
