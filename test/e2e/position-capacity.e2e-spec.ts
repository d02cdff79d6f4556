import { GraphqlResponse, TestApi } from './harness';

/**
 * Positions have a capacity (issue 8, legal guards): one definitive holder for a structural post or a
 * unit head, the recorded formation otherwise; a post is abolished only once nobody holds or acts in it.
 */
describe('Position capacity and abolition (GraphQL over HTTP)', () => {
  let api: TestApi;
  let admin: string;

  const codeOf = (response: GraphqlResponse) => response.errors?.[0]?.extensions?.code;
  const mutation = (name: string, type: string, selection = 'position') => `mutation($input: ${type}!) { ${name}(input: $input) { ${selection} } }`;
  const run = (name: string, type: string, input: Record<string, unknown>, selection?: string) => api.gql(mutation(name, type, selection), { input }, admin);

  async function refused(attempt: () => Promise<GraphqlResponse>, rule: string): Promise<GraphqlResponse> {
    const before = await api.events.headPosition();
    const response = await attempt();
    expect(codeOf(response)).toBe('DOMAIN_RULE_VIOLATION');
    expect(response.errors![0].extensions.rule).toBe(rule);
    expect(await api.appendedSince(before)).toEqual([]);
    return response;
  }

  const pns = (employeeId: string, identifier: string, birthDate: string, tmt: string, positionId: string) => ({
    employeeId, employmentType: 'PNS', identifier, name: `Pegawai ${employeeId}`, birthDate, sex: 'MALE', tmt, golongan: 'III_C', golonganTmt: tmt,
    education: 'S1', unitId: 'kota-medan.dinkes', positionId,
  });
  const register = (input: Record<string, unknown>) => run('registerEmployee', 'RegisterEmployeeInput', input);
  const legalBasis = { skNumber: '800/9/BKPSDM/2026', skDate: '2026-01-05' };

  beforeAll(async () => {
    api = await TestApi.start();
    const root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    admin = await api.token('bkd-medan', { role: 'ADMIN_BKD', unit: 'kota-medan' });
    await api.ok(mutation('registerInstansi', 'RegisterInstansiInput'), { input: { instansiId: 'kota-medan', name: 'Pemerintah Kota Medan', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, root);
    await api.ok(mutation('createOrgUnit', 'CreateOrgUnitInput'), { input: { instansiId: 'kota-medan', code: 'DINKES', name: 'Dinas Kesehatan', kind: 'OPD' } }, admin);
    for (const position of [
      { unitId: 'kota-medan.dinkes', code: 'KADIS', name: 'Kepala Dinas Kesehatan', jenisJabatan: 'JPT_PRATAMA', isUnitHead: true },
      { unitId: 'kota-medan.dinkes', code: 'ANALIS', name: 'Analis Kesehatan', jenisJabatan: 'PELAKSANA', capacity: 1 },
      { unitId: 'kota-medan.dinkes', code: 'EPIDEMIOLOG', name: 'Epidemiolog Kesehatan Ahli Pertama', jenisJabatan: 'JF_AHLI_PERTAMA', capacity: 4 },
    ]) {
      await api.ok(mutation('createPosition', 'CreatePositionInput'), { input: position }, admin);
    }
  });
  afterAll(() => api.close());

  it('refuses a structural post a capacity other than 1', async () => {
    await refused(
      () => run('createPosition', 'CreatePositionInput', { unitId: 'kota-medan.dinkes', code: 'SEKDIS', name: 'Sekretaris Dinas', jenisJabatan: 'ADMINISTRATOR', capacity: 3 }),
      'PERSONNEL.POSITION_CAPACITY_STRUCTURAL',
    );
  });

  it('gives a head post one definitive holder: a second is refused, nothing is written', async () => {
    expect((await register(pns('emp-kadis', '197503152000031001', '1975-03-15', '2000-03-01', 'kota-medan.dinkes.kadis'))).errors).toBeUndefined();
    const second = await refused(() => register(pns('emp-dua', '198001012005011002', '1980-01-01', '2005-01-01', 'kota-medan.dinkes.kadis')), 'PERSONNEL.POSITION_FULL');
    expect(second.errors![0].message).toMatch(/1 dari 1 pejabat definitif/);
  });

  it('fills a functional post up to its formation, which grows with a legal basis and never shrinks below its holders', async () => {
    expect((await register(pns('emp-analis-1', '198609262015051001', '1986-09-26', '2015-05-01', 'kota-medan.dinkes.analis'))).errors).toBeUndefined();
    await refused(() => register(pns('emp-analis-2', '199107072019031005', '1991-07-07', '2019-03-01', 'kota-medan.dinkes.analis')), 'PERSONNEL.POSITION_FULL');
    const grown = await api.ok(mutation('setPositionCapacity', 'SetPositionCapacityInput', 'orgUnit { positions { positionId capacity } }'), { input: { positionId: 'kota-medan.dinkes.analis', capacity: 2, legalBasis } }, admin);
    expect(grown.setPositionCapacity.orgUnit.positions).toContainEqual({ positionId: 'kota-medan.dinkes.analis', capacity: 2 });
    expect((await register(pns('emp-analis-2', '199107072019031005', '1991-07-07', '2019-03-01', 'kota-medan.dinkes.analis'))).errors).toBeUndefined();
    await refused(() => run('setPositionCapacity', 'SetPositionCapacityInput', { positionId: 'kota-medan.dinkes.analis', capacity: 1, legalBasis }), 'PERSONNEL.POSITION_CAPACITY_BELOW_HOLDERS');
    await refused(() => run('setPositionCapacity', 'SetPositionCapacityInput', { positionId: 'kota-medan.dinkes.kadis', capacity: 2, legalBasis }), 'PERSONNEL.POSITION_CAPACITY_STRUCTURAL');
    expect(codeOf(await run('setPositionCapacity', 'SetPositionCapacityInput', { positionId: 'kota-medan.dinkes.analis', capacity: 0, legalBasis }))).toBe('BAD_USER_INPUT');
  });

  it('refuses a JF ahli pertama as Plt of the occupied head post: not eligible, and a Plt is for a vacant post', async () => {
    expect((await register(pns('emp-epid', '199203032020121001', '1992-03-03', '2020-12-01', 'kota-medan.dinkes.epidemiolog'))).errors).toBeUndefined();
    const plt = { employeeId: 'emp-epid', kind: 'PLT', unitId: 'kota-medan.dinkes', positionId: 'kota-medan.dinkes.kadis', from: '2026-02-02', until: '2026-04-30', legalBasis };
    const before = await api.events.headPosition();
    const response = await run('startActingAssignment', 'StartActingAssignmentInput', plt);
    expect(codeOf(response)).toBe('DOMAIN_RULE_VIOLATION');
    expect((response.errors![0].extensions.violations as { rule: string }[]).map((v) => v.rule).sort()).toEqual(['PERSONNEL.ACTING_NOT_ELIGIBLE', 'PERSONNEL.PLT_POST_NOT_VACANT']);
    expect(await api.appendedSince(before)).toEqual([]);
  });

  it('abolishes a post only once nobody holds it', async () => {
    const held = await refused(() => run('abolishPosition', 'AbolishPositionInput', { positionId: 'kota-medan.dinkes.kadis' }), 'PERSONNEL.POSITION_HELD');
    expect(held.errors![0].message).toMatch(/1 pejabat definitif/);
    await api.ok(mutation('setPositionCapacity', 'SetPositionCapacityInput'), { input: { positionId: 'kota-medan.dinkes.analis', capacity: 3, legalBasis } }, admin);
    const transfer = { employeeId: 'emp-kadis', toUnitId: 'kota-medan.dinkes', toPositionId: 'kota-medan.dinkes.analis', effectiveDate: '2026-01-05', legalBasis };
    expect((await run('transferEmployee', 'TransferEmployeeInput', transfer)).errors).toBeUndefined();
    const abolished = await api.ok(mutation('abolishPosition', 'AbolishPositionInput', 'orgUnit { positions { positionId status } }'), { input: { positionId: 'kota-medan.dinkes.kadis' } }, admin);
    expect(abolished.abolishPosition.orgUnit.positions).toContainEqual({ positionId: 'kota-medan.dinkes.kadis', status: 'ABOLISHED' });
  });
});
