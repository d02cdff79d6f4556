import { codeOf, TestApi } from './harness';

/**
 * Issue 6 item 2: an `after` cursor is a signed (sort value, id) pair of scalars, never a filter. The
 * operators below reached the read store through the old, unsigned cursors (INTERNAL errors and
 * 5–7.5 s stalls); each connection now refuses them at once with BAD_USER_INPUT.
 */
describe('Pagination cursors (GraphQL over HTTP)', () => {
  let api: TestApi;
  let admin: string;
  const ROUND = 'cpns-medan-2024';

  const EMPLOYEES = 'query($after: String) { employees(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }';
  const APPLICANTS = `query($after: String) { selectionApplicants(roundId: "${ROUND}", first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
  const ROUNDS = 'query($after: String) { selectionRounds(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }';
  const CONNECTIONS: [string, string, string][] = [
    ['employees', EMPLOYEES, 'employees'],
    ['selectionApplicants', APPLICANTS, 'selectionApplicants'],
    ['selectionRounds', ROUNDS, 'selectionRounds'],
  ];

  /** The old cursor format, base64url(JSON [sortValue, id]), carrying an operator instead of a value. */
  const injected = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
  const INJECTIONS: [string, string][] = [
    ['$where', injected([{ $where: 'function () { const t = Date.now(); while (Date.now() - t < 5000); return true; }' }, ''])],
    ['$function', injected([{ $expr: { $function: { body: 'function () { return true; }', args: [], lang: 'js' } } }, ''])],
    ['catastrophic $regex', injected([{ $regex: '^(a|a)*$', $options: 'i' }, ''])],
    ['operator as the id', injected(['', { $gt: '' }])],
    ['old-format plain cursor', injected(['Budi Santoso', 'emp-budi'])],
  ];

  async function mutate(name: string, type: string, input: Record<string, unknown>, token = admin) {
    await api.ok(`mutation($input: ${type}!) { ${name}(input: $input) { position } }`, { input }, token);
  }

  beforeAll(async () => {
    api = await TestApi.start();
    const root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    admin = await api.token('bkd-medan', { role: 'ADMIN_BKD', unit: 'kota-medan' });
    await mutate('registerInstansi', 'RegisterInstansiInput', { instansiId: 'kota-medan', name: 'Pemerintah Kota Medan', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' }, root);
    await mutate('createOrgUnit', 'CreateOrgUnitInput', { instansiId: 'kota-medan', code: 'DINKES', name: 'Dinas Kesehatan', kind: 'OPD' });
    await mutate('createPosition', 'CreatePositionInput', { unitId: 'kota-medan.dinkes', code: 'ANALIS', name: 'Analis Kesehatan', jenisJabatan: 'PELAKSANA', capacity: 10 });
    const employee = { employmentType: 'PNS', sex: 'MALE', golongan: 'III_A', education: 'S1', unitId: 'kota-medan.dinkes', positionId: 'kota-medan.dinkes.analis' };
    await mutate('registerEmployee', 'RegisterEmployeeInput', { ...employee, employeeId: 'emp-budi', identifier: '198609262015051001', name: 'Budi Santoso', birthDate: '1986-09-26', tmt: '2015-05-01', golonganTmt: '2021-04-01' });
    await mutate('registerEmployee', 'RegisterEmployeeInput', { ...employee, employeeId: 'emp-aaaa', identifier: '199107072019031005', name: 'Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', birthDate: '1991-07-07', tmt: '2019-03-01', golonganTmt: '2019-03-01' });
    for (const roundId of [ROUND, 'cpns-medan-2025']) {
      await mutate('openSelectionRound', 'OpenSelectionRoundInput', { roundId, instansiId: 'kota-medan', year: 2024, name: `Seleksi CPNS ${roundId}`, skdReferenceId: 'SKD-2024' });
    }
    await mutate('addFormasi', 'AddFormasiInput', { roundId: ROUND, formasiId: 'F-ANALIS', unitId: 'kota-medan.dinkes', positionId: 'kota-medan.dinkes.analis', jabatanName: 'Analis Kesehatan', quota: 1, educationLevel: 'S1' });
    for (const [applicantId, nik, name] of [['A1', '1275015705980001', 'Rina Siregar'], ['A2', '1275011705980002', 'Budi Harahap']]) {
      await mutate('registerApplicant', 'RegisterApplicantInput', { roundId: ROUND, applicantId, formasiId: 'F-ANALIS', nik, name, birthDate: '1998-05-17', educationLevel: 'S1', educationMajor: 'Kesehatan Masyarakat' });
    }
  });
  afterAll(() => api.close());

  describe.each(CONNECTIONS)('%s', (_, query, field) => {
    it.each(INJECTIONS)('refuses a cursor carrying %s with BAD_USER_INPUT, at once', async (_, after) => {
      const started = performance.now();
      const response = await api.gql(query, { after }, admin);
      expect(performance.now() - started).toBeLessThan(500);
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: 'Cursor tidak valid: kirim endCursor dari halaman sebelumnya pada daftar yang sama',
          extensions: { code: 'BAD_USER_INPUT', field: 'after' },
        }),
      ]);
    });

    it('pages with its own cursors and refuses one of them tampered with', async () => {
      const first = (await api.ok(query, {}, admin))[field];
      expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
      const second = (await api.ok(query, { after: first.pageInfo.endCursor }, admin))[field];
      expect(second.edges).toHaveLength(1);
      expect(second.edges[0].node.id).not.toBe(first.edges[0].node.id);
      expect(second.pageInfo.hasNextPage).toBe(false);

      const [payload, mac] = first.pageInfo.endCursor.split('.');
      const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const tampered = `${injected([decoded[0], 'zzz'])}.${mac}`;
      expect(codeOf(await api.gql(query, { after: tampered }, admin))).toBe('BAD_USER_INPUT');
    });
  });

  it('searches names literally: regex metacharacters match themselves, and a catastrophic pattern answers at once', async () => {
    const NAMES = 'query($name: String) { employees(filter: { name: $name }) { edges { node { id } } } }';
    const started = performance.now();
    expect((await api.ok(NAMES, { name: '^(a|a)*$' }, admin)).employees.edges).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
    expect((await api.ok(NAMES, { name: 'aaaa!' }, admin)).employees.edges).toEqual([{ node: { id: 'emp-aaaa' } }]);
    expect((await api.ok(NAMES, { name: 'a.*!' }, admin)).employees.edges).toEqual([]);
  });

  it('refuses a cursor issued by another connection (another ordering)', async () => {
    const employeeCursor = (await api.ok(EMPLOYEES, {}, admin)).employees.pageInfo.endCursor;
    expect(codeOf(await api.gql(ROUNDS, { after: employeeCursor }, admin))).toBe('BAD_USER_INPUT');
  });
});
