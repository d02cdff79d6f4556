import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { FixedClock } from '@kernel/clock';
import { runExport } from '../../src/cli/export/run-export';
import { TestApi } from './harness';

/** `npm run export` writes the files the download endpoint sends (one renderer, one set of parameter rules). */
describe('npm run export: the BKD lists as files on the server', () => {
  // Every run boots the application context, as the CLI does: slow on a loaded machine.
  jest.setTimeout(120_000);
  const clock = new FixedClock(new Date('2026-12-01T03:00:00Z'));
  const out = mkdtempSync(join(tmpdir(), 'akt-export-'));
  let api: TestApi;
  let downloaded: { nominatif: Buffer; kp: Buffer };
  let binjai: string;

  beforeAll(async () => {
    api = await TestApi.start({}, { clock });
    const root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    binjai = await api.token('bkd-binjai', { role: 'ADMIN_BKD', unit: 'kota-binjai' });
    const run = (name: string, type: string, input: object) => api.ok(`mutation($input: ${type}!) { ${name}(input: $input) { position } }`, { input }, root);
    await run('registerInstansi', 'RegisterInstansiInput', { instansiId: 'kota-medan', name: 'Pemerintah Kota Medan', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' });
    await run('createOrgUnit', 'CreateOrgUnitInput', { instansiId: 'kota-medan', code: 'DINKES', name: 'Dinas Kesehatan', kind: 'OPD' });
    await run('createPosition', 'CreatePositionInput', { unitId: 'kota-medan.dinkes', code: 'ANALIS', name: 'Analis Kesehatan', jenisJabatan: 'PELAKSANA', capacity: 10 });
    for (const [employeeId, identifier, name, birthDate, tmt, golonganTmt] of [
      ['e-ani', '196811302000032001', 'Ani Lubis', '1968-11-30', '2000-03-01', '2016-04-01'],
      ['e-citra', '199002142016032001', 'Citra Ginting', '1990-02-14', '2016-03-01', '2020-04-01'],
    ]) {
      await run('registerEmployee', 'RegisterEmployeeInput', {
        employeeId, employmentType: 'PNS', identifier, name, birthDate, sex: 'FEMALE', tmt, golongan: 'III_B', golonganTmt, education: 'S1',
        unitId: 'kota-medan.dinkes', positionId: 'kota-medan.dinkes.analis', maxAgeAtAppointment: 40,
      });
    }
    const base = api.url.replace(/\/graphql$/, '');
    const get = async (path: string) => Buffer.from(await (await fetch(`${base}/exports/personnel/${path}`, { headers: { authorization: `Bearer ${root}` } })).arrayBuffer());
    downloaded = { nominatif: await get('nominatif.csv?unitId=kota-medan.dinkes'), kp: await get('kp-due.xlsx?instansiId=kota-medan&period=2027-04-01') };
    // The embedded read store belongs to one process: the CLI runs with the API stopped.
    await api.close();
  });

  it('writes the CSV the download sends, byte for byte, under the download’s file name by default', async () => {
    const cwd = process.cwd();
    process.chdir(out);
    try {
      const result = await runExport(api.config, ['nominatif', '--unit', 'kota-medan.dinkes'], { clock }, false);
      expect(result.path).toBe(join(out, 'nominatif-kota-medan.dinkes-2026-12-01.csv'));
      expect(readFileSync(result.path)).toEqual(downloaded.nominatif);
      expect(downloaded.nominatif.toString('utf8').trim().split('\n')).toHaveLength(3);
    } finally {
      process.chdir(cwd);
    }
  });

  it('writes the same XLSX rows to --out', async () => {
    const path = join(out, 'kp.xlsx');
    await runExport(api.config, ['kp-due', '--format', 'xlsx', '--instansi', 'kota-medan', '--period', '2027-04-01', '--out', path], { clock }, false);
    const rows = async (body: Buffer) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(body as never);
      return book.worksheets[0].getSheetValues().filter(Boolean);
    };
    const written = await rows(readFileSync(path));
    expect(written).toEqual(await rows(downloaded.kp));
    // The header, then both: III/b since 2016 and 2020, each due III/c in April 2027.
    expect(written.map((row) => (row as unknown[])[1])).toEqual(['NIP_BARU', '196811302000032001', '199002142016032001']);
  });

  it('refuses what the download refuses: an unknown list, a bad parameter, a token without access', async () => {
    await expect(runExport(api.config, ['gaji'], { clock }, false)).rejects.toThrow(/Daftar tidak dikenal/);
    await expect(runExport(api.config, ['duk', '--instansi', 'Kota Medan'], { clock }, false)).rejects.toThrow(/instansiId harus slug/);
    await expect(runExport(api.config, ['duk', '--instansi', 'kota-medan', '--token', binjai, '--out', join(out, 'x.csv')], { clock }, false)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(runExport(api.config, ['duk', '--instansi', 'kota-medan', '--token', 'not-a-jwt'], { clock }, false)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
