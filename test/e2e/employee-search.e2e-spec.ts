import { FixedClock } from '@kernel/clock';
import { TestApi } from './harness';

/** employees search (issue 8 item 5): NIP warnings, jabatan, age range (personal data), orders beyond name with keyset pages. */
describe('employees: search by NIP warnings, jabatan and age; orders by golongan, TMT and NIP', () => {
  let api: TestApi;
  let admin: string;
  // A leap day: the 58-year-olds were born on or before 28 February 1970.
  const clock = new FixedClock(new Date('2028-02-29T03:00:00Z'));

  const asn = (employeeId: string, employmentType: string, identifier: string, name: string, birthDate: string, tmt: string, golongan: string, golonganTmt: string, positionId: string) => ({
    employeeId, employmentType, identifier, name, birthDate, sex: identifier[14] === '2' ? 'FEMALE' : 'MALE', tmt, golongan, golonganTmt, education: 'S2',
    unitId: 'kota-medan.dinkes', positionId: `kota-medan.dinkes.${positionId}`, maxAgeAtAppointment: 40,
  });
  const ids = (data: { employees: { edges: { node: { id: string } }[] } }) => data.employees.edges.map((e) => e.node.id);
  const list = async (args: string, token = admin) => ids(await api.ok(`{ employees(first: 20, ${args}) { edges { node { id } } } }`, {}, token));

  beforeAll(async () => {
    api = await TestApi.start({}, { clock });
    const root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    admin = await api.token('bkd-medan', { role: 'ADMIN_BKD', unit: 'kota-medan' });
    const run = (name: string, type: string, input: object, token = admin) => api.ok(`mutation($input: ${type}!) { ${name}(input: $input) { position } }`, { input }, token);
    await run('registerInstansi', 'RegisterInstansiInput', { instansiId: 'kota-medan', name: 'Pemerintah Kota Medan', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' }, root);
    await run('createOrgUnit', 'CreateOrgUnitInput', { instansiId: 'kota-medan', code: 'DINKES', name: 'Dinas Kesehatan', kind: 'OPD' });
    await run('createPosition', 'CreatePositionInput', { unitId: 'kota-medan.dinkes', code: 'KADIS', name: 'Kepala Dinas Kesehatan', jenisJabatan: 'JPT_PRATAMA', isUnitHead: true });
    await run('createPosition', 'CreatePositionInput', { unitId: 'kota-medan.dinkes', code: 'ANALIS', name: 'Analis Kesehatan', jenisJabatan: 'PELAKSANA', capacity: 10 });
    await run('createPosition', 'CreatePositionInput', { unitId: 'kota-medan.dinkes', code: 'DOKTER', name: 'Dokter Ahli Muda', jenisJabatan: 'JF_AHLI_MUDA', capacity: 5 });
    for (const employee of [
      asn('e-a', 'PNS', '197002281995031001', 'Zulkifli Lubis', '1970-02-28', '1995-03-01', 'IV_A', '2015-04-01', 'kadis'),
      asn('e-b', 'PNS', '197003011995032001', 'Yanti Sitorus', '1970-03-01', '1995-03-01', 'III_D', '2010-04-01', 'analis'),
      asn('e-c', 'PNS', '198806152014032001', 'dr. Citra Ginting', '1988-06-15', '2014-03-01', 'III_C', '2018-04-01', 'dokter'),
      // The NIP encodes 1 January; the record says 2 January: registered with a NipInconsistencyDetected warning.
      asn('e-d', 'PNS', '199001012015031001', 'Dodi Saragih', '1990-01-02', '2015-03-01', 'III_B', '2019-04-01', 'analis'),
      asn('e-p', 'PPPK', '199312282021212001', 'Ani Nasution', '1993-12-28', '2021-03-01', 'IX', '2021-03-01', 'analis'),
    ]) {
      await run('registerEmployee', 'RegisterEmployeeInput', employee);
    }
  });
  afterAll(() => api.close());

  it('finds the records with an unresolved NIP warning, and the others', async () => {
    const warned = await api.ok('{ employees(first: 20, filter: { hasNipWarnings: true }) { totalCount edges { node { id nipWarnings { field fromIdentifier recorded } } } } }', {}, admin);
    expect(warned.employees).toMatchObject({ totalCount: 1, edges: [{ node: { id: 'e-d', nipWarnings: [{ field: 'birthDate', fromIdentifier: '1990-01-01', recorded: '1990-01-02' }] } }] });
    expect(await list('filter: { hasNipWarnings: false }')).toEqual(['e-p', 'e-c', 'e-b', 'e-a']);
  });

  it('finds records by jabatan: one position, or a jenis jabatan', async () => {
    expect(await list('filter: { positionId: "kota-medan.dinkes.kadis" }')).toEqual(['e-a']);
    expect(await list('filter: { jenisJabatan: JF_AHLI_MUDA }')).toEqual(['e-c']);
    expect(await list('filter: { jenisJabatan: PELAKSANA, employmentType: PNS }')).toEqual(['e-d', 'e-b']);
  });

  it('finds records by age on the day, a leap day included', async () => {
    expect(await list('filter: { ageFrom: 58 }')).toEqual(['e-a']);
    expect(await list('filter: { ageFrom: 57, ageTo: 57 }')).toEqual(['e-b']);
    expect(await list('filter: { ageTo: 39 }')).toEqual(['e-p', 'e-c', 'e-d']);
    expect((await api.gql('{ employees(first: 5, filter: { ageFrom: 101 }) { totalCount } }', {}, admin)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('searches by age only over the records whose birth date the caller sees', async () => {
    const penilai = await api.token('emp-x', { role: 'PEJABAT_PENILAI', unit: 'kota-medan.dinkes' });
    expect(await list('filter: {}', penilai)).toHaveLength(5);
    const refused = await api.gql('{ employees(first: 5, filter: { ageFrom: 30 }) { totalCount } }', {}, penilai);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toMatch(/data pribadi/);
    // An appraiser who is also an employee sees only her own birth date: the filter tells nothing of her staff's ages.
    const citra = await api.token('e-c', { role: 'EMPLOYEE', unit: 'e-c' }, { role: 'PEJABAT_PENILAI', unit: 'kota-medan.dinkes' });
    expect(await list('filter: { ageTo: 100 }', citra)).toEqual(['e-c']);
    expect(await list('filter: { ageFrom: 50 }', citra)).toEqual([]);
  });

  it('orders by golongan, TMT and NIP as well as by name, paging by keyset within its order', async () => {
    expect(await list('filter: {}')).toEqual(['e-p', 'e-c', 'e-d', 'e-b', 'e-a']);
    expect(await list('orderBy: GOLONGAN')).toEqual(['e-a', 'e-b', 'e-c', 'e-d', 'e-p']);
    // Same TMT CPNS: in name order.
    expect(await list('orderBy: TMT')).toEqual(['e-b', 'e-a', 'e-c', 'e-d', 'e-p']);
    expect(await list('orderBy: NIP')).toEqual(['e-a', 'e-b', 'e-c', 'e-d', 'e-p']);

    const page = '($after: String) { employees(first: 2, after: $after, orderBy: GOLONGAN) { totalCount pageInfo { hasNextPage endCursor } edges { node { id golonganLabel } } } }';
    const first = await api.ok(`query${page}`, {}, admin);
    expect(first.employees.edges.map((e: { node: { golonganLabel: string } }) => e.node.golonganLabel)).toEqual(['IV/a', 'III/d']);
    const second = await api.ok(`query${page}`, { after: first.employees.pageInfo.endCursor }, admin);
    expect(ids(second)).toEqual(['e-c', 'e-d']);
    const third = await api.ok(`query${page}`, { after: second.employees.pageInfo.endCursor }, admin);
    expect([ids(third), third.employees.pageInfo.hasNextPage, third.employees.totalCount]).toEqual([['e-p'], false, 5]);

    const byName = await api.ok('{ employees(first: 2) { pageInfo { endCursor } } }', {}, admin);
    const mixed = await api.gql('query($after: String) { employees(first: 2, after: $after, orderBy: GOLONGAN) { totalCount } }', { after: byName.employees.pageInfo.endCursor }, admin);
    expect(mixed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
