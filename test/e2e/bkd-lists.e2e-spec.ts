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
    await run('createOrgUnit', 'CreateOrgUnitInput', { instansiId: 'kota-medan', code: 'BAPPEDA', name: 'Badan Perencanaan Pembangunan Daerah', kind: 'OPD' });
    await run('createPosition', 'CreatePositionInput', { unitId: 'kota-medan.bappeda', code: 'PERENCANA', name: 'Perencana Ahli Pertama', jenisJabatan: 'JF_AHLI_PERTAMA', capacity: 5 });
    await run('registerEmployee', 'RegisterEmployeeInput', {
      employeeId: 'e-rudi', employmentType: 'PPPK', identifier: '199312282021211001', name: 'Rudi Tarigan, S.T.', birthDate: '1993-12-28', sex: 'MALE', tmt: '2021-03-01',
      golongan: 'IX', golonganTmt: '2021-03-01', education: 'S1', unitId: 'kota-medan.bappeda', positionId: 'kota-medan.bappeda.perencana',
    });
    // Budi's Satyalancana XX is proposed: the list still shows it, as waiting.
    await run('proposeAward', 'ProposeAwardInput', { employeeId: 'e-budi', nominationId: 'nom-budi' });
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
      'Rudi Tarigan, S.T.',
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

  const ids = (rows: { employee: { id: string } }[]) => rows.map((r) => r.employee.id);

  it('lists the daftar nominatif of every ASN by OPD, unit and jabatan, PNS and PPPK', async () => {
    const data = await api.ok('{ nominatif(instansiId: "kota-medan") { asOf totalCount rows { number opdName age masaKerja { years months } employee { id golonganLabel positionName jenisJabatan birthDate } } } }', {}, admin);
    expect(data.nominatif.totalCount).toBe(6);
    expect(data.nominatif.rows.map((r: { number: number; employee: { id: string } }) => [r.number, r.employee.id])).toEqual([
      [1, 'e-rudi'], // Badan … before Dinas …
      [2, 'e-kadis'],
      [3, 'e-dokter'],
      [4, 'e-ani'],
      [5, 'e-budi'],
      [6, 'e-citra'],
    ]);
    expect(data.nominatif.rows[0]).toMatchObject({ opdName: 'Badan Perencanaan Pembangunan Daerah', age: 32, masaKerja: { years: 5, months: 9 }, employee: { golonganLabel: 'IX', jenisJabatan: 'JF_AHLI_PERTAMA', birthDate: '1993-12-28' } });
    const dinkes = await api.ok('{ nominatif(instansiId: "kota-medan", unitId: "kota-medan.dinkes", first: 2, offset: 1) { totalCount rows { number employee { id } } } }', {}, auditor);
    expect(dinkes.nominatif).toEqual({ totalCount: 5, rows: [{ number: 2, employee: { id: 'e-dokter' } }, { number: 3, employee: { id: 'e-ani' } }] });
  });

  it('lists KP Reguler due at the next KP period, and refuses a date that is not a period', async () => {
    const data = await api.ok('{ kpDue(instansiId: "kota-medan") { period totalCount rows { employee { id } toGolongan yearsInPangkat jf } } }', {}, admin);
    // Monthly periods from 2025: the next after 1 Dec 2026 is 1 Jan 2027. Only Citra (III/b since 2020, S1) is due;
    // the III/d with S1, IV/c with S2 and IV/d with S3 are at their education ceilings.
    expect(data.kpDue).toEqual({ period: '2027-01-01', totalCount: 1, rows: [{ employee: { id: 'e-citra' }, toGolongan: 'III_C', yearsInPangkat: 6, jf: false }] });
    const early = await api.ok('{ kpDue(instansiId: "kota-medan", period: "2024-04-01") { period totalCount } }', {}, admin);
    expect(early.kpDue).toEqual({ period: '2024-04-01', totalCount: 1 });
    const notAPeriod = await api.gql('{ kpDue(instansiId: "kota-medan", period: "2024-05-01") { period } }', {}, admin);
    expect(notAPeriod.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(notAPeriod.errors?.[0].message).toMatch(/bukan periode KP/);
  });

  it('lists Satyalancana Karya Satya eligibility, highest class first, a proposed one marked as waiting', async () => {
    const data = await api.ok('{ satyalancanaDue(instansiId: "kota-medan") { asOf totalCount rows { employee { id } awardClass serviceYears nominationPending } } }', {}, auditor);
    expect(data.satyalancanaDue.asOf).toBe('2026-12-01');
    expect(data.satyalancanaDue.rows.map((r: { employee: { id: string }; awardClass: string; serviceYears: number; nominationPending: boolean }) => [r.employee.id, r.awardClass, r.serviceYears, r.nominationPending])).toEqual([
      ['e-ani', 'XX', 26, false],
      ['e-dokter', 'XX', 26, false],
      ['e-kadis', 'XX', 26, false],
      ['e-budi', 'XX', 21, true],
      ['e-citra', 'X', 10, false],
    ]);
    const before = await api.ok('{ satyalancanaDue(instansiId: "kota-medan", asOf: "2026-02-28") { rows { employee { id } } } }', {}, auditor);
    expect(ids(before.satyalancanaDue.rows)).not.toContain('e-citra');
  });

  it('counts totals per golongan, OPD, jenis jabatan, sex and education', async () => {
    const data = await api.ok(
      '{ employeeTotals(instansiId: "kota-medan") { total byEmploymentType { key count } byGolongan { key label count } byOpd { key label count } byJenisJabatan { key count } bySex { key count } byEducation { key count } } }',
      {},
      admin,
    );
    expect(data.employeeTotals).toEqual({
      total: 6,
      byEmploymentType: [{ key: 'PNS', count: 5 }, { key: 'PPPK', count: 1 }],
      byGolongan: [
        { key: 'IV_D', label: 'IV/d Pembina Utama Madya', count: 1 },
        { key: 'IV_C', label: 'IV/c Pembina Utama Muda', count: 1 },
        { key: 'III_D', label: 'III/d Penata Tingkat I', count: 2 },
        { key: 'III_B', label: 'III/b Penata Muda Tingkat I', count: 1 },
        { key: 'IX', label: 'IX', count: 1 },
      ],
      byOpd: [
        { key: 'kota-medan.bappeda', label: 'Badan Perencanaan Pembangunan Daerah', count: 1 },
        { key: 'kota-medan.dinkes', label: 'Dinas Kesehatan', count: 5 },
      ],
      byJenisJabatan: [{ key: 'JPT_PRATAMA', count: 1 }, { key: 'JF_AHLI_UTAMA', count: 1 }, { key: 'JF_AHLI_PERTAMA', count: 1 }, { key: 'PELAKSANA', count: 3 }],
      bySex: [{ key: 'FEMALE', count: 2 }, { key: 'MALE', count: 4 }],
      byEducation: [{ key: 'S3', count: 1 }, { key: 'S2', count: 1 }, { key: 'S1', count: 4 }],
    });
    const pppk = await api.ok('{ employeeTotals(instansiId: "kota-medan", employmentType: PPPK) { total byOpd { key count } } }', {}, auditor);
    expect(pppk.employeeTotals).toEqual({ total: 1, byOpd: [{ key: 'kota-medan.bappeda', count: 1 }] });
    const dinkes = await api.ok('{ employeeTotals(instansiId: "kota-medan", unitId: "kota-medan.dinkes") { total } }', {}, auditor);
    expect(dinkes.employeeTotals.total).toBe(5);
  });

  it('refuses the new lists to another instansi’s BKD, an appraiser and the public', async () => {
    const binjai = await api.token('bkd-binjai', { role: 'ADMIN_BKD', unit: 'kota-binjai' });
    const penilai = await api.token('emp-x', { role: 'PEJABAT_PENILAI', unit: 'kota-medan.dinkes' });
    for (const query of [
      '{ nominatif(instansiId: "kota-medan") { totalCount } }',
      '{ kpDue(instansiId: "kota-medan") { totalCount } }',
      '{ satyalancanaDue(instansiId: "kota-medan") { totalCount } }',
      '{ employeeTotals(instansiId: "kota-medan") { total } }',
    ]) {
      expect((await api.gql(query, {}, binjai)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await api.gql(query, {}, penilai)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await api.gql(query)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('downloads the nominatif, KP due, Satyalancana and totals as CSV and XLSX, with the same checks', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    const get = (path: string, token?: string) => fetch(`${base}/exports/personnel/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const nominatifCsv = await get('nominatif.csv?unitId=kota-medan.dinkes', admin);
    expect(nominatifCsv.status).toBe(200);
    expect(nominatifCsv.headers.get('content-disposition')).toBe('attachment; filename="nominatif-kota-medan.dinkes-2026-12-01.csv"');
    const lines = (await nominatifCsv.text()).trim().split('\n');
    expect(lines[0]).toBe('NO,NIP_BARU,NAMA,JENIS_PEGAWAI,JENIS_KELAMIN,TANGGAL_LAHIR,USIA,GOL_RUANG,TMT_GOLONGAN,TMT_CPNS,MASA_KERJA_TAHUN,MASA_KERJA_BULAN,JABATAN,JENIS_JABATAN,PENDIDIKAN,OPD,UNOR,UNOR_ID');
    expect(lines[1]).toMatch(/^1,196612312000031001,dr\. Hotman Siregar,PNS,MALE,1966-12-31,59,IV\/c Pembina Utama Muda,2018-04-01,2000-03-01,26,9,Kepala Dinas Kesehatan,JPT_PRATAMA,S2,Dinas Kesehatan,Dinas Kesehatan,kota-medan.dinkes$/);
    expect(lines).toHaveLength(6);

    const kp = await get('kp-due.xlsx?instansiId=kota-medan&period=2027-04-01', auditor);
    expect(kp.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await kp.arrayBuffer()) as never);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(5).value).toBe('GOL_RUANG_BARU');
    expect(sheet.rowCount).toBe(2);
    expect([sheet.getRow(2).getCell(1).value, sheet.getRow(2).getCell(5).value, sheet.getRow(2).getCell(6).value]).toEqual(['199002142016032001', 'III/c Penata', '2027-04-01']);
    expect((await get('kp-due.csv?instansiId=kota-medan&period=2027-04-02', admin)).status).toBe(400);

    const satya = (await (await get('satyalancana-due.csv?instansiId=kota-medan', admin)).text()).trim().split('\n');
    expect(satya).toHaveLength(6);
    expect(satya[4]).toMatch(/^198001012005011001,Ir\. Budi Harahap,.*,21,XX,YA,kota-medan\.dinkes$/);

    const totals = (await (await get('totals.csv?instansiId=kota-medan', auditor)).text()).trim().split('\n');
    expect(totals[0]).toBe('DIMENSI,KUNCI,URAIAN,JUMLAH');
    expect(totals).toContain('TOTAL,,Jumlah ASN aktif,6');
    expect(totals).toContain('OPD,kota-medan.dinkes,Dinas Kesehatan,5');
    expect(totals).toContain('GOL_RUANG,III_D,III/d Penata Tingkat I,2');

    const binjai = await api.token('bkd-binjai', { role: 'ADMIN_BKD', unit: 'kota-binjai' });
    const penilai = await api.token('emp-x', { role: 'PEJABAT_PENILAI', unit: 'kota-medan.dinkes' });
    for (const path of ['nominatif.csv?instansiId=kota-medan', 'kp-due.xlsx?instansiId=kota-medan', 'satyalancana-due.csv?instansiId=kota-medan', 'totals.xlsx?instansiId=kota-medan']) {
      expect((await get(path, binjai)).status).toBe(403);
      expect((await get(path, penilai)).status).toBe(403);
      expect((await get(path)).status).toBe(401);
    }
  });
});
