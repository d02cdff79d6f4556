import { codeOf, TestApi } from './harness';

const REGISTER = `mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { instansi { id revision } } }`;
const CREATE_UNIT = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`;
const RENAME_UNIT = `mutation($input: RenameOrgUnitInput!) { renameOrgUnit(input: $input) { orgUnit { id name } } }`;
const INSTANSI_LIST = `{ instansiList { id revision } }`;

describe('Optimistic concurrency for clients (expectedRevision, revision)', () => {
  let api: TestApi;
  let root: string;

  beforeAll(async () => {
    api = await TestApi.start();
    root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
  });
  afterAll(() => api.close());

  it('nodes expose the revision of their stream; an edit on a stale revision is CONFLICT and writes nothing', async () => {
    const registered = await api.ok(REGISTER, { input: { instansiId: 'kota-medan', name: 'Pemerintah Kota Medan', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, root);
    expect(registered.registerInstansi.instansi.revision).toBe(0);
    await api.ok(CREATE_UNIT, { input: { instansiId: 'kota-medan', code: 'DINKES', name: 'Dinas Kesehatan', kind: 'OPD', expectedRevision: 0 } }, root);
    const list: { id: string; revision: number }[] = (await api.ok(INSTANSI_LIST)).instansiList;
    const seen = list.find((i) => i.id === 'kota-medan')!.revision;
    expect(seen).toBe(1);

    // Admin A renames on what it saw; admin B, who read the same revision, is refused.
    await api.ok(RENAME_UNIT, { input: { unitId: 'kota-medan.dinkes', name: 'Dinas Kesehatan Kota', expectedRevision: seen } }, root);
    const before = await api.events.headPosition();
    const stale = await api.gql(RENAME_UNIT, { input: { unitId: 'kota-medan.dinkes', name: 'Dinkes', expectedRevision: seen } }, root);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions).toMatchObject({ expectedRevision: 1, actualRevision: 2 });
    expect(await api.appendedSince(before)).toEqual([]);
    const unit = await api.ok('query { orgUnit(id: "kota-medan.dinkes") { name revision } }');
    expect(unit.orgUnit).toEqual({ name: 'Dinas Kesehatan Kota', revision: 2 });
  });

  it('a unit carries its tree\'s revision, moved by an edit elsewhere in the same instansi', async () => {
    const created = await api.ok(`mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { revision } } }`, {
      input: { instansiId: 'kota-medan', code: 'BKPSDM', name: 'BKPSDM', kind: 'OPD' },
    }, root);
    expect(created.createOrgUnit.orgUnit.revision).toBe(3);
    const dinkes = await api.ok('query { orgUnit(id: "kota-medan.dinkes") { revision } }');
    expect(dinkes.orgUnit.revision).toBe(3);
    const stale = await api.gql(RENAME_UNIT, { input: { unitId: 'kota-medan.dinkes', name: 'Dinkes', expectedRevision: 2 } }, root);
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('refuses a revision below -1 as bad input', async () => {
    const response = await api.gql(RENAME_UNIT, { input: { unitId: 'kota-medan.dinkes', name: 'X', expectedRevision: -2 } }, root);
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
  });
});
