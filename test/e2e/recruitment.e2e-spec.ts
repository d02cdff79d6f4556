import { codeOf, GraphqlResponse, TestApi } from './harness';

/**
 * Recruitment over GraphQL: one CPNS round of Kota Medan, driven from opening to appointment, plus the
 * edge cases every mutation shares (bad input, rules, roles, idempotency). Tests run in order and
 * share the round.
 */
describe('Recruitment: a transparent CPNS selection round (GraphQL over HTTP)', () => {
  let api: TestApi;
  let admin: string;
  let auditor: string;
  const ROUND = 'cpns-medan-2024';

  const ROUND_FIELDS = `id instansiId status applicantCount resultCount flagCount
    skdReference { id version legalBasis thresholds { twk tiu tkp } maxima { total } }
    formasi { formasiId quota applicantCount resultCount passedCount appointedCount }
    panel { memberId role recusals { applicantId basis relation } flags { applicantId relation source actedOnApplicant } }
    appointments { applicantId nip employeeId employeeRegistration { status rule } }`;
  const APPLICANT_FIELDS = `id registrationNumber name nikMasked rankingStatus rank skdResult { total passedAll importBatchId } recusedMemberIds flaggedMemberIds appointment { nip employeeId }`;
  const BOARD_FIELDS = `roundId status policyId tieBreaks skdReference { id thresholds { twk tiu tkp } }
    formasi { formasiId quota jabatanName entries { order rank registrationNumber initials status total scores { twk tiu tkp } explanation } }`;

  /** Runs `name(input:)` and selects `position duplicate` plus `selection`. */
  function mutate(name: string, input: Record<string, unknown>, selection: string, token = admin): Promise<GraphqlResponse> {
    const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
    return api.gql(`mutation($input: ${type}!) { ${name}(input: $input) { position duplicate ${selection} } }`, { input }, token);
  }

  async function ok(name: string, input: Record<string, unknown>, selection = `selectionRound { ${ROUND_FIELDS} }`, token = admin) {
    const response = await mutate(name, input, selection, token);
    if (response.errors?.length) throw new Error(`${name}: ${JSON.stringify(response.errors, null, 2)}`);
    return response.data![name];
  }

  /** The response failed with `code` (and `rule`), and the log did not grow. */
  async function expectRefused(attempt: () => Promise<GraphqlResponse>, code: string, rule?: string) {
    const before = await api.events.headPosition();
    const response = await attempt();
    expect(codeOf(response)).toBe(code);
    if (rule) expect(response.errors![0].extensions.rule).toBe(rule);
    expect(await api.appendedSince(before)).toEqual([]);
    return response;
  }

  const applicants = {
    A1: { applicantId: 'A1', formasiId: 'F-PRAKOM', nik: '1275015705980001', name: 'Rina Siregar', birthDate: '1998-05-17', educationLevel: 'S1', educationMajor: 'Teknik Informatika' },
    A2: { applicantId: 'A2', formasiId: 'F-PRAKOM', nik: '1275010101970002', name: 'Budi Harahap', birthDate: '1997-01-01', educationLevel: 'S1', educationMajor: 'Teknik Informatika' },
    A3: { applicantId: 'A3', formasiId: 'F-PRAKOM', nik: '1275014203990003', name: 'Siti Nasution', birthDate: '1999-03-02', educationLevel: 'S1', educationMajor: 'teknik informatika' },
    A4: { applicantId: 'A4', formasiId: 'F-PERAWAT', nik: '1271011212960004', name: 'Andi Lubis', birthDate: '1996-12-12', educationLevel: 'D_III', educationMajor: 'Keperawatan' },
  };

  beforeAll(async () => {
    api = await TestApi.start();
    admin = await api.token('bkd-medan-1', { role: 'ADMIN_BKD', unit: 'kota-medan' });
    auditor = await api.token('auditor-1', { role: 'AUDITOR', unit: '*' });
    await createFormasiPlaces();
  });

  /** The unit and position of the formasi that gets appointed: the employee record checks they exist. */
  async function createFormasiPlaces() {
    const root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    const instansi = { instansiId: 'kota-medan', name: 'Pemerintah Kota Medan', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' };
    await api.ok('mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { position } }', { input: instansi }, root);
    const unit = { instansiId: 'kota-medan', code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', kind: 'OPD' };
    await api.ok('mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }', { input: unit }, admin);
    await api.ok('mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }', { input: { ...unit, code: 'DINKES', name: 'Dinas Kesehatan' } }, admin);
    const positions = [
      { unitId: 'kota-medan.diskominfo', code: 'PRAKOM', name: 'Pranata Komputer Ahli Pertama', jenisJabatan: 'JF_AHLI_PERTAMA', capacity: 3 },
      { unitId: 'kota-medan.diskominfo', code: 'ANALIS-KEBIJAKAN', name: 'Analis Kebijakan Ahli Pertama', jenisJabatan: 'JF_AHLI_PERTAMA', capacity: 4 },
      { unitId: 'kota-medan.dinkes', code: 'PERAWAT', name: 'Perawat Terampil', jenisJabatan: 'JF_TERAMPIL' },
      { unitId: 'kota-medan.dinkes', code: 'KADIS', name: 'Kepala Dinas Kesehatan', jenisJabatan: 'JPT_PRATAMA', isUnitHead: true },
    ];
    for (const position of positions) await api.ok('mutation($input: CreatePositionInput!) { createPosition(input: $input) { position } }', { input: position }, admin);
  }
  afterAll(() => api.close());

  it('opens a round with the SKD 2024 reference, offers formasi and registers applicants', async () => {
    const opened = await ok('openSelectionRound', { roundId: ROUND, instansiId: 'kota-medan', year: 2024, name: 'Seleksi CPNS Kota Medan 2024', skdReferenceId: 'SKD-2024' });
    expect(opened.selectionRound).toMatchObject({
      id: ROUND,
      status: 'REGISTRATION_OPEN',
      skdReference: { id: 'SKD-2024', version: 1, legalBasis: 'KepmenPANRB 321/2024', thresholds: { twk: 65, tiu: 80, tkp: 166 }, maxima: { total: 550 } },
    });
    expect(opened.position).toBeGreaterThan(0);

    const formasi = { roundId: ROUND, unitId: 'kota-medan.diskominfo', positionId: 'kota-medan.diskominfo.prakom', jabatanName: 'Pranata Komputer Ahli Pertama' };
    // A formasi is a vacancy of the round's instansi, in a post of that unit, within its vacant seats.
    const prakom = { ...formasi, formasiId: 'F-PRAKOM', educationLevel: 'S1', educationMajors: ['Teknik Informatika'] };
    const tooMany = await expectRefused(() => mutate('addFormasi', { ...prakom, quota: 4 }, 'position'), 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.FORMASI_QUOTA_EXCEEDS_VACANCY');
    expect(tooMany.errors![0].message).toMatch(/kapasitas 3, terisi 0, sisa 3/);
    await expectRefused(() => mutate('addFormasi', { ...prakom, positionId: 'kota-medan.diskominfo.nope', quota: 1 }, 'position'), 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.POSITION_NOT_FOUND');
    await expectRefused(() => mutate('addFormasi', { ...prakom, unitId: 'kota-medan.dinkes', quota: 1 }, 'position'), 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.POSITION_NOT_IN_UNIT');
    await ok('addFormasi', { ...prakom, quota: 1 });
    const perawat = { roundId: ROUND, formasiId: 'F-PERAWAT', unitId: 'kota-medan.dinkes', positionId: 'kota-medan.dinkes.perawat', jabatanName: 'Perawat Terampil', quota: 1, educationLevel: 'D_III' };
    await expectRefused(() => mutate('addFormasi', perawat, 'position'), 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.FORMASI_CAPACITY_UNRECORDED');
    const capacity = { positionId: 'kota-medan.dinkes.perawat', capacity: 6, legalBasis: { skNumber: '800/44/BKPSDM/2024', skDate: '2024-08-01' } };
    const set = await api.ok('mutation($input: SetPositionCapacityInput!) { setPositionCapacity(input: $input) { orgUnit { positions { positionId capacity } } } }', { input: capacity }, admin);
    expect(set.setPositionCapacity.orgUnit.positions).toContainEqual({ positionId: 'kota-medan.dinkes.perawat', capacity: 6 });
    const added = await ok('addFormasi', perawat);
    expect(added.selectionRound.formasi.map((f: { formasiId: string; quota: number }) => [f.formasiId, f.quota])).toEqual([
      ['F-PRAKOM', 1],
      ['F-PERAWAT', 1],
    ]);

    for (const applicant of Object.values(applicants)) {
      const registered = await ok('registerApplicant', { roundId: ROUND, ...applicant }, `applicant { ${APPLICANT_FIELDS} }`);
      expect(registered.applicant).toMatchObject({ id: applicant.applicantId, name: applicant.name, rankingStatus: null });
      expect(registered.applicant.nikMasked).toBe(`${applicant.nik.slice(0, 4)}**********${applicant.nik.slice(-2)}`);
    }
  });

  it('keeps the NIK out of the event log', async () => {
    const events = await api.events.readStream(`personnel-selection-round-${ROUND}`);
    const log = JSON.stringify(events);
    for (const { nik } of Object.values(applicants)) expect(log).not.toContain(nik);
  });

  it('appoints the panel, recuses a member on a declared conflict and flags an undeclared one', async () => {
    await ok('appointPanelMember', { roundId: ROUND, memberId: 'M1', name: 'Dra. Hotmaida', role: 'KETUA', employeeId: 'emp-hotmaida' });
    await ok('appointPanelMember', { roundId: ROUND, memberId: 'M2', name: 'Ir. Syahrial', role: 'ANGGOTA' });
    await expectRefused(
      () => mutate('appointPanelMember', { roundId: ROUND, memberId: 'M3', name: 'Drs. Kedua', role: 'KETUA' }, 'position'),
      'DOMAIN_RULE_VIOLATION',
      'PERSONNEL.PANEL_KETUA_ALREADY_APPOINTED',
    );
    await ok('declareConflictOfInterest', { roundId: ROUND, memberId: 'M1', applicantId: 'A2', relation: 'SUAMI_ISTRI' });
    const flagged = await ok('recordKnownRelation', { roundId: ROUND, memberId: 'M2', applicantId: 'A3', relation: 'KELUARGA_SEDARAH', source: 'AUDITOR', note: 'KK (family card) match' });
    const [m1, m2] = flagged.selectionRound.panel;
    expect(m1.recusals).toEqual([{ applicantId: 'A2', basis: 'DECLARED', relation: 'SUAMI_ISTRI' }]);
    expect(m2.recusals).toEqual([{ applicantId: 'A3', basis: 'KNOWN_RELATION', relation: 'KELUARGA_SEDARAH' }]);
    expect(m2.flags).toEqual([{ applicantId: 'A3', relation: 'KELUARGA_SEDARAH', source: 'AUDITOR', actedOnApplicant: false }]);
    expect(flagged.selectionRound.flagCount).toBe(1);
  });

  it('refuses SKD results while registration is open, then closes registration', async () => {
    const result = { roundId: ROUND, applicantId: 'A1', twk: 100, tiu: 110, tkp: 180, source: 'BKN_CAT_IMPORT', importBatchId: 'CAT-MDN-2024-11-01', recordedByMemberId: 'M1' };
    await expectRefused(() => mutate('recordSkdResult', result, 'applicant { id }'), 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.REGISTRATION_NOT_CLOSED');
    const closed = await ok('closeRegistration', { roundId: ROUND });
    expect(closed.selectionRound).toMatchObject({ status: 'REGISTRATION_CLOSED', applicantCount: 4 });
  });

  it('imports SKD results from BKN CAT, never by a recused member nor by hand', async () => {
    const batch = { roundId: ROUND, source: 'BKN_CAT_IMPORT', importBatchId: 'CAT-MDN-2024-11-01' };
    await expectRefused(
      () => mutate('recordSkdResult', { ...batch, applicantId: 'A2', twk: 105, tiu: 110, tkp: 175, recordedByMemberId: 'M1' }, 'applicant { id }'),
      'DOMAIN_RULE_VIOLATION',
      'PERSONNEL.PANEL_MEMBER_RECUSED',
    );
    const manual = await expectRefused(
      () => mutate('recordSkdResult', { ...batch, applicantId: 'A1', twk: 155, tiu: 110, tkp: 180, recordedByMemberId: 'M1', source: 'MANUAL_ENTRY' }, 'applicant { id }'),
      'DOMAIN_RULE_VIOLATION',
      'PERSONNEL.SKD_RESULT_NOT_IMPORTED',
    );
    expect(manual.errors![0].extensions.violations).toEqual([
      { rule: 'PERSONNEL.SKD_RESULT_NOT_IMPORTED', message: expect.any(String) },
      { rule: 'PERSONNEL.SKD_SCORE_OUT_OF_RANGE', message: 'Nilai TWK 155 di luar rentang 0–150 (SKD-2024)' },
    ]);

    const a1 = await ok('recordSkdResult', { ...batch, applicantId: 'A1', twk: 100, tiu: 110, tkp: 180, recordedByMemberId: 'M1' }, `applicant { ${APPLICANT_FIELDS} }`);
    expect(a1.applicant.skdResult).toEqual({ total: 390, passedAll: true, importBatchId: 'CAT-MDN-2024-11-01' });
    await ok('recordSkdResult', { ...batch, applicantId: 'A2', twk: 105, tiu: 110, tkp: 175, recordedByMemberId: 'M2' }, 'applicant { id }');
    await ok('recordSkdResult', { ...batch, applicantId: 'A3', twk: 60, tiu: 150, tkp: 200, recordedByMemberId: 'M1' }, 'applicant { id }');
    await ok('recordSkdResult', { ...batch, applicantId: 'A4', twk: 90, tiu: 100, tkp: 170, recordedByMemberId: 'M1' }, 'applicant { id }');
  });

  it('has no public board before the ranking is published', async () => {
    expect(codeOf(await api.gql('query($id: ID!) { selectionRanking(roundId: $id) { roundId } }', { id: ROUND }))).toBe('NOT_FOUND');
  });

  it('publishes a deterministic ranking with tie-breaks explained, then announces it', async () => {
    const published = await ok('publishRanking', { roundId: ROUND }, `ranking { ${BOARD_FIELDS} }`);
    expect(published.ranking).toMatchObject({
      roundId: ROUND,
      status: 'PUBLISHED',
      policyId: 'SKD-RANKING-V1',
      tieBreaks: ['TOTAL_DESC', 'TKP_DESC', 'TIU_DESC', 'TWK_DESC', 'REGISTRATION_ORDER_ASC'],
    });
    const [prakom, perawat] = published.ranking.formasi;
    expect(prakom.entries.map((e: Record<string, unknown>) => [e.order, e.rank, e.registrationNumber, e.initials, e.status, e.total])).toEqual([
      [1, 1, '00001', 'R.S.', 'LULUS', 390],
      [2, 2, '00002', 'B.H.', 'LULUS_CADANGAN', 390],
      [3, null, '00003', 'S.N.', 'TIDAK_LULUS', 410],
    ]);
    expect(prakom.entries[0].explanation).toContain('Tie on total 390 with 00002 (ranked below) broken by TKP 180 > 175.');
    expect(prakom.entries[2].explanation).toContain('TWK 60 < 65');
    expect(perawat.entries).toMatchObject([{ rank: 1, status: 'LULUS', registrationNumber: '00004' }]);

    const announced = await ok('announceResults', { roundId: ROUND });
    expect(announced.selectionRound.status).toBe('ANNOUNCED');
  });

  it('shows the public (anonymous) ranking with masked identities only', async () => {
    const response = await api.gql(`query($id: ID!) { selectionRanking(roundId: $id) { ${BOARD_FIELDS} } }`, { id: ROUND });
    expect(response.errors).toBeUndefined();
    expect(response.data.selectionRanking.status).toBe('ANNOUNCED');
    const text = JSON.stringify(response);
    for (const a of Object.values(applicants)) {
      for (const secret of [a.name, a.nik, a.birthDate, a.nik.slice(0, 4), `"${a.applicantId}"`]) expect(text).not.toContain(secret);
    }
    // The public type has no field that could carry identity.
    const probe = await api.gql(`query($id: ID!) { selectionRanking(roundId: $id) { formasi { entries { name } } } }`, { id: ROUND });
    expect(codeOf(probe)).toBe('BAD_USER_INPUT');
  });

  it('appoints a LULUS applicant and records what became of the employee registration', async () => {
    await expectRefused(
      () => mutate('appointApplicant', { roundId: ROUND, applicantId: 'A2', nip: '199701012025031001', tmtCpns: '2025-03-01', golongan: 'III_A' }, 'applicant { id }'),
      'DOMAIN_RULE_VIOLATION',
      'PERSONNEL.APPLICANT_NOT_SELECTED',
    );
    // The employee record's own rules run before the appointment stands: a NIP another employee already
    // holds would fail the registration afterwards, so the appointment is refused now, with its rule.
    const holder = {
      employeeId: 'emp-holder', employmentType: 'PNS', identifier: '199805172025032002', name: 'Pemegang NIP', birthDate: '1998-05-17', sex: 'FEMALE',
      tmt: '2025-03-01', golongan: 'III_A', golonganTmt: '2025-03-01', education: 'S1', unitId: 'kota-medan.diskominfo', positionId: 'kota-medan.diskominfo.analis-kebijakan',
    };
    await api.ok('mutation($input: RegisterEmployeeInput!) { registerEmployee(input: $input) { position } }', { input: holder }, admin);
    await expectRefused(
      () => mutate('appointApplicant', { roundId: ROUND, applicantId: 'A1', nip: '199805172025032002', tmtCpns: '2025-03-01', golongan: 'III_A' }, 'applicant { id }'),
      'DOMAIN_RULE_VIOLATION',
      'PERSONNEL.NIP_ALREADY_REGISTERED',
    );
    const appointed = await ok('appointApplicant', { roundId: ROUND, applicantId: 'A1', nip: '199805172025032001', tmtCpns: '2025-03-01', golongan: 'III_A' }, `applicant { ${APPLICANT_FIELDS} }`);
    expect(appointed.applicant).toMatchObject({ rankingStatus: 'LULUS', rank: 1, appointment: { nip: '199805172025032001' } });

    // The process manager answers asynchronously: it registers the CPNS in the employee record.
    const round = await eventually(async () => {
      const data = await api.ok(`query($id: ID!) { selectionRound(id: $id) { ${ROUND_FIELDS} } }`, { id: ROUND }, auditor);
      const registration = data.selectionRound.appointments[0]?.employeeRegistration;
      return registration && registration.status !== 'PENDING' ? data.selectionRound : undefined;
    });
    expect(round.appointments).toEqual([
      {
        applicantId: 'A1',
        nip: '199805172025032001',
        employeeId: appointed.applicant.appointment.employeeId,
        employeeRegistration: { status: 'REGISTERED', rule: null },
      },
    ]);
    // A retry is for a FAILED registration only, of an appointed applicant.
    await expectRefused(() => mutate('retryAppointmentRegistration', { roundId: ROUND, applicantId: 'A1' }, 'applicant { id }'), 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.APPOINTMENT_ALREADY_REGISTERED');
    await expectRefused(() => mutate('retryAppointmentRegistration', { roundId: ROUND, applicantId: 'A2' }, 'applicant { id }'), 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.APPLICANT_NOT_APPOINTED');
    expect(round.formasi[0]).toMatchObject({ applicantCount: 3, resultCount: 3, passedCount: 2, appointedCount: 1 });

    const employeeId = appointed.applicant.appointment.employeeId;
    const record = await api.ok('query($id: ID!) { employee(id: $id) { id identifier name birthDate sex tmt golongan education unitId positionId positionName status } }', { id: employeeId }, auditor);
    expect(record.employee).toEqual({
      id: employeeId,
      identifier: '199805172025032001',
      name: 'Rina Siregar',
      birthDate: '1998-05-17',
      sex: 'FEMALE',
      tmt: '2025-03-01',
      golongan: 'III_A',
      education: 'S1',
      unitId: 'kota-medan.diskominfo',
      positionId: 'kota-medan.diskominfo.prakom',
      positionName: 'Pranata Komputer Ahli Pertama',
      status: 'AKTIF',
    });
    const history = await api.ok('query($id: ID!) { employeeHistory(id: $id) { type actor { id onBehalfOf } } }', { id: employeeId }, auditor);
    expect(history.employeeHistory).toEqual([{ type: 'personnel.EmployeeRegistered', actor: { id: 'system:recruitment', onBehalfOf: 'bkd-medan-1' } }]);
  });

  it('lists rounds and applicants as connections for ADMIN_BKD and AUDITOR', async () => {
    const rounds = await api.ok('{ selectionRounds(instansiId: "kota-medan") { totalCount edges { node { id status } } } }', {}, auditor);
    expect(rounds.selectionRounds).toEqual({ totalCount: 1, edges: [{ node: { id: ROUND, status: 'ANNOUNCED' } }] });
    const page = await api.ok(
      'query($id: ID!) { selectionApplicants(roundId: $id, first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id registrationNumber } } } }',
      { id: ROUND },
      admin,
    );
    expect(page.selectionApplicants.totalCount).toBe(4);
    expect(page.selectionApplicants.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['A1', 'A2']);
    const next = await api.ok(
      'query($id: ID!, $after: String) { selectionApplicants(roundId: $id, first: 2, after: $after) { edges { node { id } } } }',
      { id: ROUND, after: page.selectionApplicants.pageInfo.endCursor },
      admin,
    );
    expect(next.selectionApplicants.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['A3', 'A4']);
  });

  describe('every mutation shares the same edges', () => {
    const OTHER = 'cpns-medan-2024-b';

    it('refuses bad input with BAD_USER_INPUT naming the fields, and appends nothing', async () => {
      const bad = await expectRefused(
        () => mutate('openSelectionRound', { roundId: OTHER, instansiId: 'kota-medan', year: 1900, name: 'x', skdReferenceId: 'SKD-2024' }, 'position'),
        'BAD_USER_INPUT',
      );
      expect(JSON.stringify(bad.errors![0].extensions.fields)).toMatch(/year.*name|name.*year/);
      await ok('openSelectionRound', { roundId: OTHER, instansiId: 'kota-medan', year: 2024, name: 'Seleksi CPNS Kota Medan 2024 (tahap II)', skdReferenceId: 'SKD-2024' });
      await ok('addFormasi', { roundId: OTHER, formasiId: 'F1', unitId: 'kota-medan.diskominfo', positionId: 'kota-medan.diskominfo.analis-kebijakan', jabatanName: 'Analis Kebijakan', quota: 2, educationLevel: 'S1' });
      const registration = { roundId: OTHER, formasiId: 'F1', name: 'Tono', birthDate: '1998-02-30', educationLevel: 'S1', nik: '12345' };
      const response = await expectRefused(() => mutate('registerApplicant', registration, 'applicant { id }'), 'BAD_USER_INPUT');
      expect(response.errors![0].message).toMatch(/nik harus tepat 16 angka/);
      expect(response.errors![0].message).toMatch(/birthDate harus tanggal YYYY-MM-DD yang ada di kalender/);
      await expectRefused(() => mutate('appointApplicant', { roundId: OTHER, applicantId: 'A1', nip: '1998 0517 2025 03 2 001', tmtCpns: '2025-03-01', golongan: 'III/a' }, 'applicant { id }'), 'BAD_USER_INPUT');
      await expectRefused(() => mutate('closeRegistration', { roundId: OTHER, unexpected: true }, 'position'), 'BAD_USER_INPUT');
    });

    it('refuses a broken rule with DOMAIN_RULE_VIOLATION and the rule code', async () => {
      const nik = '1275011111990009';
      await ok('registerApplicant', { roundId: OTHER, formasiId: 'F1', nik, name: 'Tono Sembiring', birthDate: '1999-11-11', educationLevel: 'S1' }, 'applicant { id }');
      await expectRefused(
        () => mutate('registerApplicant', { roundId: OTHER, formasiId: 'F1', nik, name: 'Tono S.', birthDate: '1999-11-11', educationLevel: 'S1' }, 'applicant { id }'),
        'DOMAIN_RULE_VIOLATION',
        'PERSONNEL.APPLICANT_ALREADY_REGISTERED',
      );
      await expectRefused(
        () => mutate('registerApplicant', { roundId: OTHER, formasiId: 'F1', nik: '1275011111990010', name: 'Ani', birthDate: '1999-11-11', educationLevel: 'S2' }, 'applicant { id }'),
        'DOMAIN_RULE_VIOLATION',
        'PERSONNEL.EDUCATION_REQUIREMENT_NOT_MET',
      );
      // The NIK and the age the issue names: all zeros, another birth date, 14 and 46 years old.
      const tono = { roundId: OTHER, formasiId: 'F1', name: 'Tono Lubis', educationLevel: 'S1' };
      const zeros = await expectRefused(() => mutate('registerApplicant', { ...tono, nik: '0000000000000000', birthDate: '1999-11-11' }, 'applicant { id }'), 'DOMAIN_RULE_VIOLATION');
      expect((zeros.errors![0].extensions.violations as { rule: string }[]).map((v) => v.rule).sort()).toEqual(['PERSONNEL.NIK_BIRTH_DATE_INVALID', 'PERSONNEL.NIK_REGION_INVALID', 'PERSONNEL.NIK_SEQUENCE_INVALID']);
      expect(zeros.errors![0].message).toMatch(/kode provinsi/);
      await expectRefused(() => mutate('registerApplicant', { ...tono, nik: '1275011211990011', birthDate: '1999-11-11' }, 'applicant { id }'), 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.NIK_BIRTH_DATE_MISMATCH');
      await expectRefused(() => mutate('registerApplicant', { ...tono, nik: '1275010106100011', birthDate: '2010-06-01' }, 'applicant { id }'), 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.APPLICANT_TOO_YOUNG');
      await expectRefused(() => mutate('registerApplicant', { ...tono, nik: '1275010101780011', birthDate: '1978-01-01' }, 'applicant { id }'), 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.APPLICANT_TOO_OLD');
      await expectRefused(() => mutate('openSelectionRound', { roundId: 'r-2025', instansiId: 'kota-medan', year: 2025, name: 'CPNS 2025', skdReferenceId: 'SKD-2024' }, 'position'), 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.SKD_REFERENCE_YEAR_MISMATCH');
      await expectRefused(() => mutate('announceResults', { roundId: OTHER }, 'position'), 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.RANKING_NOT_PUBLISHED');
      await expectRefused(() => mutate('closeRegistration', { roundId: 'no-such-round' }, 'position'), 'NOT_FOUND');
    });

    it('refuses roles that may not act (FORBIDDEN): another instansi’s BKD, auditors, employees', async () => {
      const binjai = await api.token('bkd-binjai-1', { role: 'ADMIN_BKD', unit: 'kota-binjai' });
      const employee = await api.token('pns-1', { role: 'EMPLOYEE' });
      await expectRefused(() => mutate('closeRegistration', { roundId: OTHER }, 'position', binjai), 'FORBIDDEN');
      await expectRefused(() => mutate('openSelectionRound', { instansiId: 'kota-medan', year: 2024, name: 'Not mine', skdReferenceId: 'SKD-2024' }, 'position', binjai), 'FORBIDDEN');
      await expectRefused(() => mutate('closeRegistration', { roundId: OTHER }, 'position', auditor), 'FORBIDDEN');
      await expectRefused(() => mutate('closeRegistration', { roundId: OTHER }, 'position', employee), 'FORBIDDEN');
      expect(codeOf(await api.gql('query($id: ID!) { selectionRound(id: $id) { id } }', { id: OTHER }, binjai))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql('query($id: ID!) { selectionApplicants(roundId: $id) { totalCount } }', { id: OTHER }, employee))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql('query($id: ID!) { selectionRound(id: $id) { id } }', { id: OTHER }))).toBe('UNAUTHENTICATED');
      const everyInstansi = await api.token('bkd-pusat', { role: 'ADMIN_BKD', unit: '*' });
      expect((await api.ok('query($id: ID!) { selectionRound(id: $id) { id } }', { id: OTHER }, everyInstansi)).selectionRound.id).toBe(OTHER);
      expect((await api.ok('{ selectionRounds { totalCount } }', {}, binjai)).selectionRounds.totalCount).toBe(0);
    });

    it('writes once for a repeated idempotency key, and says so', async () => {
      const input = { idempotencyKey: 'open-binjai-2024-001', instansiId: 'kota-medan', year: 2024, name: 'Seleksi CPNS 2024 (formasi khusus)', skdReferenceId: 'SKD-2024' };
      const before = await api.events.headPosition();
      const first = await ok('openSelectionRound', input);
      const second = await ok('openSelectionRound', input);
      // The round's event and the key's claim; the repeat writes nothing.
      expect(await api.appendedSince(before)).toHaveLength(2);
      expect(second).toMatchObject({ position: first.position, duplicate: true, selectionRound: { id: first.selectionRound.id } });
      expect(first.duplicate).toBe(false);

      const registration = { idempotencyKey: 'reg-0000000042', roundId: OTHER, formasiId: 'F1', nik: '1275012202990042', name: 'Sari Ginting', birthDate: '1999-02-22', educationLevel: 'S1' };
      const a = await ok('registerApplicant', registration, 'applicant { id registrationNumber }');
      const b = await ok('registerApplicant', registration, 'applicant { id registrationNumber }');
      expect(b).toEqual({ ...a, duplicate: true });
    });

    it('cancels a round before its results are announced, and not after', async () => {
      const cancelled = await ok('cancelSelectionRound', { roundId: OTHER, cancellationReason: 'Formasi ditarik oleh KemenPANRB' });
      expect(cancelled.selectionRound.status).toBe('CANCELLED');
      await expectRefused(() => mutate('cancelSelectionRound', { roundId: ROUND, cancellationReason: 'Too late' }, 'position'), 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.RESULTS_ALREADY_ANNOUNCED');
    });
  });

  it('lists the SKD reference data publicly', async () => {
    const data = await api.ok('{ skdReferences { id year legalBasis thresholds { twk tiu tkp } maxima { twk tiu tkp total } scoreStep { twk tkp } } }');
    expect(data.skdReferences).toEqual([
      { id: 'SKD-2024', year: 2024, legalBasis: 'KepmenPANRB 321/2024', thresholds: { twk: 65, tiu: 80, tkp: 166 }, maxima: { twk: 150, tiu: 175, tkp: 225, total: 550 }, scoreStep: { twk: 5, tkp: 1 } },
    ]);
  });
});

/** Polls `probe` until it returns a value (process managers answer asynchronously). */
async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('Timed out waiting for the process manager');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
