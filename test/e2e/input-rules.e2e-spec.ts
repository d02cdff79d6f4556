import { codeOf, GraphqlResponse, TestApi } from './harness';
import { budiInput } from '../fixtures/employee-input';

/**
 * The shared input rules over GraphQL: implausible dates and invisible or control characters are
 * refused at the edge, naming the field, before anything is appended; names are stored NFC. One
 * mutation per personnel sub-module shows the rules are global, and a bare query argument too.
 */
describe('Input rules: plausible dates and clean text (GraphQL over HTTP)', () => {
  let api: TestApi;
  let root: string;

  const REGISTER = `mutation($input: RegisterEmployeeInput!) { registerEmployee(input: $input) { position employee { id name } } }`;
  const budi = budiInput;

  /** A civil date `days` from today (UTC), far enough from any boundary for the test's run time. */
  const fromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    api = await TestApi.start();
    root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    await api.ok('mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { position } }', { input: { instansiId: 'kota-medan', name: 'Pemerintah Kota Medan', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, root);
    await api.ok('mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }', { input: { instansiId: 'kota-medan', code: 'DINKES', name: 'Dinas Kesehatan', kind: 'OPD' } }, root);
    await api.ok('mutation($input: CreatePositionInput!) { createPosition(input: $input) { position } }', { input: { unitId: 'kota-medan.dinkes', code: 'ANALIS', name: 'Analis Kesehatan', jenisJabatan: 'PELAKSANA' } }, root);
  });
  afterAll(() => api.close());

  const appendedAfter = async (position: number) => (await api.events.readAll({ after: position, maxCount: 100 })).events;

  /** Sends an operation that must be refused with BAD_USER_INPUT naming `field`; the log must not move. */
  async function refusedNaming(query: string, variables: Record<string, unknown>, field: string, problem: RegExp): Promise<GraphqlResponse> {
    const before = await api.events.headPosition();
    const response = await api.gql(query, variables, root);
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    const fields = response.errors![0].extensions.fields as { field: string; problems: string[] }[];
    const named = fields.find((f) => f.field === field);
    expect(named).toBeDefined();
    expect(named!.problems.join(' ')).toMatch(problem);
    expect(await api.appendedSince(before)).toEqual([]);
    return response;
  }

  describe('registerEmployee', () => {
    it('refuses a birth date in the future', async () => {
      await refusedNaming(REGISTER, { input: { ...budi, birthDate: fromToday(30) } }, 'birthDate', /masa depan/);
    });

    it('refuses a birth date more than 100 years ago (1890)', async () => {
      await refusedNaming(REGISTER, { input: { ...budi, birthDate: '1890-09-26' } }, 'birthDate', /100 tahun/);
    });

    it('refuses a TMT before the Proclamation (1940)', async () => {
      await refusedNaming(REGISTER, { input: { ...budi, tmt: '1940-05-01' } }, 'tmt', /17 Agustus 1945/);
    });

    it('refuses a TMT more than a year ahead', async () => {
      await refusedNaming(REGISTER, { input: { ...budi, golonganTmt: fromToday(400) } }, 'golonganTmt', /satu tahun/);
    });

    it('refuses a name with a bidi override (U+202E), naming the character', async () => {
      await refusedNaming(REGISTER, { input: { ...budi, name: 'Budi \u202Eosotnas' } }, 'name', /U\+202E/);
    });

    it('refuses a name with NUL (U+0000), naming the character', async () => {
      await refusedNaming(REGISTER, { input: { ...budi, name: 'Budi\u0000Santoso' } }, 'name', /U\+0000/);
    });

    it('stores a decomposed name composed (NFC) and trimmed', async () => {
      const before = await api.events.headPosition();
      const data = await api.ok(REGISTER, { input: { ...budi, name: '  Sute\u0301ja Harahap ' } }, root);
      expect(data.registerEmployee.employee.name).toBe('Sut\u00E9ja Harahap');
      const registered = (await appendedAfter(before)).find((e) => e.type === 'personnel.EmployeeRegistered');
      expect(registered?.data.name).toBe('Sut\u00E9ja Harahap');
    });
  });

  describe('the same rules everywhere', () => {
    it('organisation: createOrgUnit refuses a zero-width space in the name', async () => {
      await refusedNaming(
        'mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }',
        { input: { instansiId: 'kota-medan', code: 'BAPPEDA', name: 'Bap\u200Bpeda', kind: 'OPD' } },
        'name',
        /U\+200B/,
      );
    });

    it('organisation: renameOrgUnit stores the name NFC', async () => {
      const data = await api.ok(
        'mutation($input: RenameOrgUnitInput!) { renameOrgUnit(input: $input) { orgUnit { name } } }',
        { input: { unitId: 'kota-medan.dinkes', name: 'Dinas Kesehatan Pe\u0301ngujian' } },
        root,
      );
      expect(data.renameOrgUnit.orgUnit.name).toBe('Dinas Kesehatan P\u00E9ngujian');
    });

    it('recruitment: registerApplicant refuses a 1890 birth date and a BOM in the name, naming both', async () => {
      const query = 'mutation($input: RegisterApplicantInput!) { registerApplicant(input: $input) { position } }';
      const input = { roundId: 'cpns-medan-2024', formasiId: 'F-1', nik: '1275015705980001', name: '\uFEFFRina Siregar', birthDate: '1890-05-17', educationLevel: 'S1' };
      const response = await refusedNaming(query, { input }, 'name', /U\+FEFF/);
      expect(JSON.stringify(response.errors![0].extensions.fields)).toContain('birthDate');
    });

    it('a free-text reason keeps its line breaks but not a bell (U+0007)', async () => {
      await refusedNaming(
        'mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }',
        { input: { instansiId: 'kota-medan', code: 'BAPPEDA', name: 'Bappeda', kind: 'OPD', reason: 'Perda 5/2016\n\u0007' } },
        'reason',
        /U\+0007/,
      );
      const before = await api.events.headPosition();
      await api.ok(
        'mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }',
        { input: { instansiId: 'kota-medan', code: 'BAPPEDA', name: 'Bappeda', kind: 'OPD', reason: 'Perda 5/2016\r\n\tPasal 3' } },
        root,
      );
      expect((await appendedAfter(before)).map((e) => e.reason)).toEqual(['Perda 5/2016\n\tPasal 3']);
    });

    it('a bare query argument is checked too', async () => {
      const response = await api.gql('query($id: ID!) { orgUnit(id: $id) { id } }', { id: 'kota-medan.dinkes\u202E' });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(response.errors![0].extensions.fields)).toContain('U+202E');
    });
  });
});
