import { codeOf, GraphqlResponse, TestApi } from './harness';
import { budiInput } from '../fixtures/employee-input';

/**
 * Idempotency keys over GraphQL: a repeat of the same request is a duplicate that writes nothing and
 * answers the original position; the same key with another request — another NIP, another employee,
 * another change — is refused (CONFLICT, reason IDEMPOTENCY_KEY_REUSED) and writes nothing.
 */
describe('Idempotency keys (GraphQL over HTTP)', () => {
  let api: TestApi;
  let bkd: string;

  const REGISTER = `mutation($input: RegisterEmployeeInput!) { registerEmployee(input: $input) { position duplicate employee { id identifier } } }`;
  const CORRECT = `mutation($input: CorrectEmployeeDataInput!) { correctEmployeeData(input: $input) { position duplicate employee { id name } } }`;
  const SK = { skNumber: '800/7/BKPSDM/2026', skDate: '2026-01-05' };
  const { employeeId: _id, ...person } = budiInput;

  beforeAll(async () => {
    api = await TestApi.start();
    bkd = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    await api.ok('mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { position } }', { input: { instansiId: 'kota-medan', name: 'Pemerintah Kota Medan', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, bkd);
    await api.ok('mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }', { input: { instansiId: 'kota-medan', code: 'DINKES', name: 'Dinas Kesehatan', kind: 'OPD' } }, bkd);
    await api.ok('mutation($input: CreatePositionInput!) { createPosition(input: $input) { position } }', { input: { unitId: 'kota-medan.dinkes', code: 'ANALIS', name: 'Analis', jenisJabatan: 'PELAKSANA', isUnitHead: false } }, bkd);
    for (const [employeeId, identifier, name] of [['emp-a', '198003152005012002', 'Sari Lubis'], ['emp-b', '197505202000031003', 'Ahmad Nasution']]) {
      const birthDate = `${identifier.slice(0, 4)}-${identifier.slice(4, 6)}-${identifier.slice(6, 8)}`;
      const tmt = `${identifier.slice(8, 12)}-${identifier.slice(12, 14)}-01`;
      const sex = identifier[14] === '1' ? 'MALE' : 'FEMALE';
      await api.ok(REGISTER, { input: { ...person, employeeId, identifier, name, birthDate, tmt, sex, golonganTmt: tmt } }, bkd);
    }
  });
  afterAll(() => api.close());

  /** Refused as a reused key, and the log did not move. */
  async function refusedAsReused(query: string, input: Record<string, unknown>): Promise<GraphqlResponse> {
    const before = await api.events.headPosition();
    const response = await api.gql(query, { input }, bkd);
    expect(codeOf(response)).toBe('CONFLICT');
    expect(response.errors![0].extensions.reason).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await api.appendedSince(before)).toEqual([]);
    return response;
  }

  describe('registerEmployee', () => {
    const first = { ...person, idempotencyKey: 'reg-budi-2026-0001' };
    let position: number;
    let employeeId: string;

    it('registers once', async () => {
      const data = (await api.ok(REGISTER, { input: first }, bkd)).registerEmployee;
      expect(data.duplicate).toBe(false);
      ({ position } = data);
      employeeId = data.employee.id;
    });

    it('refuses the same key with another NIP, and claims nothing for it', async () => {
      await refusedAsReused(REGISTER, { ...first, identifier: '198609262015051002' });
      expect(await api.events.readStream('personnel-identifier-198609262015051002')).toEqual([]);
      expect((await api.events.readStream(`personnel-employee-${employeeId}`)).map((e) => e.data.identifier)).toEqual([person.identifier]);
    });

    it('refuses the same key for another employee id', async () => {
      await refusedAsReused(REGISTER, { ...first, employeeId: 'emp-other' });
      expect(await api.events.readStream('personnel-employee-emp-other')).toEqual([]);
    });

    it('answers the same request again as a duplicate, at the original position', async () => {
      const before = await api.events.headPosition();
      const again = (await api.ok(REGISTER, { input: first }, bkd)).registerEmployee;
      expect(again).toEqual({ position, duplicate: true, employee: { id: employeeId, identifier: person.identifier } });
      expect(await api.appendedSince(before)).toEqual([]);
    });

    it('treats an explicit null like an absent field (same request)', async () => {
      expect((await api.ok(REGISTER, { input: { ...first, contacts: null } }, bkd)).registerEmployee).toMatchObject({ position, duplicate: true });
    });
  });

  describe('an update', () => {
    const correction = { employeeId: 'emp-a', name: 'Sari Lubis, S.Kom.', legalBasis: SK, reason: 'Gelar', idempotencyKey: 'fix-name-2026-0001' };
    let position: number;

    it('changes one employee once', async () => {
      const data = (await api.ok(CORRECT, { input: correction }, bkd)).correctEmployeeData;
      expect(data).toMatchObject({ duplicate: false, employee: { id: 'emp-a', name: 'Sari Lubis, S.Kom.' } });
      ({ position } = data);
    });

    it('refuses the same key on another employee: nothing is written to that record', async () => {
      const before = (await api.events.readStream('personnel-employee-emp-b')).length;
      await refusedAsReused(CORRECT, { ...correction, employeeId: 'emp-b', name: 'Ahmad Nasution, S.H.' });
      expect(await api.events.readStream('personnel-employee-emp-b')).toHaveLength(before);
    });

    it('refuses the same key with another change to the same employee', async () => {
      await refusedAsReused(CORRECT, { ...correction, name: 'Sari Lubis, M.Kom.' });
      expect((await api.ok('query($id: ID!) { employee(id: $id) { name } }', { id: 'emp-a' }, bkd)).employee.name).toBe('Sari Lubis, S.Kom.');
    });

    it('answers the same request again as a duplicate', async () => {
      expect((await api.ok(CORRECT, { input: correction }, bkd)).correctEmployeeData).toMatchObject({ position, duplicate: true });
    });
  });

  it('never stores one event id twice in the log', async () => {
    const page = await api.events.readAll({ after: 0, maxCount: 10_000 });
    const ids = page.events.map((e) => e.eventId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
