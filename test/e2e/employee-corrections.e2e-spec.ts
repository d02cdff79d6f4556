import { codeOf, GraphqlResponse, TestApi } from './harness';

/**
 * SK ralat (corrections of golongan, TMT, employment type and a PNS NIP) and pembatalan (annulment of
 * a transfer, promotion, hukuman disiplin or retirement) over GraphQL: every refusal names its rule
 * and appends nothing; every success shows in the record (read model) and the history, where the
 * annulled event stays, marked. Tests run in order and share the records.
 */
describe('Employee corrections and annulments (GraphQL over HTTP)', () => {
  let api: TestApi;
  let root: string;
  let bkdMedan: string;
  let bkdBinjai: string;
  let auditor: string;

  const SK = { skNumber: '800/1/BKPSDM/2026', skDate: '2026-01-05' };
  const RALAT = { skNumber: '800/9/RALAT/2026', skDate: '2026-06-01' };
  const FIELDS = `id employmentType identifierType identifier correctedIdentifiers golongan golonganLabel golonganTmt tmt unitId positionId status
    nipWarnings { field } disciplinaryActions { hukdisId } retirement { kind } annulments { annulledEventId annulledType kind skNumber }`;
  const REGISTER = 'mutation($input: RegisterEmployeeInput!) { registerEmployee(input: $input) { position } }';
  const BY_NIP = `query($nip: String!) { employeeByNip(nip: $nip) { id identifier correctedIdentifiers } }`;
  const M = 'kota-medan';

  function mutate(name: string, input: Record<string, unknown>, token = bkdMedan): Promise<GraphqlResponse> {
    const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
    return api.gql(`mutation($input: ${type}!) { ${name}(input: $input) { position employee { ${FIELDS} } } }`, { input }, token);
  }

  async function ok(name: string, input: Record<string, unknown>, token = bkdMedan) {
    const response = await mutate(name, input, token);
    if (response.errors?.length) throw new Error(`${name}: ${JSON.stringify(response.errors, null, 2)}`);
    return response.data![name].employee;
  }

  /** Failed with `code` (and `rule`), and the log did not grow: no event, no claim. */
  async function refused(name: string, input: Record<string, unknown>, code: string, rule?: string, token = bkdMedan) {
    const before = await api.events.headPosition();
    const response = await mutate(name, input, token);
    expect(codeOf(response)).toBe(code);
    if (rule) expect(response.errors![0].extensions.rule).toBe(rule);
    expect(await api.appendedSince(before)).toEqual([]);
    return response;
  }

  type Entry = { eventId: string; type: string; reason: string | null; annulledBy: string | null; data: Record<string, any> };
  async function history(id: string): Promise<Entry[]> {
    return (await api.ok('query($id: ID!) { employeeHistory(id: $id) { eventId type reason annulledBy data } }', { id }, auditor)).employeeHistory;
  }
  const last = async (id: string, type: string) => (await history(id)).filter((e) => e.type === type).pop()!;

  function person(employeeId: string, identifier: string, birthDate: string, sex: string, tmt: string, golongan: string, golonganTmt: string, place: string, employmentType = 'PNS') {
    const [unit] = place.split('.');
    return { employeeId, employmentType, identifier, name: `Pegawai ${employeeId}`, birthDate, sex, tmt, golongan, golonganTmt, education: 'S1', unitId: `${M}.${unit}`, positionId: `${M}.${place}` };
  }

  beforeAll(async () => {
    api = await TestApi.start();
    root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    bkdMedan = await api.token('bkd-medan', { role: 'ADMIN_BKD', unit: M });
    bkdBinjai = await api.token('bkd-binjai', { role: 'ADMIN_BKD', unit: 'kota-binjai' });
    auditor = await api.token('auditor-1', { role: 'AUDITOR', unit: '*' });
    await api.ok('mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { position } }', { input: { instansiId: M, name: 'Pemerintah Kota Medan', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, root);
    for (const [parentUnitId, code, name, kind] of [[null, 'DINKES', 'Dinas Kesehatan', 'OPD'], [`${M}.dinkes`, 'YANKES', 'Bidang Yankes', 'BIDANG'], [`${M}.yankes`, 'RUJUKAN', 'Seksi Rujukan', 'SEKSI']]) {
      await api.ok('mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }', { input: { instansiId: M, parentUnitId, code, name, kind } }, bkdMedan);
    }
    const positions: [string, string, string, boolean, number | null][] = [
      [`${M}.yankes`, 'KABID', 'ADMINISTRATOR', true, null],
      [`${M}.yankes`, 'STAF', 'PELAKSANA', false, null],
      [`${M}.yankes`, 'PERENCANA', 'PELAKSANA', false, 1],
      [`${M}.rujukan`, 'KASI', 'PENGAWAS', true, null],
      [`${M}.rujukan`, 'ANALIS', 'PELAKSANA', false, null],
    ];
    for (const [unitId, code, jenisJabatan, isUnitHead, capacity] of positions) {
      await api.ok('mutation($input: CreatePositionInput!) { createPosition(input: $input) { position } }', { input: { unitId, code, name: `Jabatan ${code}`, jenisJabatan, isUnitHead, capacity } }, bkdMedan);
    }
    const staff = [
      person('emp-budi', '198609262015051001', '1986-09-26', 'MALE', '2015-05-01', 'III_A', '2021-04-01', 'rujukan.analis'),
      person('emp-kasi', '198003152005012002', '1980-03-15', 'FEMALE', '2005-01-01', 'III_D', '2019-04-01', 'rujukan.kasi'),
      person('emp-hadi', '199001012015031001', '1990-01-01', 'MALE', '2015-03-01', 'III_B', '2019-04-01', 'rujukan.analis'),
      person('emp-sari', '199312282019032001', '1993-12-28', 'FEMALE', '2019-03-01', 'III_A', '2019-03-01', 'rujukan.analis'),
      person('emp-andi', '199002142016031004', '1990-02-14', 'MALE', '2016-03-01', 'III_C', '2022-04-01', 'yankes.staf'),
      person('emp-citra', '199105052016032001', '1991-05-05', 'FEMALE', '2016-03-01', 'III_C', '2022-04-01', 'yankes.staf'),
      person('emp-eko', '198808082014031002', '1988-08-08', 'MALE', '2014-03-01', 'III_C', '2020-04-01', 'yankes.perencana'),
    ];
    for (const input of staff) await api.ok(REGISTER, { input }, bkdMedan);
  });
  afterAll(() => api.close());

  describe('correctGolongan', () => {
    it('refuses a golongan of the other scale, a TMT before employment, a missing reason, another instansi — appending nothing', async () => {
      await refused('correctGolongan', { employeeId: 'emp-budi', golongan: 'IX', legalBasis: RALAT, reason: 'Migrasi' }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.GOLONGAN_NOT_OF_EMPLOYMENT_TYPE');
      await refused('correctGolongan', { employeeId: 'emp-budi', golonganTmt: '2014-01-01', legalBasis: RALAT, reason: 'Migrasi' }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.GOLONGAN_TMT_BEFORE_EMPLOYMENT');
      await refused('correctGolongan', { employeeId: 'emp-budi', golongan: 'III_B', legalBasis: RALAT }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.REASON_REQUIRED');
      await refused('correctGolongan', { employeeId: 'emp-budi', golongan: 'III_A', legalBasis: RALAT, reason: 'Sama' }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.NOTHING_TO_CORRECT');
      await refused('correctGolongan', { employeeId: 'emp-budi', golongan: 'III/b', legalBasis: RALAT, reason: 'x' }, 'BAD_USER_INPUT');
      await refused('correctGolongan', { employeeId: 'emp-budi', golongan: 'III_B', legalBasis: RALAT, reason: 'x' }, 'FORBIDDEN', undefined, bkdBinjai);
      await refused('correctGolongan', { employeeId: 'emp-budi', golongan: 'III_B', legalBasis: RALAT, reason: 'x' }, 'FORBIDDEN', undefined, auditor);
    });

    it('corrects golongan and TMT, shown in the record and, old → new, in the history', async () => {
      expect(await ok('correctGolongan', { employeeId: 'emp-hadi', golongan: 'III_C', golonganTmt: '2020-04-01', legalBasis: RALAT, reason: 'Salah ketik saat migrasi' })).toMatchObject({
        golongan: 'III_C',
        golonganLabel: 'III/c',
        golonganTmt: '2020-04-01',
      });
      expect(await last('emp-hadi', 'personnel.GolonganCorrected')).toMatchObject({
        reason: 'Salah ketik saat migrasi',
        data: { from: { golongan: 'III_B', golonganTmt: '2019-04-01' }, to: { golongan: 'III_C', golonganTmt: '2020-04-01' }, legalBasis: RALAT },
      });
    });
  });

  describe('correctTmt', () => {
    it('corrects the TMT and re-runs the NIP check: a warning when the NIP encodes another month, cleared when it agrees again', async () => {
      expect(await ok('correctTmt', { employeeId: 'emp-budi', tmt: '2015-03-01', legalBasis: RALAT, reason: 'Sesuai SK CPNS' })).toMatchObject({ tmt: '2015-03-01', nipWarnings: [{ field: 'tmt' }] });
      const types = (await history('emp-budi')).map((e) => e.type).slice(-2);
      expect(types).toEqual(['personnel.TmtCorrected', 'personnel.NipInconsistencyDetected']);
      expect(await ok('correctTmt', { employeeId: 'emp-budi', tmt: '2015-05-01', legalBasis: RALAT, reason: 'Ralat atas ralat' })).toMatchObject({ tmt: '2015-05-01', nipWarnings: [] });
      expect((await history('emp-budi')).pop()!.type).toBe('personnel.NipInconsistencyResolved');
    });

    it('refuses a TMT after the golongan TMT, and an impossible date', async () => {
      await refused('correctTmt', { employeeId: 'emp-budi', tmt: '2021-05-01', legalBasis: RALAT, reason: 'x' }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.GOLONGAN_TMT_BEFORE_EMPLOYMENT');
      await refused('correctTmt', { employeeId: 'emp-budi', tmt: '2015-02-30', legalBasis: RALAT, reason: 'x' }, 'BAD_USER_INPUT');
    });
  });

  describe('correctNip: the wrong NIP becomes a tombstone', () => {
    const WRONG = '199001012015031001';
    const RIGHT = '199001012015031002';

    it('refuses an invalid NIP, one registered to someone else, another instansi’s BKD — claiming nothing', async () => {
      await refused('correctNip', { employeeId: 'emp-hadi', nip: '199013012015031002', legalBasis: RALAT, reason: 'x' }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.NIP_BIRTH_DATE_INVALID');
      await refused('correctNip', { employeeId: 'emp-hadi', nip: '198609262015051001', legalBasis: RALAT, reason: 'x' }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.NIP_ALREADY_REGISTERED');
      await refused('correctNip', { employeeId: 'emp-hadi', nip: RIGHT, legalBasis: RALAT, reason: 'x' }, 'FORBIDDEN', undefined, bkdBinjai);
      expect(await api.events.readStream(`personnel-identifier-${RIGHT}`)).toEqual([]);
    });

    it('claims the new NIP and keeps the wrong one claimed by this employee', async () => {
      const input = { employeeId: 'emp-hadi', nip: RIGHT, legalBasis: RALAT, reason: 'Sesuai nota persetujuan BKN', idempotencyKey: 'ralat-nip-hadi' };
      expect(await ok('correctNip', input)).toMatchObject({ identifier: RIGHT, correctedIdentifiers: [WRONG], nipWarnings: [] });
      // A repeat writes nothing and answers the same record.
      const before = await api.events.headPosition();
      expect(await ok('correctNip', input)).toMatchObject({ identifier: RIGHT });
      expect(await api.appendedSince(before)).toEqual([]);
      const holders = async (nip: string) => (await api.events.readStream(`personnel-identifier-${nip}`)).map((e) => [e.type, e.data.owner.streamId]);
      expect(await holders(RIGHT)).toEqual([['kernel.ClaimMade', 'personnel-employee-emp-hadi']]);
      expect(await holders(WRONG)).toEqual([['kernel.ClaimMade', 'personnel-employee-emp-hadi']]);
      expect(await last('emp-hadi', 'personnel.NipCorrected')).toMatchObject({ data: { from: WRONG, to: RIGHT, identifierType: 'NIP', legalBasis: RALAT } });
    });

    it('never reissues the wrong NIP: neither to this employee nor by registration of anyone else', async () => {
      await refused('correctNip', { employeeId: 'emp-hadi', nip: WRONG, legalBasis: RALAT, reason: 'Kembali' }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.IDENTIFIER_NEVER_REUSED');
      const before = await api.events.headPosition();
      const response = await api.gql(REGISTER, { input: person('emp-other', WRONG, '1990-01-01', 'MALE', '2015-03-01', 'III_A', '2019-04-01', 'rujukan.analis') }, bkdMedan);
      expect(response.errors![0].extensions.rule).toBe('PERSONNEL.NIP_ALREADY_REGISTERED');
      expect(await api.appendedSince(before)).toEqual([]);
    });

    it('finds the record by the wrong NIP for AUDITOR and ADMIN_BKD only', async () => {
      expect((await api.ok(BY_NIP, { nip: WRONG }, auditor)).employeeByNip).toEqual({ id: 'emp-hadi', identifier: RIGHT, correctedIdentifiers: [WRONG] });
      expect((await api.ok(BY_NIP, { nip: WRONG }, bkdMedan)).employeeByNip.id).toBe('emp-hadi');
      const appraiser = await api.token('emp-kasi', { role: 'PEJABAT_PENILAI', unit: `${M}.rujukan` });
      expect(codeOf(await api.gql(BY_NIP, { nip: WRONG }, appraiser))).toBe('FORBIDDEN');
      expect((await api.ok(BY_NIP, { nip: RIGHT }, appraiser)).employeeByNip).toEqual({ id: 'emp-hadi', identifier: RIGHT, correctedIdentifiers: [] });
    });
  });

  describe('correctEmploymentType', () => {
    const NIP = '199312282019032001';
    const NI = '199312282019212001';
    const toPppk = { employeeId: 'emp-sari', employmentType: 'PPPK', identifier: NI, golongan: 'IX', legalBasis: RALAT, reason: 'Diangkat sebagai PPPK, bukan CPNS' };

    it('refuses a golongan or identifier of the old type', async () => {
      await refused('correctEmploymentType', { ...toPppk, golongan: 'III_A' }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.GOLONGAN_NOT_OF_EMPLOYMENT_TYPE');
      await refused('correctEmploymentType', { ...toPppk, identifier: '199312282019213000' }, 'DOMAIN_RULE_VIOLATION');
      await refused('correctEmploymentType', { ...toPppk, employmentType: 'PNS', identifier: NIP, golongan: 'III_A' }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.NOTHING_TO_CORRECT');
    });

    it('switches to PPPK with the NI PPPK and its golongan; the NIP stays claimed as a tombstone', async () => {
      expect(await ok('correctEmploymentType', toPppk)).toMatchObject({ employmentType: 'PPPK', identifierType: 'NI_PPPK', identifier: NI, golongan: 'IX', golonganLabel: 'IX', correctedIdentifiers: [NIP] });
      expect(await last('emp-sari', 'personnel.EmploymentTypeCorrected')).toMatchObject({
        data: { from: { employmentType: 'PNS', identifier: NIP, golongan: 'III_A' }, to: { employmentType: 'PPPK', identifierType: 'NI_PPPK', identifier: NI, golongan: 'IX' } },
      });
      const response = await api.gql(REGISTER, { input: person('emp-other', NIP, '1993-12-28', 'FEMALE', '2019-03-01', 'III_A', '2019-03-01', 'rujukan.analis') }, bkdMedan);
      expect(response.errors![0].extensions.rule).toBe('PERSONNEL.NIP_ALREADY_REGISTERED');
      // An NI PPPK is not corrected as a NIP.
      await refused('correctNip', { employeeId: 'emp-sari', nip: '199312282019032002', legalBasis: RALAT, reason: 'x' }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.NIP_CORRECTION_PNS_ONLY');
    });
  });

  describe('annulCareerAction', () => {
    const transfer = (employeeId: string, to: string) => ok('transferEmployee', { employeeId, toUnitId: `${M}.${to.split('.')[0]}`, toPositionId: `${M}.${to}`, effectiveDate: '2026-02-01', legalBasis: SK });
    const annul = (employeeId: string, eventId: string, over: Record<string, unknown> = {}) => ({ employeeId, eventId, legalBasis: RALAT, reason: 'SK dibatalkan oleh PPK', ...over });

    it('refuses what is not a standing career action', async () => {
      const [registered] = await history('emp-budi');
      await refused('annulCareerAction', annul('emp-budi', registered.eventId), 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.ANNULMENT_NOT_A_CAREER_ACTION');
      await refused('annulCareerAction', annul('emp-budi', 'no-such-event'), 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.ANNULMENT_TARGET_NOT_FOUND');
      const corrected = await last('emp-budi', 'personnel.TmtCorrected');
      await refused('annulCareerAction', annul('emp-budi', corrected.eventId), 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.ANNULMENT_NOT_A_CAREER_ACTION');
    });

    it('a transfer: back in the old post, the seat it took given back, the transfer marked in the history', async () => {
      await transfer('emp-andi', 'yankes.kabid');
      await refused('transferEmployee', { employeeId: 'emp-citra', toUnitId: `${M}.yankes`, toPositionId: `${M}.yankes.kabid`, effectiveDate: '2026-02-01', legalBasis: SK }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.POSITION_FULL');
      const moved = await last('emp-andi', 'personnel.EmployeeTransferred');
      await refused('annulCareerAction', annul('emp-andi', moved.eventId, { reason: undefined }), 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.REASON_REQUIRED');
      await refused('annulCareerAction', annul('emp-andi', moved.eventId), 'FORBIDDEN', undefined, bkdBinjai);

      const employee = await ok('annulCareerAction', annul('emp-andi', moved.eventId));
      expect(employee).toMatchObject({ unitId: `${M}.yankes`, positionId: `${M}.yankes.staf`, annulments: [{ annulledEventId: moved.eventId, annulledType: 'personnel.EmployeeTransferred', kind: 'TRANSFER', skNumber: RALAT.skNumber }] });
      const entries = await history('emp-andi');
      const annulment = entries.find((e) => e.type === 'personnel.CareerActionAnnulled')!;
      expect(entries.find((e) => e.eventId === moved.eventId)).toMatchObject({ type: 'personnel.EmployeeTransferred', annulledBy: annulment.eventId });
      expect(annulment).toMatchObject({ annulledBy: null, reason: 'SK dibatalkan oleh PPK', data: { annulled: { eventId: moved.eventId, ordinal: 1 }, effect: { kind: 'TRANSFER', vacated: { positionId: `${M}.yankes.kabid` } } } });
      // The kabid seat is free again.
      expect(await transfer('emp-citra', 'yankes.kabid')).toMatchObject({ positionId: `${M}.yankes.kabid` });
      await refused('annulCareerAction', annul('emp-andi', moved.eventId), 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.CAREER_ACTION_ALREADY_ANNULLED');
    });

    it('refuses to return someone to a post whose seat was filled since', async () => {
      await transfer('emp-eko', 'yankes.staf');
      await api.ok(REGISTER, { input: person('emp-fajar', '199203032018031001', '1992-03-03', 'MALE', '2018-03-01', 'III_A', '2018-03-01', 'yankes.perencana') }, bkdMedan);
      const moved = await last('emp-eko', 'personnel.EmployeeTransferred');
      await refused('annulCareerAction', annul('emp-eko', moved.eventId), 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.POSITION_FULL');
    });

    it('a promotion: the golongan before it; refused once a correction replaced what it set', async () => {
      const promotion = { employeeId: 'emp-budi', toGolongan: 'III_B', tmt: '2026-12-01', predikat: [{ year: 2025, predikat: 'BAIK', legalBasis: { skNumber: '800/SKP/2025/BUDI', skDate: '2026-01-08' } }, { year: 2024, predikat: 'BAIK', legalBasis: { skNumber: '800/SKP/2024/BUDI', skDate: '2025-01-08' } }], legalBasis: SK };
      await ok('promoteEmployee', promotion);
      const first = await last('emp-budi', 'personnel.EmployeePromoted');
      expect(await ok('annulCareerAction', annul('emp-budi', first.eventId))).toMatchObject({ golongan: 'III_A', golonganLabel: 'III/a', golonganTmt: '2021-04-01' });
      await ok('promoteEmployee', { ...promotion, idempotencyKey: 'kp-budi-again' });
      const second = await last('emp-budi', 'personnel.EmployeePromoted');
      await ok('correctGolongan', { employeeId: 'emp-budi', golongan: 'III_C', legalBasis: RALAT, reason: 'SK KP menyebut III/c' });
      await refused('annulCareerAction', annul('emp-budi', second.eventId), 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.ANNULMENT_BLOCKED_BY_CORRECTION');
      const marked = (await history('emp-budi')).filter((e) => e.type === 'personnel.EmployeePromoted').map((e) => e.annulledBy !== null);
      expect(marked).toEqual([true, false]);
    });

    it('a hukuman disiplin, named by eventId or revision (one of them): gone from the record', async () => {
      await ok('recordDisciplinaryAction', { employeeId: 'emp-hadi', hukdisId: 'hd-1', hukdisType: 'TEGURAN_TERTULIS', decidedAt: '2026-01-10', effectiveFrom: '2026-01-15', legalBasis: SK, description: 'Terlambat' });
      const recorded = (await history('emp-hadi')).findIndex((e) => e.type === 'personnel.DisciplinaryActionRecorded');
      await refused('annulCareerAction', { ...annul('emp-hadi', 'x'), revision: recorded }, 'BAD_USER_INPUT');
      await refused('annulCareerAction', { ...annul('emp-hadi', 'x'), eventId: undefined }, 'BAD_USER_INPUT');
      // Named by its revision in the record, as employeeHistory lists it.
      expect(await ok('annulCareerAction', { ...annul('emp-hadi', 'x'), eventId: undefined, revision: recorded })).toMatchObject({ disciplinaryActions: [], annulments: [{ kind: 'HUKDIS' }] });
    });

    it('a retirement: serving again in the post held, which takes its seat again', async () => {
      expect(await ok('retireEmployee', { employeeId: 'emp-fajar', kind: 'MENINGGAL', effectiveDate: '2026-03-01', legalBasis: SK })).toMatchObject({ status: 'BERHENTI', retirement: { kind: 'MENINGGAL' } });
      await refused('transferEmployee', { employeeId: 'emp-fajar', toUnitId: `${M}.yankes`, toPositionId: `${M}.yankes.staf`, effectiveDate: '2026-04-01', legalBasis: SK }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.EMPLOYEE_NOT_ACTIVE');
      const retired = await last('emp-fajar', 'personnel.EmployeeRetired');
      expect(await ok('annulCareerAction', annul('emp-fajar', retired.eventId, { reason: 'Laporan meninggal keliru' }))).toMatchObject({ status: 'AKTIF', retirement: null, positionId: `${M}.yankes.perencana` });
      const response = await api.gql(REGISTER, { input: person('emp-gita', '199404042019032001', '1994-04-04', 'FEMALE', '2019-03-01', 'III_A', '2019-03-01', 'yankes.perencana') }, bkdMedan);
      expect(response.errors![0].extensions.rule).toBe('PERSONNEL.POSITION_FULL');
      expect((await history('emp-fajar')).find((e) => e.eventId === retired.eventId)!.annulledBy).not.toBeNull();
    });
  });
});
