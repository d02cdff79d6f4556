import ExcelJS from 'exceljs';
import { Role } from '@infrastructure/auth/roles';
import { ALL_INSTANSI } from '@kernel/grant-scope';
import { EmployeeImport, ImportReport } from '@modules/personnel/employee/bulk-import/employee-import';
import { IMPORT_COLUMNS } from '@modules/personnel/employee/bulk-import/import-columns';
import { readRows } from '@modules/personnel/employee/bulk-import/import-file';
import { staffFile, toCsv } from '@modules/personnel/employee/bulk-import/testing/staff-file';
import { employeeStreamId } from '@modules/personnel/employee/domain';
import { codeOf, TestApi } from './harness';

/**
 * Bulk import of existing staff (issue 8 item 4): a generated 5,000-row file with a share of bad rows
 * through the import service (dry run, import, re-run), then the GraphQL bulk operation, the riwayat
 * by TMT and the "as of" reads. Tests run in order and share the log.
 */
describe('Bulk import of existing staff', () => {
  let api: TestApi;
  let root: string;
  let bkdMedan: string;
  let bkdBinjai: string;
  let auditor: string;
  const importer = { id: 'import', roles: [{ role: Role.ADMIN_BKD, unit: ALL_INSTANSI }] };
  const STAFF_CODES = ['STAF', 'ANALIS', 'PENGELOLA', 'PRANATA', 'PENATA', 'PENGOLAH', 'VERIFIKATOR', 'BENDAHARA'];
  const STAFF_POSTS = STAFF_CODES.map((code) => ({ unitId: 'kota-medan.dinkes', positionId: `kota-medan.dinkes.${code.toLowerCase()}`, previousPositionId: 'kota-medan.dinkes.pengadministrasi' }));
  const file = staffFile(5000, STAFF_POSTS, 50);
  const good = 5000 - file.bad.size;

  beforeAll(async () => {
    api = await TestApi.start();
    root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    bkdMedan = await api.token('bkd-medan', { role: 'ADMIN_BKD', unit: 'kota-medan' });
    bkdBinjai = await api.token('bkd-binjai', { role: 'ADMIN_BKD', unit: 'kota-binjai' });
    auditor = await api.token('auditor-1', { role: 'AUDITOR', unit: '*' });
    await api.ok('mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { position } }', { input: { instansiId: 'kota-medan', name: 'Pemerintah Kota Medan', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, root);
    await api.ok('mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }', { input: { instansiId: 'kota-medan', code: 'DINKES', name: 'Dinas Kesehatan', kind: 'OPD' } }, bkdMedan);
    const posts = [['KADIS', 'JPT_PRATAMA', true], ...[...STAFF_CODES, 'PENGADMINISTRASI'].map((code) => [code, 'PELAKSANA', false])] as const;
    for (const [code, jenisJabatan, isUnitHead] of posts) {
      await api.ok('mutation($input: CreatePositionInput!) { createPosition(input: $input) { position } }', { input: { unitId: 'kota-medan.dinkes', code, name: `Jabatan ${code}`, jenisJabatan, isUnitHead } }, bkdMedan);
    }
  }, 60_000);
  afterAll(() => api.close());

  const service = () => api.app.get(EmployeeImport);
  const rows = () => readRows('CSV', Buffer.from(toCsv(file.rows)), 10_000);
  const rate = (report: ImportReport) => Math.round((report.rowsRead * 1000) / Math.max(1, report.elapsedMs));

  /** Every bad row refused with the rule it was broken for; every other row with the status expected. */
  function expectOutcomes(report: ImportReport, goodStatus: string) {
    for (const outcome of report.outcomes) {
      const rule = file.bad.get(outcome.row);
      if (rule) {
        expect({ row: outcome.row, status: outcome.status }).toEqual({ row: outcome.row, status: 'REFUSED' });
        expect(outcome.problems.map((p) => p.rule)).toContain(rule);
      } else {
        expect({ row: outcome.row, status: outcome.status, problems: outcome.problems }).toEqual({ row: outcome.row, status: goodStatus, problems: [] });
      }
    }
  }

  it('dry run of 5,000 rows: every bad row refused with its rule code, nothing appended', async () => {
    const before = await api.events.headPosition();
    const report = await service().run(await rows(), importer, { dryRun: true });
    console.log(`dry run: ${report.rowsRead} rows in ${report.elapsedMs} ms (${rate(report)} rows/s)`);
    expect(report).toMatchObject({ dryRun: true, rowsRead: 5000, wouldImport: good, refused: file.bad.size, imported: 0, alreadyImported: 0 });
    expectOutcomes(report, 'WOULD_IMPORT');
    expect(new Set(file.bad.values()).size).toBe(8);
    expect(await api.appendedSince(before)).toEqual([]);
  }, 120_000);

  it('import: the good rows are written through the command path, the bad ones append nothing', async () => {
    const report = await service().run(await rows(), importer, { dryRun: false });
    console.log(`import: ${report.rowsRead} rows in ${report.elapsedMs} ms (${rate(report)} rows/s)`);
    expect(report).toMatchObject({ dryRun: false, rowsRead: 5000, imported: good, refused: file.bad.size, alreadyImported: 0 });
    expectOutcomes(report, 'IMPORTED');
    for (const outcome of report.outcomes.filter((o) => o.status === 'REFUSED' && o.problems.every((p) => p.rule !== 'PERSONNEL.IMPORT_IDENTIFIER_REPEATED_IN_FILE'))) {
      expect(await api.events.readStream(employeeStreamId(outcome.employeeId))).toEqual([]);
    }
    const employees = await api.ok('{ employees(first: 1, filter: { instansiId: "kota-medan" }) { totalCount } }', {}, auditor);
    expect(employees.employees.totalCount).toBe(good);
  }, 300_000);

  it('a re-run imports nothing twice: the imported rows are skipped, the bad ones refused again', async () => {
    const before = await api.events.headPosition();
    const report = await service().run(await rows(), importer, { dryRun: false });
    expect(report).toMatchObject({ imported: 0, alreadyImported: good, refused: file.bad.size });
    expectOutcomes(report, 'ALREADY_IMPORTED');
    expect(await api.appendedSince(before)).toEqual([]);
  }, 300_000);

  it('records riwayat with their TMT and answers "as of" a date by valid time, not by record time', async () => {
    const [first] = (await service().run(await rows(), importer, { dryRun: true })).outcomes;
    const row = file.rows[0]; // born 1965-01-01, TMT CPNS 1989-01-01: III/a, III/b from 1993, III/c from 1997; post from 1991
    const query = `query($id: ID!, $asOf: String) { employeeCareer(id: $id, asOf: $asOf) {
      asOf { employed golongan golonganSince unitId positionId positionName positionSince education }
      golongan { golongan since until source } positions { positionId since until source } education { education graduatedOn } } }`;
    const career = async (asOf: string) => (await api.ok(query, { id: first.employeeId, asOf }, auditor)).employeeCareer;
    const now = await career('1992-06-30');
    expect(row.tmtCpns).toBe('1989-01-01');
    expect(now.golongan).toEqual([
      { golongan: 'III_A', since: '1989-01-01', until: '1992-12-31', source: 'RIWAYAT' },
      { golongan: 'III_B', since: '1993-01-01', until: '1996-12-31', source: 'RIWAYAT' },
      { golongan: 'III_C', since: '1997-01-01', until: null, source: 'REGISTRATION' },
    ]);
    expect(now.positions).toEqual([
      { positionId: 'kota-medan.dinkes.pengadministrasi', since: '1989-01-01', until: '1990-12-31', source: 'RIWAYAT' },
      { positionId: 'kota-medan.dinkes.staf', since: '1991-01-01', until: null, source: 'REGISTRATION' },
    ]);
    expect(now.asOf).toEqual({ employed: true, golongan: 'III_A', golonganSince: '1989-01-01', unitId: 'kota-medan.dinkes', positionId: 'kota-medan.dinkes.staf', positionName: 'Jabatan STAF', positionSince: '1991-01-01', education: 'S1' });
    expect((await career('1990-03-01')).asOf).toMatchObject({ golongan: 'III_A', positionId: 'kota-medan.dinkes.pengadministrasi' });
    expect((await career('1988-12-31')).asOf).toMatchObject({ employed: false, golongan: null, positionId: null });
    expect(now.education).toEqual([{ education: 'SLTA', graduatedOn: '1983-06-01' }, { education: 'S1', graduatedOn: '1988-08-31' }]);
  }, 120_000);

  describe('importEmployees (GraphQL)', () => {
    const MUTATION = `mutation($input: ImportEmployeesInput!) { importEmployees(input: $input) {
      dryRun rowsRead imported wouldImport alreadyImported refused refusedByRule { rule rows } rows { row identifier employeeId status problems { rule message } } position } }`;
    const heads = staffFile(3, [{ unitId: 'kota-medan.dinkes', positionId: 'kota-medan.dinkes.kadis', previousPositionId: 'kota-medan.dinkes.staf' }]).rows.map((row, i) => ({
      ...row,
      nipBaru: `19700101199503${i % 2 ? 2 : 1}00${i + 1}`,
      tglLahir: '1970-01-01',
      jenisKelamin: i % 2 ? 'P' : 'L',
      tmtCpns: '01-03-1995',
      tmtGolAkhir: '2003-04-01',
      tmtJabatan: '1997-01-02',
      rwGolongan: 'III/a|1995-03-01;III/b|1999-04-01',
      rwJabatan: `kota-medan.dinkes|kota-medan.dinkes.staf|1995-03-01|800/1/1995|20-02-1995`,
      rwPendidikan: 'S1|1993-08-31|Universitas Sumatera Utara',
      rwHukdis: i === 0 ? 'hd-1|TEGURAN_TERTULIS|862/5/2010|2010-05-03|2010-05-10|Terlambat' : '',
    }));
    const csv = toCsv(heads);

    it('dry run names, per row, what would be refused and why (one KADIS seat: the second head is POSITION_FULL)', async () => {
      const before = await api.events.headPosition();
      const result = (await api.ok(MUTATION, { input: { format: 'CSV', content: csv, dryRun: true } }, bkdMedan)).importEmployees;
      expect(result).toMatchObject({ dryRun: true, rowsRead: 3, wouldImport: 1, refused: 2, position: 0, refusedByRule: [{ rule: 'PERSONNEL.POSITION_FULL', rows: 2 }] });
      expect(result.rows.map((r: { status: string }) => r.status)).toEqual(['WOULD_IMPORT', 'REFUSED', 'REFUSED']);
      expect(result.rows[1].problems[0]).toEqual({ rule: 'PERSONNEL.POSITION_FULL', message: expect.stringContaining('1 dari 1') });
      const english = await api.gql(MUTATION, { input: { format: 'CSV', content: csv, dryRun: true } }, bkdMedan, { 'accept-language': 'en' });
      expect(english.data.importEmployees.rows[1].problems[0]).toEqual({ rule: 'PERSONNEL.POSITION_FULL', message: 'The position already has as many definitive holders as its capacity' });
      expect(await api.appendedSince(before)).toEqual([]);
    });

    it('imports through the same rules, holds the head post from its TMT jabatan, and is idempotent per row', async () => {
      const result = (await api.ok(MUTATION, { input: { format: 'CSV', content: csv, dryRun: false } }, bkdMedan)).importEmployees;
      expect(result).toMatchObject({ imported: 1, refused: 2 });
      const kadis = result.rows[0].employeeId;
      const history = (await api.ok('query($id: ID!) { employeeHistory(id: $id) { type data } }', { id: kadis }, auditor)).employeeHistory;
      expect(history.map((e: { type: string }) => e.type)).toEqual([
        'kernel.ClaimRevoked',
        'personnel.EmployeeRegistered',
        'personnel.PastGolonganRecorded',
        'personnel.PastGolonganRecorded',
        'personnel.PastPositionRecorded',
        'personnel.PastEducationRecorded',
        'personnel.DisciplinaryActionRecorded',
      ].filter((t) => t !== 'kernel.ClaimRevoked' || history[0].type === t));
      const registered = history.find((e: { type: string }) => e.type === 'personnel.EmployeeRegistered');
      expect(registered.data).toMatchObject({ positionTmt: '1997-01-02', tmt: '1995-03-01' });
      // The post reads as held from the TMT jabatan (1997), not from today: a 2025 appraisal finds its head.
      const listed = (await api.ok('{ employees(first: 2, filter: { unitId: "kota-medan.dinkes" }) { edges { node { id } } } }', {}, auditor)).employees.edges;
      const staff = listed.map((e: { node: { id: string } }) => e.node.id).find((id: string) => id !== kadis);
      const appraisers = await api.ok('query($id: ID!) { employee(id: $id) { appraisers(onDate: "2025-12-31") { pejabatPenilai { employeeId } } } }', { id: staff }, auditor);
      expect(appraisers.employee.appraisers.pejabatPenilai.employeeId).toBe(kadis);
      const again = (await api.ok(MUTATION, { input: { format: 'CSV', content: csv, dryRun: false } }, bkdMedan)).importEmployees;
      expect(again).toMatchObject({ imported: 0, alreadyImported: 1, refused: 2, position: 0 });
    });

    it('reads XLSX (base64) the same way', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('pegawai');
      sheet.addRow([...IMPORT_COLUMNS]);
      for (const row of heads) sheet.addRow(IMPORT_COLUMNS.map((c) => row[c]));
      const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
      const result = (await api.ok(MUTATION, { input: { format: 'XLSX', content, dryRun: true } }, bkdMedan)).importEmployees;
      expect(result.rows.map((r: { status: string }) => r.status)).toEqual(['ALREADY_IMPORTED', 'REFUSED', 'REFUSED']);
    });

    it('refuses rows outside the caller’s instansi per row, other roles as a whole, and a file without the required columns', async () => {
      const other = (await api.ok(MUTATION, { input: { format: 'CSV', content: csv, dryRun: true } }, bkdBinjai)).importEmployees;
      expect(other.rows.every((r: { problems: { rule: string }[] }) => r.problems.some((p) => p.rule === 'FORBIDDEN'))).toBe(true);
      const scoped = (await api.ok(MUTATION, { input: { format: 'CSV', content: csv, dryRun: true, instansiId: 'kota-binjai' } }, root)).importEmployees;
      expect(scoped.refusedByRule.map((r: { rule: string }) => r.rule)).toContain('PERSONNEL.IMPORT_OUTSIDE_INSTANSI');
      expect(codeOf(await api.gql(MUTATION, { input: { format: 'CSV', content: csv, dryRun: true } }, auditor))).toBe('FORBIDDEN');
      const missing = await api.gql(MUTATION, { input: { format: 'CSV', content: 'nipBaru,nama\n1,2\n', dryRun: true } }, bkdMedan);
      expect(codeOf(missing)).toBe('BAD_USER_INPUT');
      expect(missing.errors![0].message).toContain('tglLahir');
    });
  });
});
