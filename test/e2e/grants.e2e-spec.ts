import { SignJWT } from 'jose';
import { codeOf, TestApi } from './harness';

/**
 * Closed grants over HTTP: a malformed grant never authenticates (it used to act as a global admin),
 * and a scoped reader — an AUDITOR of Kota Binjai — reads Kota Binjai only. Tests run in order and
 * share one tree: Kota Medan and Kota Binjai, one employee each, one Medan selection round.
 */
describe('Closed grants and scoped reads (GraphQL over HTTP)', () => {
  let api: TestApi;
  let root: string;
  let auditorBinjai: string;

  const EMPLOYEE = 'query($id: ID!) { employee(id: $id) { id name birthDate } }';
  const EMPLOYEES = '{ employees { totalCount edges { node { id instansiId } } } }';
  const HISTORY = 'query($id: ID!) { employeeHistory(id: $id) { type } }';
  const ROUND = 'query($id: ID!) { selectionRound(id: $id) { id } }';
  const ROUNDS = 'query($instansiId: ID) { selectionRounds(instansiId: $instansiId) { totalCount edges { node { id } } } }';
  const APPLICANTS = 'query($id: ID!) { selectionApplicants(roundId: $id) { totalCount } }';
  const REGISTER_INSTANSI = 'mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { position } }';
  const STATUS = '{ systemStatus { eventStore projections { name } } }';
  const REBUILD = 'mutation { rebuildProjection(name: "employees") { generation } }';

  const person = { employmentType: 'PNS', sex: 'FEMALE', tmt: '2005-01-01', golongan: 'III_D', golonganTmt: '2019-04-01', education: 'S1' };
  const medanEmployee = { ...person, employeeId: 'emp-medan', identifier: '198003152005012002', name: 'Sari Lubis', birthDate: '1980-03-15', unitId: 'kota-medan.dinkes', positionId: 'kota-medan.dinkes.analis' };
  const binjaiEmployee = { ...person, employeeId: 'emp-binjai', identifier: '199107072019032005', name: 'Rina Ginting', birthDate: '1991-07-07', tmt: '2019-03-01', golongan: 'III_A', unitId: 'kota-binjai.dinkes', positionId: 'kota-binjai.dinkes.analis' };

  beforeAll(async () => {
    api = await TestApi.start();
    root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    auditorBinjai = await api.token('inspektorat-binjai', { role: 'AUDITOR', unit: 'kota-binjai' });
    for (const [instansiId, name] of [['kota-medan', 'Pemerintah Kota Medan'], ['kota-binjai', 'Pemerintah Kota Binjai']]) {
      await api.ok(REGISTER_INSTANSI, { input: { instansiId, name, kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, root);
      await api.ok('mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }', { input: { instansiId, code: 'DINKES', name: 'Dinas Kesehatan', kind: 'OPD' } }, root);
      const position = { unitId: `${instansiId}.dinkes`, code: 'ANALIS', name: 'Analis Kesehatan', jenisJabatan: 'PELAKSANA' };
      await api.ok('mutation($input: CreatePositionInput!) { createPosition(input: $input) { position } }', { input: position }, root);
    }
    for (const input of [medanEmployee, binjaiEmployee]) {
      await api.ok('mutation($input: RegisterEmployeeInput!) { registerEmployee(input: $input) { position } }', { input }, root);
    }
    const round = { roundId: 'cpns-medan-2024', instansiId: 'kota-medan', year: 2024, name: 'Seleksi CPNS Kota Medan 2024', skdReferenceId: 'SKD-2024' };
    await api.ok('mutation($input: OpenSelectionRoundInput!) { openSelectionRound(input: $input) { position } }', { input: round }, root);
  });
  afterAll(() => api.close());

  describe('a malformed grant does not authenticate', () => {
    it.each([
      ['an empty unit', { role: 'ADMIN_BKD', unit: '' }],
      ['a numeric unit', { role: 'ADMIN_BKD', unit: 7 }],
      ['a unit that is an object', { role: 'ADMIN_BKD', unit: { $ne: null } }],
      ['no unit at all', { role: 'ADMIN_BKD' }],
      ['a bare role name', 'ADMIN_BKD'],
    ])('%s → UNAUTHENTICATED, nothing written', async (_, grant) => {
      const token = await api.token('bkd-x', grant as never);
      const before = await api.events.headPosition();
      const registered = await api.gql(REGISTER_INSTANSI, { input: { instansiId: 'kota-tebing', name: 'Pemerintah Kota Tebing Tinggi', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, token);
      expect(codeOf(registered)).toBe('UNAUTHENTICATED');
      expect(registered.errors![0].message).toMatch(/roles\[0\]/);
      expect(codeOf(await api.gql(EMPLOYEE, { id: 'emp-medan' }, token))).toBe('UNAUTHENTICATED');
      expect(await api.appendedSince(before)).toEqual([]);
    });

    it('refuses a token without exp', async () => {
      const noExp = await new SignJWT({ roles: [{ role: 'AUDITOR', unit: '*' }] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('auditor-forever')
        .setIssuedAt()
        .setIssuer(api.config.auth.issuer)
        .setAudience(api.config.auth.audience)
        .sign(new TextEncoder().encode(api.config.auth.jwtSecret));
      const response = await api.gql(STATUS, {}, noExp);
      expect(codeOf(response)).toBe('UNAUTHENTICATED');
      expect(response.errors![0].message).toMatch(/exp/);
    });
  });

  describe('an AUDITOR of Kota Binjai reads Kota Binjai only', () => {
    it('reads a Binjai record with its personal data and history', async () => {
      expect((await api.ok(EMPLOYEE, { id: 'emp-binjai' }, auditorBinjai)).employee).toMatchObject({ id: 'emp-binjai', birthDate: '1991-07-07' });
      expect((await api.ok(HISTORY, { id: 'emp-binjai' }, auditorBinjai)).employeeHistory).toHaveLength(1);
    });

    it('cannot read a Medan employee, its history, its rounds or their applicants (FORBIDDEN)', async () => {
      expect(codeOf(await api.gql(EMPLOYEE, { id: 'emp-medan' }, auditorBinjai))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql('query { employeeByNip(nip: "198003152005012002") { id } }', {}, auditorBinjai))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(HISTORY, { id: 'emp-medan' }, auditorBinjai))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(ROUND, { id: 'cpns-medan-2024' }, auditorBinjai))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(ROUNDS, { instansiId: 'kota-medan' }, auditorBinjai))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(APPLICANTS, { id: 'cpns-medan-2024' }, auditorBinjai))).toBe('FORBIDDEN');
    });

    it('does not learn whether a record exists outside its scope', async () => {
      expect(codeOf(await api.gql(EMPLOYEE, { id: 'emp-nobody' }, auditorBinjai))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(EMPLOYEE, { id: 'emp-nobody' }, await api.token('aud-all', { role: 'AUDITOR', unit: '*' })))).toBe('NOT_FOUND');
    });

    it('sees Medan filtered out of its lists', async () => {
      const employees = (await api.ok(EMPLOYEES, {}, auditorBinjai)).employees;
      expect(employees.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['emp-binjai']);
      expect(employees.totalCount).toBe(1);
      expect((await api.ok(ROUNDS, {}, auditorBinjai)).selectionRounds.totalCount).toBe(0);
      const everyRound = await api.ok(ROUNDS, {}, await api.token('aud-all', { role: 'AUDITOR', unit: '*' }));
      expect(everyRound.selectionRounds.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['cpns-medan-2024']);
    });
  });

  describe('system operations need an explicit all-instansi grant of the right role', () => {
    it('systemStatus: ADMIN_BKD, AUDITOR or INTEGRATOR with unit "*" only', async () => {
      for (const role of ['ADMIN_BKD', 'AUDITOR', 'INTEGRATOR']) {
        expect(codeOf(await api.gql(STATUS, {}, await api.token(`${role}-all`, { role, unit: '*' })))).toBeUndefined();
        expect(codeOf(await api.gql(STATUS, {}, await api.token(`${role}-binjai`, { role, unit: 'kota-binjai' })))).toBe('FORBIDDEN');
      }
    });

    it('rebuildProjection: ADMIN_BKD with unit "*" only; nothing rebuilt otherwise', async () => {
      for (const token of [await api.token('bkd-medan', { role: 'ADMIN_BKD', unit: 'kota-medan' }), await api.token('aud-all', { role: 'AUDITOR', unit: '*' })]) {
        expect(codeOf(await api.gql(REBUILD, {}, token))).toBe('FORBIDDEN');
      }
      const generation = (await api.ok(STATUS.replace('name', 'name generation'), {}, root)).systemStatus.projections.find((p: { name: string }) => p.name === 'employees').generation;
      expect((await api.ok(REBUILD, {}, root)).rebuildProjection.generation).toBe(generation + 1);
    });

    it('registerInstansi: ADMIN_BKD with unit "*" only', async () => {
      const input = { instansiId: 'kota-tebing', name: 'Pemerintah Kota Tebing Tinggi', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' };
      expect(codeOf(await api.gql(REGISTER_INSTANSI, { input }, await api.token('bkd-medan', { role: 'ADMIN_BKD', unit: 'kota-medan' })))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(REGISTER_INSTANSI, { input }, root))).toBeUndefined();
    });
  });
});
