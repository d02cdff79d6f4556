import { codeOf, GraphqlResponse, TestApi } from './harness';

/**
 * reassignIdentifier over GraphQL: a PPPK contracted with a different instansi gets a new NI PPPK
 * (DOMAIN §1.5, checklist 2). The new NI is claimed for good, the old one stays findable by
 * employeeByNip, and the move itself is a separate transferEmployee. Tests run in order and share the records.
 */
describe('NI PPPK reassignment (GraphQL over HTTP)', () => {
  let api: TestApi;
  let root: string;
  let bkdMedan: string;
  let bkdBinjai: string;
  let auditor: string;

  const OLD_NI = '199312282025212001';
  const NEW_NI = '199312282025212014';
  const SK = { skNumber: '800/77/BKD/2026', skDate: '2026-01-05' };
  const EMPLOYEE = 'id employmentType identifierType identifier previousIdentifiers instansiId unitId nipWarnings { field }';
  const REGISTER = 'mutation($input: RegisterEmployeeInput!) { registerEmployee(input: $input) { position } }';
  const REASSIGN = `mutation($input: ReassignIdentifierInput!) { reassignIdentifier(input: $input) { position duplicate employee { ${EMPLOYEE} } } }`;
  const TRANSFER = 'mutation($input: TransferEmployeeInput!) { transferEmployee(input: $input) { position employee { instansiId } } }';
  const BY_NIP = 'query($nip: String!) { employeeByNip(nip: $nip) { id identifier previousIdentifiers } }';
  const HISTORY = 'query($id: ID!) { employeeHistory(id: $id) { type reason actor { id } data } }';

  const dewi = {
    employeeId: 'emp-dewi',
    employmentType: 'PPPK',
    identifier: OLD_NI,
    name: 'Dewi Sartika',
    birthDate: '1993-12-28',
    sex: 'FEMALE',
    tmt: '2025-03-01',
    golongan: 'IX',
    golonganTmt: '2025-03-01',
    education: 'S1',
    unitId: 'kota-medan.dinkes',
    positionId: 'kota-medan.dinkes.analis',
  };
  /** Another PPPK born the same day: her NI would pass every rule on Dewi's record but the claim. */
  const ayu = { ...dewi, employeeId: 'emp-ayu', identifier: '199312282025212009', name: 'Ayu Lestari' };
  const budi = { ...dewi, employeeId: 'emp-budi', employmentType: 'PNS', identifier: '198609262015051001', name: 'Budi Santoso', birthDate: '1986-09-26', sex: 'MALE', tmt: '2015-05-01', golongan: 'III_A', golonganTmt: '2021-04-01' };
  const reassign = { employeeId: 'emp-dewi', newIdentifier: NEW_NI, contractStart: '2026-02-01', legalBasis: SK, reason: 'Perjanjian kerja baru dengan Pemerintah Kota Binjai' };

  beforeAll(async () => {
    api = await TestApi.start();
    root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    bkdMedan = await api.token('bkd-medan', { role: 'ADMIN_BKD', unit: 'kota-medan' });
    bkdBinjai = await api.token('bkd-binjai', { role: 'ADMIN_BKD', unit: 'kota-binjai' });
    auditor = await api.token('auditor-1', { role: 'AUDITOR', unit: '*' });
    for (const [instansiId, name] of [['kota-medan', 'Pemerintah Kota Medan'], ['kota-binjai', 'Pemerintah Kota Binjai']]) {
      await api.ok('mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { position } }', { input: { instansiId, name, kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, root);
      await api.ok('mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }', { input: { instansiId, parentUnitId: null, code: 'DINKES', name: 'Dinas Kesehatan', kind: 'OPD' } }, root);
      await api.ok('mutation($input: CreatePositionInput!) { createPosition(input: $input) { position } }', { input: { unitId: `${instansiId}.dinkes`, code: 'ANALIS', name: 'Analis Kesehatan', jenisJabatan: 'PELAKSANA', isUnitHead: false } }, root);
    }
    for (const input of [dewi, ayu, budi]) await api.ok(REGISTER, { input }, bkdMedan);
  });
  afterAll(() => api.close());

  /** The mutation failed with `code` (and `rule`), and the log did not grow: no claim, no event. */
  async function refused(input: Record<string, unknown>, token: string | undefined, code: string, rule?: string): Promise<GraphqlResponse> {
    const before = await api.events.headPosition();
    const response = await api.gql(REASSIGN, { input }, token);
    expect(codeOf(response)).toBe(code);
    if (rule) expect(response.errors![0].extensions.rule).toBe(rule);
    expect(await api.appendedSince(before)).toEqual([]);
    return response;
  }

  const rules = (response: GraphqlResponse) => (response.errors![0].extensions.violations as { rule: string }[]).map((v) => v.rule).sort();

  describe('refusals (nothing is appended)', () => {
    it('refuses a PNS: a NIP is never reassigned', async () => {
      await refused({ ...reassign, employeeId: 'emp-budi', newIdentifier: '198609262025211001' }, bkdMedan, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.IDENTIFIER_REASSIGNMENT_PPPK_ONLY');
      expect(await api.events.readStream('personnel-identifier-198609262025211001')).toEqual([]);
    });

    it('refuses an NI that encodes another birth date and sex, naming the fields', async () => {
      const response = await refused({ ...reassign, newIdentifier: '199312292025211014' }, bkdMedan, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.NI_PPPK_INCONSISTENT');
      expect(response.errors![0].extensions.inconsistentFields).toEqual(['birthDate', 'sex']);
      expect(response.errors![0].message).toMatch(/birthDate 1993-12-29 \(tercatat: 1993-12-28\).*sex MALE \(tercatat: FEMALE\)/);
      expect(await api.events.readStream('personnel-identifier-199312292025211014')).toEqual([]);
    });

    it('names every NI PPPK problem at once, with the other unmet rules', async () => {
      const response = await refused({ ...reassign, newIdentifier: '199302302025213000', reason: undefined }, bkdMedan, 'DOMAIN_RULE_VIOLATION');
      expect(rules(response)).toEqual(['PERSONNEL.NI_PPPK_BIRTH_DATE_INVALID', 'PERSONNEL.NI_PPPK_SEQUENCE_INVALID', 'PERSONNEL.NI_PPPK_SEX_DIGIT_INVALID', 'PERSONNEL.REASON_REQUIRED']);
      await refused({ ...reassign, newIdentifier: '199312282024212014' }, bkdMedan, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.NI_PPPK_APPOINTMENT_YEAR_EARLIER');
      await refused({ ...reassign, newIdentifier: OLD_NI }, bkdMedan, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.IDENTIFIER_UNCHANGED');
    });

    it('refuses an NI registered to another employee', async () => {
      await refused({ ...reassign, newIdentifier: ayu.identifier }, bkdMedan, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.NIP_ALREADY_REGISTERED');
    });

    it('refuses bad input with BAD_USER_INPUT naming the field', async () => {
      const response = await refused({ ...reassign, contractStart: '2026-02-30' }, bkdMedan, 'BAD_USER_INPUT');
      expect(JSON.stringify(response.errors![0].extensions.fields)).toContain('contractStart');
    });

    it('lets only the ADMIN_BKD of the employee’s instansi (or one of every instansi) reassign', async () => {
      await refused(reassign, bkdBinjai, 'FORBIDDEN');
      await refused(reassign, auditor, 'FORBIDDEN');
      await refused(reassign, await api.token('emp-dewi', { role: 'EMPLOYEE' }), 'FORBIDDEN');
      await refused({ ...reassign, employeeId: 'emp-nobody' }, bkdBinjai, 'FORBIDDEN');
      await refused(reassign, undefined, 'UNAUTHENTICATED');
      expect(await api.events.readStream(`personnel-identifier-${NEW_NI}`)).toEqual([]);
    });
  });

  describe('a new NI PPPK', () => {
    const input = { ...reassign, idempotencyKey: 'reassign-dewi-2026' };
    let position: number;

    it('claims the new NI, records the link and answers the updated record', async () => {
      const before = await api.events.headPosition();
      const data = (await api.ok(REASSIGN, { input }, bkdMedan)).reassignIdentifier;
      expect(data.duplicate).toBe(false);
      expect(data.employee).toEqual({
        id: 'emp-dewi',
        employmentType: 'PPPK',
        identifierType: 'NI_PPPK',
        identifier: NEW_NI,
        previousIdentifiers: [OLD_NI],
        instansiId: 'kota-medan',
        unitId: 'kota-medan.dinkes',
        nipWarnings: [],
      });
      position = data.position;
      // The new NI's claim, the key's claim and the record's event.
      expect(await api.appendedSince(before)).toHaveLength(3);
      const holders = async (ni: string) => (await api.events.readStream(`personnel-identifier-${ni}`)).map((e) => [e.type, e.data.owner.streamId]);
      expect(await holders(NEW_NI)).toEqual([['kernel.ClaimMade', 'personnel-employee-emp-dewi']]);
      expect(await holders(OLD_NI)).toEqual([['kernel.ClaimMade', 'personnel-employee-emp-dewi']]);
    });

    it('writes once for a repeated idempotency key', async () => {
      const before = await api.events.headPosition();
      const again = (await api.ok(REASSIGN, { input }, bkdMedan)).reassignIdentifier;
      expect(again).toMatchObject({ duplicate: true, position, employee: { identifier: NEW_NI } });
      expect(await api.appendedSince(before)).toEqual([]);
      expect(await api.events.readStream(`personnel-identifier-${NEW_NI}`)).toHaveLength(1);
    });

    it('shows the reassignment in the history, with its reason', async () => {
      const history = await api.ok(HISTORY, { id: 'emp-dewi' }, auditor);
      const events = history.employeeHistory.filter((e: { type: string }) => e.type === 'personnel.IdentifierReassigned');
      expect(events).toEqual([
        {
          type: 'personnel.IdentifierReassigned',
          reason: reassign.reason,
          actor: { id: 'bkd-medan' },
          data: { employeeId: 'emp-dewi', from: OLD_NI, to: NEW_NI, identifierType: 'NI_PPPK', contractStart: '2026-02-01', legalBasis: SK },
        },
      ]);
    });

    it('finds the employee by the new and by the old NI', async () => {
      for (const nip of [NEW_NI, OLD_NI]) {
        expect((await api.ok(BY_NIP, { nip }, bkdMedan)).employeeByNip).toEqual({ id: 'emp-dewi', identifier: NEW_NI, previousIdentifiers: [OLD_NI] });
      }
    });

    it('refuses the old NI from now on: identifiers are never reused', async () => {
      await refused({ ...reassign, newIdentifier: OLD_NI }, bkdMedan, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.IDENTIFIER_PREVIOUSLY_HELD');
      const taken = { ...ayu, employeeId: 'emp-other', identifier: OLD_NI };
      const before = await api.events.headPosition();
      const response = await api.gql(REGISTER, { input: taken }, bkdMedan);
      expect(response.errors![0].extensions.rule).toBe('PERSONNEL.NIP_ALREADY_REGISTERED');
      expect(await api.appendedSince(before)).toEqual([]);
    });

    it('applies the lookup’s access rules by the old NI too, after the move to the new instansi', async () => {
      await api.ok(TRANSFER, { input: { employeeId: 'emp-dewi', toUnitId: 'kota-binjai.dinkes', toPositionId: 'kota-binjai.dinkes.analis', effectiveDate: '2026-02-01', legalBasis: SK } }, root);
      expect((await api.ok(BY_NIP, { nip: OLD_NI }, bkdBinjai)).employeeByNip.id).toBe('emp-dewi');
      expect(codeOf(await api.gql(BY_NIP, { nip: OLD_NI }, bkdMedan))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(BY_NIP, { nip: NEW_NI }, bkdMedan))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(BY_NIP, { nip: OLD_NI }, await api.token('t1', { role: 'TRAINING_ADMIN', unit: '*' })))).toBe('FORBIDDEN');
    });

    it('counts lookups by an old NI against the same per-caller limit', async () => {
      const guesser = await api.token('bkd-guesser', { role: 'ADMIN_BKD', unit: 'kota-binjai' });
      for (let i = 0; i < 30; i++) await api.gql(BY_NIP, { nip: OLD_NI }, guesser);
      const limited = await api.gql(BY_NIP, { nip: OLD_NI }, guesser);
      expect(limited.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'RATE_LIMITED' });
    });
  });
});
