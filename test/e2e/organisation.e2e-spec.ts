import { codeOf, TestApi } from './harness';

const UNIT = 'id instansiId parentUnitId ancestors path code name kind status childCount positions { positionId name jenisJabatan isUnitHead kelasJabatan status }';
const REGISTER = `mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { position duplicate instansi { id name kind kepalaDaerahTitle unitCount } } }`;
const CREATE_UNIT = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position duplicate orgUnit { ${UNIT} } } }`;
const RENAME_UNIT = `mutation($input: RenameOrgUnitInput!) { renameOrgUnit(input: $input) { position orgUnit { id name path } } }`;
const MOVE_UNIT = `mutation($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { position orgUnit { id parentUnitId ancestors path } } }`;
const DISSOLVE_UNIT = `mutation($input: DissolveOrgUnitInput!) { dissolveOrgUnit(input: $input) { position orgUnit { id status } } }`;
const CREATE_POSITION = `mutation($input: CreatePositionInput!) { createPosition(input: $input) { position duplicate orgUnit { ${UNIT} } } }`;
const ABOLISH_POSITION = `mutation($input: AbolishPositionInput!) { abolishPosition(input: $input) { position orgUnit { id positions { positionId status } } } }`;
const ORG_UNIT = `query($id: ID!) { orgUnit(id: $id) { ${UNIT} } }`;
const ORG_UNITS = `query($instansiId: ID, $parentUnitId: ID, $topLevelOnly: Boolean, $first: Int, $after: String) {
  orgUnits(instansiId: $instansiId, parentUnitId: $parentUnitId, topLevelOnly: $topLevelOnly, first: $first, after: $after) {
    totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`;

const medan = { instansiId: 'kota-medan', name: 'Pemerintah Kota Medan', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' };
const binjai = { instansiId: 'kota-binjai', name: 'Pemerintah Kota Binjai', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' };

describe('Organisation (GraphQL over HTTP)', () => {
  let api: TestApi;
  let root: string;
  let bkdMedan: string;
  let bkdBinjai: string;

  beforeAll(async () => {
    api = await TestApi.start();
    root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    bkdMedan = await api.token('bkd-medan', { role: 'ADMIN_BKD', unit: 'kota-medan' });
    bkdBinjai = await api.token('bkd-binjai', { role: 'ADMIN_BKD', unit: 'kota-binjai' });
  });
  afterAll(() => api.close());

  /** Runs an operation that must fail, and checks that it appended nothing. */
  async function refused(query: string, input: object, token?: string) {
    const before = await api.events.headPosition();
    const response = await api.gql(query, { input }, token);
    expect(await api.appendedSince(before)).toEqual([]);
    return response;
  }

  describe('registerInstansi', () => {
    it('registers Kota Medan and Kota Binjai (ADMIN_BKD of every instansi, unit "*") and lists them publicly', async () => {
      const data = await api.ok(REGISTER, { input: medan }, root);
      expect(data.registerInstansi).toMatchObject({ duplicate: false, instansi: { id: 'kota-medan', name: 'Pemerintah Kota Medan', kind: 'PEMERINTAH_KOTA', unitCount: 0 } });
      await api.ok(REGISTER, { input: binjai }, root);
      const list = await api.ok('{ instansiList { id name kepalaDaerahTitle } }');
      expect(list.instansiList.map((i: { id: string }) => i.id)).toEqual(['kota-binjai', 'kota-medan']);
    });

    it('refuses an instansi-scoped ADMIN_BKD, other roles and anonymous callers', async () => {
      const input = { ...medan, instansiId: 'kota-tebing-tinggi' };
      expect(codeOf(await refused(REGISTER, input, bkdMedan))).toBe('FORBIDDEN');
      expect(codeOf(await refused(REGISTER, input, await api.token('e1', { role: 'EMPLOYEE' })))).toBe('FORBIDDEN');
      expect(codeOf(await refused(REGISTER, input))).toBe('UNAUTHENTICATED');
    });

    it('refuses a second registration with the rule code', async () => {
      const response = await refused(REGISTER, medan, root);
      expect(codeOf(response)).toBe('DOMAIN_RULE_VIOLATION');
      expect(response.errors![0].extensions.rule).toBe('PERSONNEL.INSTANSI_ALREADY_REGISTERED');
    });

    it('refuses a malformed slug or kind as BAD_USER_INPUT', async () => {
      const response = await refused(REGISTER, { ...medan, instansiId: 'Kota Medan' }, root);
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(response.errors![0].extensions)).toContain('instansiId');
      expect(codeOf(await refused(REGISTER, { ...medan, instansiId: 'kota-x', kind: 'DESA' }, root))).toBe('BAD_USER_INPUT');
    });
  });

  describe('the unit tree and positions of Kota Medan', () => {
    it('creates an OPD, a bidang and a seksi; ids derive from the codes', async () => {
      await api.ok(CREATE_UNIT, { input: { instansiId: 'kota-medan', code: 'DINKES', name: 'Dinas Kesehatan', kind: 'OPD' } }, bkdMedan);
      await api.ok(CREATE_UNIT, { input: { instansiId: 'kota-medan', parentUnitId: 'kota-medan.dinkes', code: 'YANKES', name: 'Bidang Pelayanan Kesehatan', kind: 'BIDANG' } }, bkdMedan);
      const data = await api.ok(CREATE_UNIT, { input: { instansiId: 'kota-medan', parentUnitId: 'kota-medan.yankes', code: 'RUJUKAN', name: '  Seksi Rujukan ', kind: 'SEKSI' } }, bkdMedan);
      expect(data.createOrgUnit.orgUnit).toEqual({
        id: 'kota-medan.rujukan',
        instansiId: 'kota-medan',
        parentUnitId: 'kota-medan.yankes',
        ancestors: ['kota-medan.dinkes', 'kota-medan.yankes'],
        path: ['Dinas Kesehatan', 'Bidang Pelayanan Kesehatan', 'Seksi Rujukan'],
        code: 'RUJUKAN',
        name: 'Seksi Rujukan',
        kind: 'SEKSI',
        status: 'ACTIVE',
        childCount: 0,
        positions: [],
      });
      expect(data.createOrgUnit.position).toBeGreaterThan(0);
    });

    it('creates head and staff positions, returning the unit with them', async () => {
      await api.ok(CREATE_POSITION, { input: { unitId: 'kota-medan.dinkes', code: 'KADIS', name: 'Kepala Dinas Kesehatan', jenisJabatan: 'JPT_PRATAMA', isUnitHead: true, kelasJabatan: 15 } }, bkdMedan);
      const data = await api.ok(CREATE_POSITION, { input: { unitId: 'kota-medan.rujukan', code: 'ANALIS', name: 'Analis Rujukan', jenisJabatan: 'PELAKSANA' } }, bkdMedan);
      expect(data.createPosition.orgUnit.positions).toEqual([
        { positionId: 'kota-medan.rujukan.analis', name: 'Analis Rujukan', jenisJabatan: 'PELAKSANA', isUnitHead: false, kelasJabatan: null, status: 'ACTIVE' },
      ]);
    });

    it('answers rule violations with DOMAIN_RULE_VIOLATION and the rule codes', async () => {
      const secondHead = await refused(CREATE_POSITION, { unitId: 'kota-medan.dinkes', code: 'KADIS2', name: 'Kadis 2', jenisJabatan: 'PENGAWAS', isUnitHead: true }, bkdMedan);
      expect(codeOf(secondHead)).toBe('DOMAIN_RULE_VIOLATION');
      expect(secondHead.errors![0].extensions.rule).toBe('PERSONNEL.UNIT_HEAD_ALREADY_EXISTS');
      const rules = (secondHead.errors![0].extensions.violations as { rule: string }[]).map((v) => v.rule);
      expect(rules).toEqual(['PERSONNEL.UNIT_HEAD_ALREADY_EXISTS', 'PERSONNEL.HEAD_JABATAN_MISMATCH']);
      const taken = await refused(CREATE_UNIT, { instansiId: 'kota-medan', code: 'DINKES', name: 'Dinas Lain', kind: 'OPD' }, bkdMedan);
      expect(taken.errors![0].extensions.rule).toBe('PERSONNEL.UNIT_CODE_TAKEN');
      const misplaced = await refused(CREATE_UNIT, { instansiId: 'kota-medan', code: 'BIDANG-X', name: 'Bidang X', kind: 'BIDANG' }, bkdMedan);
      expect(misplaced.errors![0].extensions.rule).toBe('PERSONNEL.UNIT_PARENT_KIND_NOT_ALLOWED');
      const noInstansi = await refused(CREATE_UNIT, { instansiId: 'kota-tebing-tinggi', code: 'DINKES', name: 'Dinas Kesehatan', kind: 'OPD' }, root);
      expect(noInstansi.errors![0].extensions.rule).toBe('PERSONNEL.INSTANSI_NOT_FOUND');
    });

    it('refuses bad input with BAD_USER_INPUT naming the field, before anything is written', async () => {
      const lowerCode = await refused(CREATE_UNIT, { instansiId: 'kota-medan', code: 'dinsos', name: 'Dinas Sosial', kind: 'OPD' }, bkdMedan);
      expect(codeOf(lowerCode)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(lowerCode.errors![0].extensions)).toContain('code');
      const badGrade = await refused(CREATE_POSITION, { unitId: 'kota-medan.dinkes', code: 'X1', name: 'X', jenisJabatan: 'PELAKSANA', kelasJabatan: 18 }, bkdMedan);
      expect(codeOf(badGrade)).toBe('BAD_USER_INPUT');
      expect(codeOf(await refused(RENAME_UNIT, { unitId: 'not a unit id', name: 'X' }, bkdMedan))).toBe('BAD_USER_INPUT');
      expect(codeOf(await refused(RENAME_UNIT, { unitId: 'kota-medan.dinkes', name: ' ' }, bkdMedan))).toBe('BAD_USER_INPUT');
    });

    it('lets only the BKD of Kota Medan (or one of every instansi) change its tree', async () => {
      const input = { instansiId: 'kota-medan', code: 'DINSOS', name: 'Dinas Sosial', kind: 'OPD' };
      expect(codeOf(await refused(CREATE_UNIT, input, bkdBinjai))).toBe('FORBIDDEN');
      expect(codeOf(await refused(RENAME_UNIT, { unitId: 'kota-medan.dinkes', name: 'Dinkes' }, bkdBinjai))).toBe('FORBIDDEN');
      expect(codeOf(await refused(ABOLISH_POSITION, { positionId: 'kota-medan.dinkes.kadis' }, bkdBinjai))).toBe('FORBIDDEN');
      const auditor = await api.token('aud', { role: 'AUDITOR', unit: '*' });
      expect(codeOf(await refused(CREATE_UNIT, input, auditor))).toBe('FORBIDDEN');
      // A unit kerja is no legal scope for ADMIN_BKD: such a token does not authenticate at all.
      const unitScoped = await api.token('bkd-dinkes', { role: 'ADMIN_BKD', unit: 'kota-medan.dinkes' });
      expect(codeOf(await refused(CREATE_UNIT, input, unitScoped))).toBe('UNAUTHENTICATED');
      await api.ok(CREATE_UNIT, { input }, root);
    });

    it('writes once for a repeated idempotency key and says it was a duplicate', async () => {
      const input = { instansiId: 'kota-medan', code: 'DISDIK', name: 'Dinas Pendidikan', kind: 'OPD', idempotencyKey: 'create-disdik-0001' };
      const before = await api.events.headPosition();
      const first = await api.ok(CREATE_UNIT, { input }, bkdMedan);
      const second = await api.ok(CREATE_UNIT, { input }, bkdMedan);
      // The unit's event and the key's claim; the repeat writes nothing.
      expect(await api.appendedSince(before)).toHaveLength(2);
      expect(first.createOrgUnit).toMatchObject({ duplicate: false, orgUnit: { id: 'kota-medan.disdik' } });
      expect(second.createOrgUnit).toMatchObject({ duplicate: true, position: first.createOrgUnit.position, orgUnit: { id: 'kota-medan.disdik' } });
    });

    it('renames a unit, and the new name shows in the breadcrumbs below it', async () => {
      const data = await api.ok(RENAME_UNIT, { input: { unitId: 'kota-medan.yankes', name: 'Bidang Yankes' } }, bkdMedan);
      expect(data.renameOrgUnit.orgUnit).toEqual({ id: 'kota-medan.yankes', name: 'Bidang Yankes', path: ['Dinas Kesehatan', 'Bidang Yankes'] });
      const seksi = await api.ok(ORG_UNIT, { id: 'kota-medan.rujukan' });
      expect(seksi.orgUnit.path).toEqual(['Dinas Kesehatan', 'Bidang Yankes', 'Seksi Rujukan']);
    });

    it('moves a unit with its subtree, and refuses a cycle', async () => {
      await api.ok(CREATE_UNIT, { input: { instansiId: 'kota-medan', parentUnitId: 'kota-medan.dinkes', code: 'P2P', name: 'Bidang P2P', kind: 'BIDANG' } }, bkdMedan);
      const cycle = await refused(MOVE_UNIT, { unitId: 'kota-medan.dinkes', parentUnitId: 'kota-medan.rujukan' }, bkdMedan);
      expect(cycle.errors![0].extensions.rule).toBe('PERSONNEL.UNIT_CYCLE');
      const data = await api.ok(MOVE_UNIT, { input: { unitId: 'kota-medan.rujukan', parentUnitId: 'kota-medan.p2p' } }, bkdMedan);
      expect(data.moveOrgUnit.orgUnit).toEqual({
        id: 'kota-medan.rujukan',
        parentUnitId: 'kota-medan.p2p',
        ancestors: ['kota-medan.dinkes', 'kota-medan.p2p'],
        path: ['Dinas Kesehatan', 'Bidang P2P', 'Seksi Rujukan'],
      });
    });

    it('dissolves a unit only once its sub-units and positions are gone', async () => {
      const busy = await refused(DISSOLVE_UNIT, { unitId: 'kota-medan.p2p' }, bkdMedan);
      expect(busy.errors![0].extensions.rule).toBe('PERSONNEL.UNIT_HAS_CHILDREN');
      const staffed = await refused(DISSOLVE_UNIT, { unitId: 'kota-medan.rujukan' }, bkdMedan);
      expect(staffed.errors![0].extensions.rule).toBe('PERSONNEL.UNIT_HAS_POSITIONS');
      const abolished = await api.ok(ABOLISH_POSITION, { input: { positionId: 'kota-medan.rujukan.analis' } }, bkdMedan);
      expect(abolished.abolishPosition.orgUnit.positions).toEqual([{ positionId: 'kota-medan.rujukan.analis', status: 'ABOLISHED' }]);
      const again = await refused(ABOLISH_POSITION, { positionId: 'kota-medan.rujukan.analis' }, bkdMedan);
      expect(again.errors![0].extensions.rule).toBe('PERSONNEL.POSITION_ALREADY_ABOLISHED');
      const data = await api.ok(DISSOLVE_UNIT, { input: { unitId: 'kota-medan.rujukan' } }, bkdMedan);
      expect(data.dissolveOrgUnit.orgUnit).toEqual({ id: 'kota-medan.rujukan', status: 'DISSOLVED' });
      const p2p = await api.ok(ORG_UNIT, { id: 'kota-medan.p2p' });
      expect(p2p.orgUnit.childCount).toBe(0);
    });
  });

  describe('reading the tree (public)', () => {
    it('pages through the units of an instansi with Relay cursors, anonymously', async () => {
      const first = await api.ok(ORG_UNITS, { instansiId: 'kota-medan', first: 2 });
      expect(first.orgUnits.totalCount).toBe(6);
      expect(first.orgUnits.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['kota-medan.dinkes', 'kota-medan.dinsos']);
      expect(first.orgUnits.pageInfo.hasNextPage).toBe(true);
      const next = await api.ok(ORG_UNITS, { instansiId: 'kota-medan', first: 10, after: first.orgUnits.pageInfo.endCursor });
      expect(next.orgUnits.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['kota-medan.disdik', 'kota-medan.p2p', 'kota-medan.rujukan', 'kota-medan.yankes']);
      expect(next.orgUnits.pageInfo.hasNextPage).toBe(false);
    });

    it('filters by parent or top level', async () => {
      const children = await api.ok(ORG_UNITS, { parentUnitId: 'kota-medan.dinkes' });
      expect(children.orgUnits.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['kota-medan.p2p', 'kota-medan.yankes']);
      const top = await api.ok(ORG_UNITS, { instansiId: 'kota-medan', topLevelOnly: true });
      expect(top.orgUnits.totalCount).toBe(3);
      expect(codeOf(await api.gql(ORG_UNITS, { parentUnitId: 'kota-medan.dinkes', topLevelOnly: true }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await api.gql(ORG_UNITS, { instansiId: 'Kota Medan' }))).toBe('BAD_USER_INPUT');
    });

    it('answers one unit by id, and NOT_FOUND for an unknown one', async () => {
      const data = await api.ok(ORG_UNIT, { id: 'kota-medan.dinkes' });
      expect(data.orgUnit).toMatchObject({ name: 'Dinas Kesehatan', childCount: 2, positions: [expect.objectContaining({ positionId: 'kota-medan.dinkes.kadis', kelasJabatan: 15 })] });
      const missing = await api.gql(ORG_UNIT, { id: 'kota-medan.nope' });
      expect(codeOf(missing)).toBe('NOT_FOUND');
      expect(missing.data).toEqual({ orgUnit: null });
    });

    it('counts the active units of each instansi', async () => {
      const list = await api.ok('{ instansiList { id unitCount } }');
      expect(list.instansiList).toEqual([
        { id: 'kota-binjai', unitCount: 0 },
        { id: 'kota-medan', unitCount: 5 },
      ]);
    });
  });
});
