import { codeOf, GraphqlResponse, TestApi } from './harness';

/**
 * The career of employee records over GraphQL: corrections, pejabat penilai resolution, KP Reguler,
 * mutasi, Plt/Plh, hukuman disiplin, Satyalancana and retirement. Tests run in order and share the records.
 */
describe('Employee careers (GraphQL over HTTP)', () => {
  let api: TestApi;
  let root: string;
  let bkdMedan: string;
  let bkdBinjai: string;
  let auditor: string;

  const TODAY = new Date().toISOString().slice(0, 10);
  const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const SK = { skNumber: '800/123/BKPSDM/2026', skDate: '2026-06-01' };
  const APPRAISER = 'kind employeeId name positionId acting substitute title unresolved';
  const APPRAISERS = `appraisers { onDate pejabatPenilai { ${APPRAISER} } atasanPejabatPenilai { ${APPRAISER} } }`;
  const FIELDS = `id name birthDate golongan golonganLabel unitId positionId status nipWarnings { field } contacts { email phone }
    actingAssignments { assignmentId kind positionId from until endedOn }
    disciplinaryActions { hukdisId hukdisType level effectiveFrom activeUntil }
    nominations { nominationId awardClass serviceYears status decidedOn decisionReason } awards retirement { kind effectiveDate }`;

  /** Runs `name(input:)` and selects `position duplicate employee { FIELDS }`. */
  function mutate(name: string, input: Record<string, unknown>, token = bkdMedan): Promise<GraphqlResponse> {
    const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
    return api.gql(`mutation($input: ${type}!) { ${name}(input: $input) { position duplicate employee { ${FIELDS} } } }`, { input }, token);
  }

  async function ok(name: string, input: Record<string, unknown>, token = bkdMedan) {
    const response = await mutate(name, input, token);
    if (response.errors?.length) throw new Error(`${name}: ${JSON.stringify(response.errors, null, 2)}`);
    return response.data![name].employee;
  }

  /** The mutation failed with `code` (and `rule`), and the log did not grow. */
  async function refused(name: string, input: Record<string, unknown>, code: string, rule?: string, token = bkdMedan) {
    const before = await api.events.headPosition();
    const response = await mutate(name, input, token);
    expect(codeOf(response)).toBe(code);
    if (rule) expect(response.errors![0].extensions.rule).toBe(rule);
    expect(await api.appendedSince(before)).toEqual([]);
    return response;
  }

  const rules = (response: GraphqlResponse) => (response.errors![0].extensions.violations as { rule: string }[]).map((v) => v.rule);

  async function appraisersOf(id: string) {
    return (await api.ok(`query($id: ID!) { employee(id: $id) { ${APPRAISERS} } }`, { id }, auditor)).employee.appraisers;
  }

  async function history(id: string) {
    return (await api.ok('query($id: ID!) { employeeHistory(id: $id) { type reason actor { id } data } }', { id }, auditor)).employeeHistory;
  }

  beforeAll(async () => {
    api = await TestApi.start();
    root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    bkdMedan = await api.token('bkd-medan', { role: 'ADMIN_BKD', unit: 'kota-medan' });
    bkdBinjai = await api.token('bkd-binjai', { role: 'ADMIN_BKD', unit: 'kota-binjai' });
    auditor = await api.token('auditor-1', { role: 'AUDITOR', unit: '*' });
    await buildTree();
    await registerStaff();
  });
  afterAll(() => api.close());

  /** Kota Medan: Dinkes (Kadis, Perencana) › Bidang Yankes (Kabid, Staf) › Seksi Rujukan (Kasi, Analis). */
  async function buildTree() {
    await api.ok('mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { position } }', { input: { instansiId: 'kota-medan', name: 'Pemerintah Kota Medan', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, root);
    for (const [parentUnitId, code, name, kind] of [[null, 'DINKES', 'Dinas Kesehatan', 'OPD'], ['kota-medan.dinkes', 'YANKES', 'Bidang Yankes', 'BIDANG'], ['kota-medan.yankes', 'RUJUKAN', 'Seksi Rujukan', 'SEKSI']]) {
      await api.ok('mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }', { input: { instansiId: 'kota-medan', parentUnitId, code, name, kind } }, bkdMedan);
    }
    const positions = [
      ['kota-medan.dinkes', 'KADIS', 'JPT_PRATAMA', true],
      ['kota-medan.dinkes', 'PERENCANA', 'PELAKSANA', false],
      ['kota-medan.yankes', 'KABID', 'ADMINISTRATOR', true],
      ['kota-medan.yankes', 'STAF', 'PELAKSANA', false],
      ['kota-medan.rujukan', 'KASI', 'PENGAWAS', true],
      ['kota-medan.rujukan', 'ANALIS', 'PELAKSANA', false],
    ];
    for (const [unitId, code, jenisJabatan, isUnitHead] of positions) {
      await api.ok('mutation($input: CreatePositionInput!) { createPosition(input: $input) { position } }', { input: { unitId, code, name: `Jabatan ${code}`, jenisJabatan, isUnitHead } }, bkdMedan);
    }
  }

  async function registerStaff() {
    const staff = [
      ['emp-budi', '198609262015051001', 'Budi Santoso', '1986-09-26', 'MALE', '2015-05-01', 'III_A', '2021-04-01', 'S1', 'rujukan.analis'],
      ['emp-kasi', '198003152005012002', 'Sari Lubis', '1980-03-15', 'FEMALE', '2005-01-01', 'III_D', '2019-04-01', 'S1', 'rujukan.kasi'],
      ['emp-kabid', '197505202000031003', 'Ahmad Nasution', '1975-05-20', 'MALE', '2000-03-01', 'IV_A', '2018-04-01', 'S2', 'yankes.kabid'],
      ['emp-kadis', '197001011995031001', 'Hj. Ratna Siregar', '1970-01-01', 'MALE', '1995-03-01', 'IV_C', '2020-04-01', 'S2', 'dinkes.kadis'],
      ['emp-andi', '199002142016031004', 'Andi Harahap', '1990-02-14', 'MALE', '2016-03-01', 'III_C', '2022-04-01', 'S1', 'yankes.staf'],
    ];
    for (const [employeeId, identifier, name, birthDate, sex, tmt, golongan, golonganTmt, education, place] of staff) {
      const [unit] = place.split('.');
      const input = { employeeId, employmentType: 'PNS', identifier, name, birthDate, sex, tmt, golongan, golonganTmt, education, unitId: `kota-medan.${unit}`, positionId: `kota-medan.${place}` };
      await api.ok('mutation($input: RegisterEmployeeInput!) { registerEmployee(input: $input) { position } }', { input }, bkdMedan);
    }
  }

  describe('correctEmployeeData', () => {
    it('corrects only the fields given, records old → new with the reason, and answers the record', async () => {
      const employee = await ok('correctEmployeeData', { employeeId: 'emp-budi', name: 'Budi Santoso, S.E.', contacts: { phone: '0812 1111 2222' }, legalBasis: SK, reason: 'Gelar dan nomor HP baru' });
      expect(employee).toMatchObject({ name: 'Budi Santoso, S.E.', birthDate: '1986-09-26', contacts: { email: null, phone: '0812 1111 2222' } });
      const [, corrected] = await history('emp-budi');
      expect(corrected).toMatchObject({ type: 'personnel.EmployeeDataCorrected', reason: 'Gelar dan nomor HP baru', actor: { id: 'bkd-medan' } });
      expect(corrected.data.changes).toEqual([
        { field: 'name', from: 'Budi Santoso', to: 'Budi Santoso, S.E.' },
        { field: 'contacts', from: { email: null, phone: null }, to: { email: null, phone: '0812 1111 2222' } },
      ]);
    });

    it('warns when a correction makes the record disagree with the NIP, and clears the warning when it agrees again', async () => {
      expect((await ok('correctEmployeeData', { employeeId: 'emp-budi', birthDate: '1986-09-25', legalBasis: SK, reason: 'Akta' })).nipWarnings).toEqual([{ field: 'birthDate' }]);
      expect((await ok('correctEmployeeData', { employeeId: 'emp-budi', birthDate: '1986-09-26', legalBasis: SK, reason: 'Akta benar' })).nipWarnings).toEqual([]);
    });

    it('needs a reason and a change; refuses bad input', async () => {
      await refused('correctEmployeeData', { employeeId: 'emp-budi', name: 'X Y', legalBasis: SK }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.REASON_REQUIRED');
      await refused('correctEmployeeData', { employeeId: 'emp-budi', name: 'Budi Santoso, S.E.', legalBasis: SK, reason: 'Sama' }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.NOTHING_TO_CORRECT');
      await refused('correctEmployeeData', { employeeId: 'emp-budi', birthDate: '26-09-1986', legalBasis: SK, reason: 'x' }, 'BAD_USER_INPUT');
      await refused('correctEmployeeData', { employeeId: 'emp-budi', name: 'X Y', legalBasis: { skNumber: 'SK 1' }, reason: 'x' }, 'BAD_USER_INPUT');
    });
  });

  describe('pejabat penilai and KP Reguler', () => {
    it('resolves the pejabat penilai and atasan from the tree and the holders', async () => {
      const appraisers = await appraisersOf('emp-budi');
      expect(appraisers).toMatchObject({
        onDate: TODAY,
        pejabatPenilai: { kind: 'UNIT_HEAD', employeeId: 'emp-kasi', name: 'Sari Lubis', positionId: 'kota-medan.rujukan.kasi', acting: null, substitute: false },
        atasanPejabatPenilai: { kind: 'UNIT_HEAD', employeeId: 'emp-kabid', name: 'Ahmad Nasution', positionId: 'kota-medan.yankes.kabid' },
      });
      expect((await appraisersOf('emp-kadis')).pejabatPenilai).toMatchObject({ kind: 'KEPALA_DAERAH', title: 'Wali Kota', employeeId: null });
    });

    const SKP_2025 = { skNumber: '800/SKP/2025/0211', skDate: '2026-01-09' };
    const SKP_2024 = { skNumber: '800/SKP/2024/0187', skDate: '2025-01-08' };
    const promotion = { employeeId: 'emp-budi', toGolongan: 'III_B', tmt: '2026-12-01', predikat: [{ year: 2025, predikat: 'BAIK', legalBasis: SKP_2025 }, { year: 2024, predikat: 'SANGAT_BAIK', legalBasis: SKP_2024 }], legalBasis: SK };

    it('refuses a promotion naming each unmet rule', async () => {
      const response = await refused('promoteEmployee', { ...promotion, toGolongan: 'III_C', tmt: '2026-12-15', predikat: [{ year: 2025, predikat: 'BUTUH_PERBAIKAN', legalBasis: SKP_2025 }] }, 'DOMAIN_RULE_VIOLATION');
      expect(rules(response)).toEqual(['PERSONNEL.KP_TMT_NOT_FIRST_OF_MONTH', 'PERSONNEL.KP_NOT_NEXT_GOLONGAN', 'PERSONNEL.KP_PREDIKAT_BELOW_BAIK']);
      expect(response.errors![0].message).toContain('2024: predikat tahun ini tidak diberikan (yang diberikan: tahun 2025)');
      const aboveSuperior = await refused('promoteEmployee', { ...promotion, superiorGolongan: 'II_D' }, 'DOMAIN_RULE_VIOLATION');
      expect(rules(aboveSuperior)).toEqual(['PERSONNEL.KP_ABOVE_SUPERIOR']);
    });

    it('promotes with the pejabat penilai’s golongan as the superior’s, and records it', async () => {
      const employee = await ok('promoteEmployee', promotion);
      expect(employee).toMatchObject({ golongan: 'III_B', golonganLabel: 'III/b' });
      const promoted = (await history('emp-budi')).find((e: { type: string }) => e.type === 'personnel.EmployeePromoted');
      expect(promoted.data).toMatchObject({ from: 'III_A', to: 'III_B', superiorGolongan: 'III_D', predikat: [{ year: 2025, predikat: 'BAIK', source: 'RECORDED_INPUT', legalBasis: SKP_2025 }, { year: 2024, predikat: 'SANGAT_BAIK', source: 'RECORDED_INPUT', legalBasis: SKP_2024 }] });
    });

    it('refuses bad promotion input', async () => {
      await refused('promoteEmployee', { ...promotion, toGolongan: 'III/b' }, 'BAD_USER_INPUT');
      await refused('promoteEmployee', { ...promotion, predikat: [{ year: 2025, predikat: 'GOOD' }] }, 'BAD_USER_INPUT');
    });
  });

  describe('mutasi and Plt/Plh', () => {
    it('transfers the Kasi; her seksi is then vacant for the analis’ appraisal', async () => {
      await refused('transferEmployee', { employeeId: 'emp-kasi', toUnitId: 'kota-medan.dinkes', toPositionId: 'kota-medan.yankes.staf', effectiveDate: TODAY, legalBasis: SK }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.POSITION_NOT_IN_UNIT');
      await refused('transferEmployee', { employeeId: 'emp-kasi', toUnitId: 'kota-medan.dinkes', toPositionId: 'kota-medan.dinkes.perencana', effectiveDate: TODAY, legalBasis: SK }, 'FORBIDDEN', undefined, bkdBinjai);
      const employee = await ok('transferEmployee', { employeeId: 'emp-kasi', toUnitId: 'kota-medan.dinkes', toPositionId: 'kota-medan.dinkes.perencana', effectiveDate: TODAY, legalBasis: SK });
      expect(employee).toMatchObject({ unitId: 'kota-medan.dinkes', positionId: 'kota-medan.dinkes.perencana' });
      expect((await appraisersOf('emp-budi')).pejabatPenilai).toMatchObject({ kind: 'UNIT_HEAD', positionId: 'kota-medan.rujukan.kasi', employeeId: null, name: null });
    });

    it('a promotion under a vacant head cannot show the superior’s golongan, and says so', async () => {
      const input = { employeeId: 'emp-budi', toGolongan: 'III_C', tmt: '2027-01-01', predikat: [{ year: 2026, predikat: 'BAIK', legalBasis: SK }, { year: 2025, predikat: 'BAIK', legalBasis: SK }], legalBasis: SK };
      const response = await refused('promoteEmployee', input, 'DOMAIN_RULE_VIOLATION');
      expect(rules(response)).toEqual(['PERSONNEL.KP_MIN_YEARS_IN_PANGKAT', 'PERSONNEL.KP_ABOVE_SUPERIOR']);
      expect(response.errors![0].message).toContain('Golongan atasan langsung tidak diketahui');
    });

    it('makes Andi Plt of the vacant Kasi post; the analis is then appraised by the Plt', async () => {
      const input = { employeeId: 'emp-andi', assignmentId: 'plt-kasi-1', kind: 'PLT', unitId: 'kota-medan.rujukan', positionId: 'kota-medan.rujukan.kasi', from: TODAY, until: daysFromToday(60), legalBasis: SK };
      await refused('startActingAssignment', { ...input, unitId: 'kota-medan.yankes' }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.POSITION_NOT_IN_UNIT');
      await refused('startActingAssignment', { ...input, kind: 'ACTING' }, 'BAD_USER_INPUT');
      const employee = await ok('startActingAssignment', input);
      expect(employee.actingAssignments).toEqual([{ assignmentId: 'plt-kasi-1', kind: 'PLT', positionId: 'kota-medan.rujukan.kasi', from: TODAY, until: daysFromToday(60), endedOn: null }]);
      expect((await appraisersOf('emp-budi')).pejabatPenilai).toMatchObject({ employeeId: 'emp-andi', name: 'Andi Harahap', acting: 'PLT' });
    });

    it('ends the Plt term with a reason; the post is vacant again', async () => {
      await refused('endActingAssignment', { employeeId: 'emp-andi', assignmentId: 'plt-kasi-1', endedOn: TODAY }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.REASON_REQUIRED');
      const employee = await ok('endActingAssignment', { employeeId: 'emp-andi', assignmentId: 'plt-kasi-1', endedOn: TODAY, reason: 'Kasi definitif dilantik' });
      expect(employee.actingAssignments[0].endedOn).toBe(TODAY);
      const onTomorrow = await api.ok(`query($id: ID!, $d: String) { employee(id: $id) { appraisers(onDate: $d) { pejabatPenilai { employeeId } } } }`, { id: 'emp-budi', d: daysFromToday(1) }, auditor);
      expect(onTomorrow.employee.appraisers.pejabatPenilai.employeeId).toBeNull();
    });
  });

  describe('hukuman disiplin and Satyalancana Karya Satya', () => {
    it('records a hukuman disiplin with its active period', async () => {
      const employee = await ok('recordDisciplinaryAction', { employeeId: 'emp-budi', hukdisId: 'hd-1', hukdisType: 'POTONG_TUKIN_25_6BLN', decidedAt: '2026-01-10', effectiveFrom: '2026-01-15', legalBasis: SK, description: 'Pungutan di luar ketentuan' });
      expect(employee.disciplinaryActions).toEqual([{ hukdisId: 'hd-1', hukdisType: 'POTONG_TUKIN_25_6BLN', level: 'SEDANG', effectiveFrom: '2026-01-15', activeUntil: '2026-07-15' }]);
    });

    it('does not propose Satyalancana for a record with a SEDANG hukdis, naming why', async () => {
      await refused('proposeAward', { employeeId: 'emp-budi', asOf: '2026-06-01' }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.AWARD_DISQUALIFIED_BY_HUKDIS');
    });

    it('proposes the class earned (the system decides eligibility), and a person confirms it', async () => {
      const proposed = await ok('proposeAward', { employeeId: 'emp-kadis', nominationId: 'nom-kadis', asOf: '2026-06-01' });
      expect(proposed.nominations).toEqual([{ nominationId: 'nom-kadis', awardClass: 'XXX', serviceYears: 31, status: 'PENDING', decidedOn: null, decisionReason: null }]);
      await refused('confirmAward', { employeeId: 'emp-kadis', nominationId: 'nom-kadis', decidedOn: '2026-08-17' }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.REASON_REQUIRED');
      const confirmed = await ok('confirmAward', { employeeId: 'emp-kadis', nominationId: 'nom-kadis', decidedOn: '2026-08-17', reason: 'Keppres Satyalancana 2026' });
      expect(confirmed).toMatchObject({ awards: ['XXX'], nominations: [{ status: 'CONFIRMED', decidedOn: '2026-08-17', decisionReason: 'Keppres Satyalancana 2026' }] });
    });

    it('lets a person reject a nomination', async () => {
      const proposed = await ok('proposeAward', { employeeId: 'emp-kabid', asOf: '2026-06-01' });
      const [nomination] = proposed.nominations;
      expect(nomination).toMatchObject({ awardClass: 'XX', serviceYears: 26, status: 'PENDING' });
      const rejected = await ok('rejectAward', { employeeId: 'emp-kabid', nominationId: nomination.nominationId, decidedOn: '2026-08-17', reason: 'Pernah CLTN' });
      expect(rejected).toMatchObject({ awards: [], nominations: [{ status: 'REJECTED', decisionReason: 'Pernah CLTN' }] });
    });
  });

  describe('retirement and the edges every mutation shares', () => {
    it('retires the Kadis; the record stays, and serving-only commands are refused after', async () => {
      // Born 1 Jan 1970 in a JPT Pratama post: BUP 60, so pensiun BUP only from 1 Feb 2030; at 56 with 31 years of service, APS.
      const early = await refused('retireEmployee', { employeeId: 'emp-kadis', kind: 'PENSIUN_BUP', effectiveDate: '2026-12-01', legalBasis: SK }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.BUP_NOT_REACHED');
      expect(early.errors![0].message).toContain('BUP 60 tahun untuk JPT_PRATAMA');
      expect(early.errors![0].message).toContain('pensiun TMT 2030-02-01');
      const employee = await ok('retireEmployee', { employeeId: 'emp-kadis', kind: 'PENSIUN_APS', effectiveDate: '2026-12-01', legalBasis: SK });
      expect(employee).toMatchObject({ status: 'PENSIUN', retirement: { kind: 'PENSIUN_APS', effectiveDate: '2026-12-01' }, awards: ['XXX'] });
      await refused('recordDisciplinaryAction', { employeeId: 'emp-kadis', hukdisType: 'TEGURAN_LISAN', decidedAt: '2026-12-10', effectiveFrom: '2026-12-10', legalBasis: SK, description: 'x' }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.EMPLOYEE_NOT_ACTIVE');
      await refused('retireEmployee', { employeeId: 'emp-andi', kind: 'KONTRAK_BERAKHIR', effectiveDate: '2026-12-01', legalBasis: SK }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.RETIREMENT_KIND_NOT_FOR_EMPLOYMENT_TYPE');
    });

    it('refuses roles that may not change records: another instansi’s BKD, auditors, appraisers, employees', async () => {
      const input = { employeeId: 'emp-andi', hukdisType: 'TEGURAN_LISAN', decidedAt: '2026-02-01', effectiveFrom: '2026-02-01', legalBasis: SK, description: 'Terlambat' };
      await refused('recordDisciplinaryAction', input, 'FORBIDDEN', undefined, bkdBinjai);
      await refused('recordDisciplinaryAction', input, 'FORBIDDEN', undefined, auditor);
      await refused('recordDisciplinaryAction', input, 'FORBIDDEN', undefined, await api.token('emp-kabid', { role: 'PEJABAT_PENILAI', unit: 'kota-medan.yankes' }));
      await refused('proposeAward', { employeeId: 'emp-andi' }, 'FORBIDDEN', undefined, await api.token('emp-andi', { role: 'EMPLOYEE' }));
    });

    it('answers an unknown record FORBIDDEN to an instansi BKD, and by the rule to a system-wide one', async () => {
      await refused('proposeAward', { employeeId: 'emp-nobody' }, 'FORBIDDEN');
      await refused('proposeAward', { employeeId: 'emp-nobody' }, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.EMPLOYEE_NOT_FOUND', root);
    });

    it('writes once for a repeated idempotency key', async () => {
      const input = { employeeId: 'emp-andi', hukdisType: 'TEGURAN_LISAN', decidedAt: '2026-02-01', effectiveFrom: '2026-02-01', legalBasis: SK, description: 'Terlambat', idempotencyKey: 'hukdis-andi-2026-02' };
      const before = (await api.events.readStream('personnel-employee-emp-andi')).length;
      const first = await mutate('recordDisciplinaryAction', input);
      const second = await mutate('recordDisciplinaryAction', input);
      expect(await api.events.readStream('personnel-employee-emp-andi')).toHaveLength(before + 1);
      expect(second.data!.recordDisciplinaryAction).toMatchObject({ duplicate: true, position: first.data!.recordDisciplinaryAction.position });
      expect(second.data!.recordDisciplinaryAction.employee.disciplinaryActions).toHaveLength(1);
    });
  });
});
