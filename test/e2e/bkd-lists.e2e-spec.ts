import ExcelJS from 'exceljs';
import { FixedClock } from '@kernel/clock';
import { TestApi } from './harness';

/** The lists a BKD works from (issue 8 item 5): DUK, BUP retirements and KGB due, as queries and files. */
describe('BKD lists: DUK, retirements due, KGB due (GraphQL and downloads)', () => {
  let api: TestApi;
  let admin: string;
  let auditor: string;
  const clock = new FixedClock(new Date('2026-12-01T03:00:00Z'));

  const pns = (employeeId: string, identifier: string, name: string, birthDate: string, tmt: string, golongan: string, golonganTmt: string, education: string, positionId: string) => ({
    employeeId, employmentType: 'PNS', identifier, name, birthDate, sex: identifier[14] === '2' ? 'FEMALE' : 'MALE', tmt, golongan, golonganTmt, education,
    unitId: 'kota-medan.dinkes', positionId, maxAgeAtAppointment: 40,
  });

  beforeAll(async () => {
    api = await TestApi.start({}, { clock });
    const root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    admin = await api.token('bkd-medan', { role: 'ADMIN_BKD', unit: 'kota-medan' });
    auditor = await api.token('auditor-medan', { role: 'AUDITOR', unit: 'kota-medan' });
    const run = (name: string, type: string, input: object, token = admin) => api.ok(`mutation($input: ${type}!) { ${name}(input: $input) { position } }`, { input }, token);
    await run('registerInstansi', 'RegisterInstansiInput', { instansiId: 'kota-medan', name: 'Pemerintah Kota Medan', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' }, root);
    await run('createOrgUnit', 'CreateOrgUnitInput', { instansiId: 'kota-medan', code: 'DINKES', name: 'Dinas Kesehatan', kind: 'OPD' });
    await run('createPosition', 'CreatePositionInput', { unitId: 'kota-medan.dinkes', code: 'KADIS', name: 'Kepala Dinas Kesehatan', jenisJabatan: 'JPT_PRATAMA', isUnitHead: true });
    await run('createPosition', 'CreatePositionInput', { unitId: 'kota-medan.dinkes', code: 'ANALIS', name: 'Analis Kesehatan', jenisJabatan: 'PELAKSANA', capacity: 10 });
    await run('createPosition', 'CreatePositionInput', { unitId: 'kota-medan.dinkes', code: 'DOKTER', name: 'Dokter Ahli Utama', jenisJabatan: 'JF_AHLI_UTAMA', capacity: 3 });
    for (const employee of [
      pns('e-kadis', '196612312000031001', 'dr. Hotman Siregar', '1966-12-31', '2000-03-01', 'IV_C', '2018-04-01', 'S2', 'kota-medan.dinkes.kadis'),
      pns('e-ani', '196811302000032001', 'Ani Lubis', '1968-11-30', '2000-03-01', 'III_D', '2016-04-01', 'S1', 'kota-medan.dinkes.analis'),
      pns('e-budi', '198001012005011001', 'Ir. Budi Harahap', '1980-01-01', '2005-01-01', 'III_D', '2016-04-01', 'S1', 'kota-medan.dinkes.analis'),
      pns('e-citra', '199002142016032001', 'Citra Ginting', '1990-02-14', '2016-03-01', 'III_B', '2020-04-01', 'S1', 'kota-medan.dinkes.analis'),
      pns('e-dokter', '196205102000031001', 'Prof. dr. Dedi Nasution', '1962-05-10', '2000-03-01', 'IV_D', '2019-10-01', 'S3', 'kota-medan.dinkes.dokter'),
    ]) {
      await run('registerEmployee', 'RegisterEmployeeInput', employee);
    }
  });
  afterAll(() => api.close());

  it('ranks the DUK by golongan, TMT golongan, jabatan and masa kerja, with its rank and masa kerja', async () => {
    const data = await api.ok(
      '{ duk(instansiId: "kota-medan") { asOf totalCount rows { rank age masaKerja { years months } employee { id golonganLabel } } } }',
      {},
      auditor,
    );
    expect(data.duk.asOf).toBe('2026-12-01');
    expect(data.duk.totalCount).toBe(5);
    expect(data.duk.rows.map((r: { rank: number; employee: { id: string } }) => [r.rank, r.employee.id])).toEqual([
      [1, 'e-dokter'],
      [2, 'e-kadis'],
      // Same golongan III/d and TMT: the longer masa kerja first (TMT CPNS 2000 before 2005).
      [3, 'e-ani'],
      [4, 'e-budi'],
      [5, 'e-citra'],
    ]);
    expect(data.duk.rows[2]).toMatchObject({ age: 58, masaKerja: { years: 26, months: 9 } });
    const paged = await api.ok('{ duk(instansiId: "kota-medan", first: 2, offset: 2) { totalCount rows { rank employee { id } } } }', {}, admin);
    expect(paged.duk.rows.map((r: { rank: number }) => r.rank)).toEqual([3, 4]);
  });

  it('lists pensiun BUP within the coming months by the post: 58 pelaksana, 60 JPT, 65 ahli utama', async () => {
    const data = await api.ok('{ retirementsDue(instansiId: "kota-medan", withinMonths: 7) { from until totalCount rows { employee { id } bupAge retirementDate } } }', {}, admin);
    expect(data.retirementsDue).toMatchObject({ from: '2026-12-01', until: '2027-07-01', totalCount: 3 });
    expect(data.retirementsDue.rows.map((r: { employee: { id: string }; bupAge: number; retirementDate: string }) => [r.employee.id, r.bupAge, r.retirementDate])).toEqual([
      ['e-ani', 58, '2026-12-01'],
      ['e-kadis', 60, '2027-01-01'],
      ['e-dokter', 65, '2027-06-01'],
    ]);
  });

  it('lists KGB falling due', async () => {
    const data = await api.ok('{ kgbDue(instansiId: "kota-medan", withinMonths: 4) { totalCount rows { employee { id } kgbDate masaKerjaGolonganYears } } }', {}, admin);
    expect(data.kgbDue.rows.map((r: { employee: { id: string }; kgbDate: string; masaKerjaGolonganYears: number }) => [r.employee.id, r.kgbDate, r.masaKerjaGolonganYears])).toEqual([
      ['e-budi', '2027-01-01', 22],
    ]);
    // The others' last increment fell on 1 Mar 2026 (26 and 10 years): the next is in 2028.
    const later = await api.ok('{ kgbDue(instansiId: "kota-medan", withinMonths: 16) { totalCount rows { employee { id } kgbDate } } }', {}, admin);
    expect(later.kgbDue.totalCount).toBe(5);
    expect(later.kgbDue.rows.filter((r: { kgbDate: string }) => r.kgbDate === '2028-03-01')).toHaveLength(4);
  });

  it('lists employees by name as people are filed: titles ("dr.", "Ir.", "Prof.") do not move anyone', async () => {
    const data = await api.ok('{ employees(first: 10) { edges { node { name } } } }', {}, admin);
    expect(data.employees.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      'Ani Lubis',
      'Ir. Budi Harahap',
      'Citra Ginting',
      'Prof. dr. Dedi Nasution',
      'dr. Hotman Siregar',
    ]);
  });

  it('finds records by part of the NIP, and refuses anything but digits', async () => {
    const data = await api.ok('{ employees(first: 10, filter: { nip: "196811" }) { edges { node { id identifier } } } }', {}, admin);
    expect(data.employees.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['e-ani']);
    const born1966 = await api.ok('{ employees(first: 10, filter: { nip: "1966" }) { totalCount } }', {}, admin);
    expect(born1966.employees.totalCount).toBe(1);
    expect((await api.gql('{ employees(first: 10, filter: { nip: "19.*" }) { totalCount } }', {}, admin)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is closed: another instansi’s BKD, an appraiser and the public are refused', async () => {
    const binjai = await api.token('bkd-binjai', { role: 'ADMIN_BKD', unit: 'kota-binjai' });
    const penilai = await api.token('emp-x', { role: 'PEJABAT_PENILAI', unit: 'kota-medan.dinkes' });
    expect((await api.gql('{ duk(instansiId: "kota-medan") { totalCount } }', {}, binjai)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql('{ duk(instansiId: "kota-medan") { totalCount } }', {}, penilai)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql('{ duk(instansiId: "kota-medan") { totalCount } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gql('{ duk(instansiId: "kota-medan", first: 501) { totalCount } }', {}, admin)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('downloads the same lists as CSV and XLSX with the same access checks', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    const csv = await fetch(`${base}/exports/personnel/duk.csv?instansiId=kota-medan`, { headers: { authorization: `Bearer ${admin}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toBe('NO_URUT,NIP_BARU,NAMA,GOL_RUANG,TMT_GOLONGAN,JENIS_JABATAN,UNOR_ID,MASA_KERJA_TAHUN,MASA_KERJA_BULAN,PENDIDIKAN,TANGGAL_LAHIR,USIA');
    expect(lines[1]).toMatch(/^1,196205102000031001,Prof\. dr\. Dedi Nasution,/);
    expect(lines).toHaveLength(6);

    const xlsx = await fetch(`${base}/exports/personnel/retirements-due.xlsx?instansiId=kota-medan&withinMonths=7`, { headers: { authorization: `Bearer ${auditor}` } });
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('NIP_BARU');
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(2).getCell(8).value).toBe('2026-12-01');

    const binjai = await api.token('bkd-binjai', { role: 'ADMIN_BKD', unit: 'kota-binjai' });
    const refused = await fetch(`${base}/exports/personnel/duk.csv?instansiId=kota-medan`, { headers: { authorization: `Bearer ${binjai}` } });
    expect(refused.status).toBe(403);
    expect((await fetch(`${base}/exports/personnel/duk.csv?instansiId=kota-medan`)).status).toBe(401);
    const bad = await fetch(`${base}/exports/personnel/gaji.csv?instansiId=kota-medan`, { headers: { authorization: `Bearer ${admin}` } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/Daftar tidak dikenal/);
  });
});
