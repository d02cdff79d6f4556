import { codeOf, GraphqlResponse, TestApi } from './harness';
import { budiInput } from '../fixtures/employee-input';

/**
 * Employee records over GraphQL: registration (NIP rules, uniqueness, placement, idempotency), the
 * queries, who may read what, the auditor's history and the NIP lookup limit. Career mutations are
 * in employee-career.e2e-spec.ts. Tests run in order and share the records.
 */
describe('Employee records (GraphQL over HTTP)', () => {
  let api: TestApi;
  let root: string;
  let bkdMedan: string;
  let bkdBinjai: string;
  let auditor: string;

  const EMPLOYEE = `id employmentType identifierType identifier name birthDate sex contacts { email phone } tmt golongan golonganTmt golonganLabel pangkat
    education unitId instansiId unitName unitPath positionId positionName jenisJabatan status nipWarnings { field fromIdentifier recorded } registeredAt`;
  const REGISTER = `mutation($input: RegisterEmployeeInput!) { registerEmployee(input: $input) { position duplicate employee { ${EMPLOYEE} } } }`;
  const BY_ID = `query($id: ID!) { employee(id: $id) { ${EMPLOYEE} } }`;
  const BY_NIP = `query($nip: String!) { employeeByNip(nip: $nip) { id name } }`;
  const LIST = `query($first: Int, $after: String, $filter: EmployeeFilter) {
    employees(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name birthDate } } } }`;
  const HISTORY = `query($id: ID!) { employeeHistory(id: $id) { type revision position occurredAt recordedAt actor { id roles { role unit } } reason commandId correlationId data } }`;

  const budi = {
    ...budiInput,
    unitId: 'kota-medan.rujukan',
    positionId: 'kota-medan.rujukan.analis',
    contacts: { email: 'budi@medan.go.id', phone: '0812 6000 1001' },
    reason: 'Migrasi data SIMPEG',
  };
  const kasi = { ...budi, employeeId: 'emp-kasi', identifier: '198003152005012002', name: 'Sari Lubis', birthDate: '1980-03-15', sex: 'FEMALE', tmt: '2005-01-01', golongan: 'III_D', golonganTmt: '2019-04-01', positionId: 'kota-medan.rujukan.kasi', contacts: undefined, reason: undefined };
  const kabid = { ...kasi, employeeId: 'emp-kabid', identifier: '197505202000031003', name: 'Ahmad Nasution', birthDate: '1975-05-20', sex: 'MALE', tmt: '2000-03-01', golongan: 'IV_A', unitId: 'kota-medan.yankes', positionId: 'kota-medan.yankes.kabid' };
  const dewi = { ...kasi, employeeId: 'emp-dewi', employmentType: 'PPPK', identifier: '199312282025212001', name: 'Dewi Sartika', birthDate: '1993-12-28', tmt: '2025-03-01', golongan: 'IX', golonganTmt: '2025-03-01', positionId: 'kota-medan.rujukan.analis' };
  const rina = { ...kasi, employeeId: 'emp-rina', identifier: '199107072019032005', name: 'Rina Ginting', birthDate: '1991-07-07', tmt: '2019-03-01', golongan: 'III_A', unitId: 'kota-binjai.dinkes', positionId: 'kota-binjai.dinkes.analis' };

  beforeAll(async () => {
    api = await TestApi.start();
    root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    bkdMedan = await api.token('bkd-medan', { role: 'ADMIN_BKD', unit: 'kota-medan' });
    bkdBinjai = await api.token('bkd-binjai', { role: 'ADMIN_BKD', unit: 'kota-binjai' });
    auditor = await api.token('auditor-1', { role: 'AUDITOR', unit: '*' });
    await buildTree();
  });
  afterAll(() => api.close());

  /** Kota Medan: Dinkes › Bidang Yankes › Seksi Rujukan, with heads; Kota Binjai: Dinkes. */
  async function buildTree() {
    for (const [instansiId, name] of [['kota-medan', 'Pemerintah Kota Medan'], ['kota-binjai', 'Pemerintah Kota Binjai']]) {
      await api.ok('mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { position } }', { input: { instansiId, name, kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, root);
    }
    const units = [
      ['kota-medan', null, 'DINKES', 'Dinas Kesehatan', 'OPD'],
      ['kota-medan', 'kota-medan.dinkes', 'YANKES', 'Bidang Pelayanan Kesehatan', 'BIDANG'],
      ['kota-medan', 'kota-medan.yankes', 'RUJUKAN', 'Seksi Rujukan', 'SEKSI'],
      ['kota-binjai', null, 'DINKES', 'Dinas Kesehatan Binjai', 'OPD'],
    ];
    for (const [instansiId, parentUnitId, code, name, kind] of units) {
      await api.ok('mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }', { input: { instansiId, parentUnitId, code, name, kind } }, root);
    }
    const positions = [
      ['kota-medan.dinkes', 'KADIS', 'Kepala Dinas Kesehatan', 'JPT_PRATAMA', true],
      ['kota-medan.yankes', 'KABID', 'Kepala Bidang Yankes', 'ADMINISTRATOR', true],
      ['kota-medan.rujukan', 'KASI', 'Kepala Seksi Rujukan', 'PENGAWAS', true],
      ['kota-medan.rujukan', 'ANALIS', 'Analis Rujukan', 'PELAKSANA', false],
      ['kota-binjai.dinkes', 'ANALIS', 'Analis Kesehatan', 'PELAKSANA', false],
    ];
    for (const [unitId, code, name, jenisJabatan, isUnitHead] of positions) {
      await api.ok('mutation($input: CreatePositionInput!) { createPosition(input: $input) { position } }', { input: { unitId, code, name, jenisJabatan, isUnitHead } }, root);
    }
  }

  /** Runs an operation that must fail with `code` (and `rule`), and checks the log did not grow. */
  async function refused(query: string, variables: Record<string, unknown>, token: string | undefined, code: string, rule?: string): Promise<GraphqlResponse> {
    const before = await api.events.headPosition();
    const response = await api.gql(query, variables, token);
    expect(codeOf(response)).toBe(code);
    if (rule) expect(response.errors![0].extensions.rule).toBe(rule);
    expect(await api.appendedSince(before)).toEqual([]);
    return response;
  }

  describe('registerEmployee', () => {
    it('registers a PNS: claims the NIP, writes the record and answers it with the unit and position names', async () => {
      const data = await api.ok(REGISTER, { input: budi }, bkdMedan);
      expect(data.registerEmployee.duplicate).toBe(false);
      expect(data.registerEmployee.employee).toEqual({
        id: 'emp-budi',
        employmentType: 'PNS',
        identifierType: 'NIP',
        identifier: '198609262015051001',
        name: 'Budi Santoso',
        birthDate: '1986-09-26',
        sex: 'MALE',
        contacts: { email: 'budi@medan.go.id', phone: '0812 6000 1001' },
        tmt: '2015-05-01',
        golongan: 'III_A',
        golonganTmt: '2021-04-01',
        golonganLabel: 'III/a',
        pangkat: 'Penata Muda',
        education: 'S1',
        unitId: 'kota-medan.rujukan',
        instansiId: 'kota-medan',
        unitName: 'Seksi Rujukan',
        unitPath: ['Dinas Kesehatan', 'Bidang Pelayanan Kesehatan', 'Seksi Rujukan'],
        positionId: 'kota-medan.rujukan.analis',
        positionName: 'Analis Rujukan',
        jenisJabatan: 'PELAKSANA',
        status: 'AKTIF',
        nipWarnings: [],
        registeredAt: expect.any(String),
      });
      const claim = await api.events.readStream('personnel-identifier-198609262015051001');
      expect(claim.map((e) => [e.type, e.data.owner.streamId])).toEqual([['kernel.ClaimMade', 'personnel-employee-emp-budi']]);
      expect((await api.events.readStream('personnel-employee-emp-budi')).map((e) => e.type)).toEqual(['personnel.EmployeeRegistered']);
    });

    it('registers a PPPK with an NI PPPK, and employees of another instansi', async () => {
      for (const input of [kasi, kabid, dewi]) await api.ok(REGISTER, { input }, bkdMedan);
      const pppk = await api.ok(BY_ID, { id: 'emp-dewi' }, auditor);
      expect(pppk.employee).toMatchObject({ identifierType: 'NI_PPPK', golongan: 'IX', golonganLabel: 'IX', pangkat: null, contacts: { email: null, phone: null } });
      await api.ok(REGISTER, { input: rina }, bkdBinjai);
    });

    it('refuses an invalid NIP naming every problem, and appends nothing (not even the claim)', async () => {
      const response = await refused(REGISTER, { input: { ...budi, employeeId: 'emp-x', identifier: '198702292015133000' } }, bkdMedan, 'DOMAIN_RULE_VIOLATION');
      expect((response.errors![0].extensions.violations as { rule: string }[]).map((v) => v.rule).sort()).toEqual([
        'PERSONNEL.NIP_BIRTH_DATE_INVALID',
        'PERSONNEL.NIP_SEQUENCE_INVALID',
        'PERSONNEL.NIP_SEX_DIGIT_INVALID',
        'PERSONNEL.NIP_TMT_MONTH_INVALID',
      ]);
      expect(await api.events.readStream('personnel-identifier-198702292015133000')).toEqual([]);
    });

    it('refuses a NIP registered to another employee', async () => {
      await refused(REGISTER, { input: { ...budi, employeeId: 'emp-budi-2' } }, bkdMedan, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.NIP_ALREADY_REGISTERED');
    });

    it('refuses a unit or position that does not exist, or a position of another unit', async () => {
      const input = { ...budi, employeeId: 'emp-y', identifier: '198609262015051009' };
      const missing = await refused(REGISTER, { input: { ...input, unitId: 'kota-medan.nope', positionId: 'kota-medan.nope.analis' } }, bkdMedan, 'DOMAIN_RULE_VIOLATION');
      expect((missing.errors![0].extensions.violations as { rule: string }[]).map((v) => v.rule)).toEqual(['PERSONNEL.UNIT_NOT_FOUND', 'PERSONNEL.POSITION_NOT_FOUND']);
      await refused(REGISTER, { input: { ...input, unitId: 'kota-medan.yankes' } }, bkdMedan, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.POSITION_NOT_IN_UNIT');
    });

    it('refuses bad input with BAD_USER_INPUT naming each field, before anything is written', async () => {
      const response = await refused(REGISTER, { input: { ...budi, employeeId: 'emp-z', birthDate: '1986-02-30', golongan: 'III/a', contacts: { email: 'not-mail' } } }, bkdMedan, 'BAD_USER_INPUT');
      const fields = JSON.stringify(response.errors![0].extensions.fields);
      for (const field of ['birthDate', 'golongan', 'contacts.email']) expect(fields).toContain(field);
      await refused(REGISTER, { input: { ...budi, sex: 'L' } }, bkdMedan, 'BAD_USER_INPUT');
      await refused(REGISTER, { input: { ...budi, unitId: 'Dinkes' } }, bkdMedan, 'BAD_USER_INPUT');
    });

    it('lets only the ADMIN_BKD of the instansi (or one of every instansi) register', async () => {
      const input = { ...budi, employeeId: 'emp-w', identifier: '198609262015051002' };
      await refused(REGISTER, { input }, bkdBinjai, 'FORBIDDEN');
      await refused(REGISTER, { input }, auditor, 'FORBIDDEN');
      await refused(REGISTER, { input }, await api.token('emp-budi', { role: 'EMPLOYEE' }), 'FORBIDDEN');
      await refused(REGISTER, { input }, await api.token('bkd-dinkes', { role: 'ADMIN_BKD', unit: 'kota-medan.dinkes' }), 'UNAUTHENTICATED');
      await refused(REGISTER, { input }, undefined, 'UNAUTHENTICATED');
    });

    it('writes once for a repeated idempotency key: the derived employee id and the claim are the same', async () => {
      const { employeeId: _, ...input } = { ...budi, identifier: '198609262015051003', name: 'Budi Kembar', idempotencyKey: 'reg-budi-kembar-01' };
      const before = await api.events.headPosition();
      const first = (await api.ok(REGISTER, { input }, bkdMedan)).registerEmployee;
      const second = (await api.ok(REGISTER, { input }, bkdMedan)).registerEmployee;
      // The NIP's claim, the key's claim and the record; the repeat writes nothing.
      expect(await api.appendedSince(before)).toHaveLength(3);
      expect(second).toMatchObject({ duplicate: true, position: first.position, employee: { id: first.employee.id } });
      expect(first.duplicate).toBe(false);
      expect(await api.events.readStream(`personnel-employee-${first.employee.id}`)).toHaveLength(1);
      expect(await api.events.readStream('personnel-identifier-198609262015051003')).toHaveLength(1);
    });

    it('records a NIP that disagrees with the record as a warning, not a refusal', async () => {
      const input = { ...budi, employeeId: 'emp-legacy', identifier: '198609262015051004', birthDate: '1986-09-27', contacts: undefined };
      const data = await api.ok(REGISTER, { input }, bkdMedan);
      expect(data.registerEmployee.employee.nipWarnings).toEqual([{ field: 'birthDate', fromIdentifier: '1986-09-26', recorded: '1986-09-27' }]);
      const types = (await api.events.readStream('personnel-employee-emp-legacy')).map((e) => e.type);
      expect(types).toEqual(['personnel.EmployeeRegistered', 'personnel.NipInconsistencyDetected']);
    });
  });

  describe('reading records', () => {
    it('answers one record by id and by NIP', async () => {
      expect((await api.ok(BY_ID, { id: 'emp-kasi' }, auditor)).employee).toMatchObject({ name: 'Sari Lubis', positionName: 'Kepala Seksi Rujukan', jenisJabatan: 'PENGAWAS' });
      expect((await api.ok(BY_NIP, { nip: '198003152005012002' }, bkdMedan)).employeeByNip).toEqual({ id: 'emp-kasi', name: 'Sari Lubis' });
      expect(codeOf(await api.gql(BY_NIP, { nip: '1980 0315 2005 01 2 002' }, bkdMedan))).toBe('BAD_USER_INPUT');
    });

    it('lists records with filters and Relay pages, in name order', async () => {
      const page = await api.ok(LIST, { first: 2, filter: { instansiId: 'kota-medan' } }, auditor);
      expect(page.employees.totalCount).toBe(6);
      expect(page.employees.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Ahmad Nasution', 'Budi Kembar']);
      const next = await api.ok(LIST, { first: 10, after: page.employees.pageInfo.endCursor, filter: { instansiId: 'kota-medan' } }, auditor);
      expect(next.employees.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Budi Santoso', 'Budi Santoso', 'Dewi Sartika', 'Sari Lubis']);
      const names = async (filter: object) => (await api.ok(LIST, { filter }, auditor)).employees.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(await names({ unitId: 'kota-medan.yankes' })).toEqual(['emp-kabid']);
      expect(await names({ unitId: 'kota-medan.yankes', includeSubUnits: true, golongan: 'III_D' })).toEqual(['emp-kasi']);
      expect(await names({ employmentType: 'PPPK' })).toEqual(['emp-dewi']);
      expect(await names({ name: 'budi s', status: 'AKTIF' })).toEqual(['emp-budi', 'emp-legacy']);
      expect(await names({ name: '.*' })).toEqual([]);
      expect(codeOf(await api.gql(LIST, { filter: { golongan: 'III/a' } }, auditor))).toBe('BAD_USER_INPUT');
    });

    it('keeps an ADMIN_BKD to its own instansi, answering FORBIDDEN (never NOT_FOUND) outside it', async () => {
      expect(codeOf(await api.gql(BY_ID, { id: 'emp-budi' }, bkdBinjai))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(BY_ID, { id: 'emp-nobody' }, bkdBinjai))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(BY_NIP, { nip: '198609262015051001' }, bkdBinjai))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(BY_ID, { id: 'emp-nobody' }, auditor))).toBe('NOT_FOUND');
      const list = await api.ok(LIST, {}, bkdBinjai);
      expect(list.employees.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['emp-rina']);
    });

    it('lets an EMPLOYEE read its own record, personal data included, and no other', async () => {
      const self = await api.token('emp-budi', { role: 'EMPLOYEE' });
      expect((await api.ok(BY_ID, { id: 'emp-budi' }, self)).employee).toMatchObject({ birthDate: '1986-09-26', contacts: { email: 'budi@medan.go.id' } });
      expect(codeOf(await api.gql(BY_ID, { id: 'emp-kasi' }, self))).toBe('FORBIDDEN');
      expect((await api.ok(LIST, {}, self)).employees.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['emp-budi']);
    });

    it('lets a PEJABAT_PENILAI read its unit’s subtree without birth date or contacts', async () => {
      const kabidToken = await api.token('emp-kabid', { role: 'PEJABAT_PENILAI', unit: 'kota-medan.yankes' });
      const seen = await api.ok(BY_ID, { id: 'emp-budi' }, kabidToken);
      expect(seen.employee).toMatchObject({ name: 'Budi Santoso', birthDate: null, contacts: null, identifier: '198609262015051001' });
      const list = await api.ok(LIST, {}, kabidToken);
      const nodes = list.employees.edges.map((e: { node: { name: string; birthDate: string | null } }) => e.node);
      expect(nodes.map((n: { name: string }) => n.name)).toEqual(['Ahmad Nasution', 'Budi Kembar', 'Budi Santoso', 'Budi Santoso', 'Dewi Sartika', 'Sari Lubis']);
      expect(nodes.every((n: { birthDate: string | null }) => n.birthDate === null)).toBe(true);
      const kasiToken = await api.token('emp-kasi', { role: 'PEJABAT_PENILAI', unit: 'kota-medan.rujukan' });
      expect(codeOf(await api.gql(BY_ID, { id: 'emp-kabid' }, kasiToken))).toBe('FORBIDDEN');
    });

    it('refuses other roles and anonymous callers', async () => {
      expect(codeOf(await api.gql(BY_ID, { id: 'emp-budi' }, await api.token('t1', { role: 'TRAINING_ADMIN', unit: '*' })))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(LIST, {}, await api.token('i1', { role: 'INTEGRATOR', unit: '*' })))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(BY_ID, { id: 'emp-budi' }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('employeeHistory', () => {
    it('shows every event with its actor, reason, ids, position and data', async () => {
      const data = await api.ok(HISTORY, { id: 'emp-budi' }, auditor);
      const [registered] = data.employeeHistory;
      expect(registered).toMatchObject({
        type: 'personnel.EmployeeRegistered',
        revision: 0,
        actor: { id: 'bkd-medan', roles: [{ role: 'ADMIN_BKD', unit: 'kota-medan' }] },
        reason: 'Migrasi data SIMPEG',
      });
      expect(registered.position).toBeGreaterThan(0);
      // The correlation id is the request's id (X-Request-Id), shared with its log lines; see operability.e2e-spec.ts.
      expect(registered.correlationId).toMatch(/^[0-9a-f-]{36}$/);
      expect(registered.data).toMatchObject({ employeeId: 'emp-budi', identifier: '198609262015051001' });
      expect(Date.parse(registered.recordedAt)).toBeGreaterThanOrEqual(Date.parse(registered.occurredAt));
    });

    it('is for AUDITOR, the ADMIN_BKD of the instansi and the employee; not for appraisers or others', async () => {
      expect((await api.ok(HISTORY, { id: 'emp-budi' }, bkdMedan)).employeeHistory).toHaveLength(1);
      expect((await api.ok(HISTORY, { id: 'emp-budi' }, await api.token('emp-budi', { role: 'EMPLOYEE' }))).employeeHistory).toHaveLength(1);
      expect(codeOf(await api.gql(HISTORY, { id: 'emp-budi' }, await api.token('emp-kasi', { role: 'EMPLOYEE' })))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(HISTORY, { id: 'emp-budi' }, await api.token('emp-kasi', { role: 'PEJABAT_PENILAI', unit: 'kota-medan.rujukan' })))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(HISTORY, { id: 'emp-budi' }, bkdBinjai))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(HISTORY, { id: 'emp-nobody' }, bkdBinjai))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(HISTORY, { id: 'emp-nobody' }, auditor))).toBe('NOT_FOUND');
    });
  });

  it('limits NIP lookups per caller (the NIP is guessable), refusing with reason RATE_LIMITED', async () => {
    const guesser = await api.token('bkd-guesser', { role: 'ADMIN_BKD', unit: 'kota-medan' });
    for (let i = 0; i < 30; i++) {
      const response = await api.gql(BY_NIP, { nip: `19860926201505100${i % 10}` }, guesser);
      expect(['FORBIDDEN', undefined]).toContain(codeOf(response));
      expect(response.errors?.[0]?.extensions.reason).toBeUndefined();
    }
    const limited = await api.gql(BY_NIP, { nip: '198609262015051001' }, guesser);
    expect(codeOf(limited)).toBe('FORBIDDEN');
    expect(limited.errors![0].extensions).toMatchObject({ reason: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect((await api.ok(BY_NIP, { nip: '198609262015051001' }, bkdMedan)).employeeByNip.id).toBe('emp-budi');
  });
});
