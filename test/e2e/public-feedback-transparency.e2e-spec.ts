import { codeOf, TestApi } from './harness';
import { setUpCities } from '../fixtures/public-feedback';

const PUBLISH = 'mutation($input: PublishMyWorkInput!) { publishMyWork(input: $input) { duplicate entries { entryId kind title } } }';
const WITHDRAW = 'mutation($input: WithdrawMyWorkInput!) { withdrawMyWork(input: $input) { entries { entryId } } }';
const WORK = '{ publishedWork(instansiId: "kota-medan", first: 20) { totalCount edges { node { id asnName unitId kind title year } } } }';

/**
 * The ASN-facing transparency operations through GraphQL without a browser: the consented publication
 * of one's own work (only by that ASN, withdrawable, gone from the public list once withdrawn), and the
 * public aggregates answering for an instansi with no closed evaluation or approved plan yet.
 */
describe('Transparency of ASN work through GraphQL', () => {
  let api: TestApi;
  let root: string;
  let ani: string;

  beforeAll(async () => {
    api = await TestApi.start();
    root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    await setUpCities(api, root);
    await api.ok('mutation($input: CreatePositionInput!) { createPosition(input: $input) { position } }', { input: { unitId: 'kota-medan.dinkes', code: 'ANALIS', name: 'Analis Kebijakan', jenisJabatan: 'PELAKSANA', capacity: 10 } }, root);
    await api.ok('mutation($input: RegisterEmployeeInput!) { registerEmployee(input: $input) { position } }', {
      input: { employeeId: 'e-ani', employmentType: 'PNS', identifier: '196811302000032001', name: 'Ani Lubis', birthDate: '1968-11-30', sex: 'FEMALE', tmt: '2000-03-01', golongan: 'III_D', golonganTmt: '2016-04-01', education: 'S1', unitId: 'kota-medan.dinkes', positionId: 'kota-medan.dinkes.analis', maxAgeAtAppointment: 40 },
    }, root);
    ani = await api.token('e-ani', { role: 'EMPLOYEE', unit: 'e-ani' });
  });
  afterAll(() => api.close());

  it('an ASN publishes their own award with their name; nobody else may, and bad input writes nothing', async () => {
    const input = { employeeId: 'e-ani', kind: 'AWARD', title: 'Pegawai Inspiratif Dinas Kesehatan', description: 'Penghargaan atas program posyandu digital di 12 kelurahan.', year: 2026 };
    const head = await api.events.headPosition();
    expect(codeOf(await api.gql(PUBLISH, { input }, await api.token('e-lain', { role: 'EMPLOYEE', unit: 'e-lain' })))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(PUBLISH, { input }, root))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(PUBLISH, { input }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(PUBLISH, { input: { ...input, description: 'pendek' } }, ani))).toBe('BAD_USER_INPUT');
    const stranger = await api.token('e-tidak-ada', { role: 'EMPLOYEE', unit: 'e-tidak-ada' });
    expect((await api.gql(PUBLISH, { input: { ...input, employeeId: 'e-tidak-ada' } }, stranger)).errors?.[0].extensions).toMatchObject({ rule: 'FEEDBACK.NOT_AN_ACTIVE_EMPLOYEE' });
    expect(await api.appendedSince(head)).toEqual([]);

    const published = await api.ok(PUBLISH, { input }, ani);
    expect(published.publishMyWork.entries).toEqual([{ entryId: expect.stringMatching(/^e-ani\./), kind: 'AWARD', title: 'Pegawai Inspiratif Dinas Kesehatan' }]);
    const list = await api.ok(WORK);
    expect(list.publishedWork.edges.map((e: { node: object }) => e.node)).toEqual([
      { id: published.publishMyWork.entries[0].entryId, asnName: 'Ani Lubis', unitId: 'kota-medan.dinkes', kind: 'AWARD', title: 'Pegawai Inspiratif Dinas Kesehatan', year: 2026 },
    ]);
  });

  it('a withdrawal removes it from the public list at once; withdrawing again is refused and writes nothing', async () => {
    const { edges } = (await api.ok(WORK)).publishedWork;
    const entryId = edges[0].node.id;
    const withdrawn = await api.ok(WITHDRAW, { input: { employeeId: 'e-ani', entryId } }, ani);
    expect(withdrawn.withdrawMyWork.entries).toEqual([]);
    expect((await api.ok(WORK)).publishedWork.totalCount).toBe(0);
    const head = await api.events.headPosition();
    expect((await api.gql(WITHDRAW, { input: { employeeId: 'e-ani', entryId } }, ani)).errors?.[0].extensions).toMatchObject({ code: 'DOMAIN_RULE_VIOLATION', rule: 'FEEDBACK.WORK_ENTRY_NOT_FOUND' });
    expect(await api.appendedSince(head)).toEqual([]);
  });

  it('the public aggregates answer for an instansi with nothing closed or approved yet, with k and empty boards', async () => {
    const data = await api.ok(`{
      predikatTransparency(instansiId: "kota-medan", year: 2026) { minCellSize units { unitId total suppressionReason cells { predikat count suppressed } } }
      performanceAgreements(instansiId: "kota-medan", year: 2026, first: 10) { totalCount }
      selectionBoards(instansiId: "kota-medan", first: 10) { totalCount }
    }`);
    expect(data.predikatTransparency.minCellSize).toBe(5);
    expect(data.predikatTransparency.units.map((u: { unitId: string }) => u.unitId)).toEqual(['kota-medan.dinkes', 'kota-medan.disdukcapil']);
    expect(data.predikatTransparency.units[0]).toMatchObject({ total: 0, suppressionReason: null });
    expect(data.performanceAgreements.totalCount).toBe(0);
    expect(data.selectionBoards.totalCount).toBe(0);
    expect(codeOf(await api.gql('{ performanceAgreements(instansiId: "kota-medan", year: 2026, first: 500) { totalCount } }'))).toBe('BAD_USER_INPUT');
  });
});
