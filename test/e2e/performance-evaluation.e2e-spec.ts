import { FixedClock } from '@kernel/clock';
import { DeadlineScheduler } from '@infrastructure/scheduling';
import { pdfText } from '@infrastructure/documents/testing/pdf-text';
import { codeOf, GraphqlResponse, TestApi } from './harness';

/** The server's clock: 20 December 2026, 10:00 WIB (the plans); the year is rated on its last day, 31 December. */
const NOW = '2026-12-20T03:00:00.000Z';
const LAST_DAY = '2026-12-31T03:00:00.000Z';
const INSTANSI = 'kota-binjai';
const OPD = 'kota-binjai.diskominfo';
const APTIKA = 'kota-binjai.aptika';
const STAFF = ['s1', 's2', 's3', 's4', 's5'];

const EVALUATE = `mutation($input: EvaluatePeriodInput!) { evaluatePeriod(input: $input) { evaluationId evaluation { id period aggregateRating hasilKerjaSource hasilKerjaOverrideReason ratingHasilKerja ratingPerilaku predikat explanation closed } } }`;
const SET_ORG = `mutation($input: SetOrganisationPredikatInput!) { setOrganisationPredikat(input: $input) { distribution { organisationPredikat unitResult } } }`;
const SIGN_OFF = `mutation($input: SignOffPredikatInput!) { signOffPredikat(input: $input) { distribution { unitId period total counts { sangatBaik baik butuhPerbaikan kurang sangatKurang } signOff { allowed justification violations { rule } kurvaPolicyVersion } } } }`;
const CORRECT = `mutation($input: CorrectEvaluationInput!) { correctEvaluation(input: $input) { evaluation { predikat closed corrections { previousPredikat predikat reason approvedBy } } } }`;
const DISTRIBUTION = `query($unitId: ID!, $year: Int!, $period: String) { predikatDistribution(unitId: $unitId, year: $year, period: $period) { organisationPredikat unitResult total notEvaluated counts { sangatBaik baik butuhPerbaikan kurang sangatKurang } check { allowed violations { rule actual required } } signOff { allowed signedBy } } }`;
const BOARD = `query($unitId: ID!, $year: Int!) { skpBoard(unitId: $unitId, year: $year, first: 20) { totalCount edges { node { id employeeId status pejabatPenilai { employeeId } evaluations { period predikat closed } } } } }`;
const HISTORY = `query($employeeId: ID!) { appraisalHistory(employeeId: $employeeId, first: 10) { totalCount edges { node { id period predikat closed } } } }`;
const NEEDS = `query($instansiId: ID!, $year: Int!) { trainingNeeds(instansiId: $instansiId, year: $year) { totalCount edges { node { id employeeId source description evaluationId } } } }`;

const nip = (i: number) => `198${i}0${i}1${i}201${i}0${i}1${String(i).padStart(3, '0')}`;
const person = (i: number, employeeId: string, unitId: string, positionId: string) => ({
  employeeId, employmentType: 'PNS', identifier: nip(i), name: `Pegawai ${employeeId}`, birthDate: `198${i}-0${i}-1${i}`, sex: 'MALE', tmt: `201${i}-0${i}-01`, golongan: 'III_B', golonganTmt: `201${i}-0${i}-01`, education: 'S1', unitId, positionId,
});
const TARGET = (targetId: string) => ({ targetId, sasaran: `Sasaran ${targetId}`, indikator: `IKU ${targetId}`, target: '80%' });
const rhk = (id: string, intervensi: { skpId: string; rhkId: string }[] = []) => ({ rhkId: id, kategori: 'UTAMA', rencanaKinerja: `Rencana ${id}`, pendekatan: 'KUANTITATIF', indikator: [{ aspek: 'KUANTITAS', iki: `IKI ${id}`, target: '4 dokumen' }], intervensi });

const clock = new FixedClock(new Date(NOW));

describe('Performance: evaluation, organisation predikat, kurva sign-off and corrections (GraphQL over HTTP)', () => {
  let api: TestApi;
  let bkd: string;
  let auditor: string;
  let trainingAdmin: string;
  const self: Record<string, string> = {};
  const penilai: Record<string, string> = {};

  async function refused(query: string, input: object, who: string | undefined, code: string, ...rules: string[]): Promise<GraphqlResponse> {
    const before = await api.settledHead();
    const response = await api.gql(query, { input }, who);
    expect(codeOf(response)).toBe(code);
    const got = (response.errors![0].extensions.violations as { rule: string }[] | undefined)?.map((v) => v.rule) ?? [response.errors![0].extensions.rule];
    for (const rule of rules) expect(got).toContain(rule);
    expect((await api.appendedSince(before)).map((e) => `${e.streamId} ${e.type}`)).toEqual([]);
    return response;
  }
  const rate = (skpId: string, ratings: [string, string][], ratingPerilaku: string, extra: object = {}) => ({ skpId, period: '2026', ratings: ratings.map(([rhkId, rating]) => ({ rhkId, rating })), ratingPerilaku, ...extra });

  beforeAll(async () => {
    api = await TestApi.start({}, { clock });
    const root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    bkd = await api.token('bkd-binjai', { role: 'ADMIN_BKD', unit: INSTANSI });
    auditor = await api.token('auditor-binjai', { role: 'AUDITOR', unit: INSTANSI });
    trainingAdmin = await api.token('ta-binjai', { role: 'TRAINING_ADMIN', unit: INSTANSI });
    await api.ok('mutation($i: RegisterInstansiInput!) { registerInstansi(input: $i) { position } }', { i: { instansiId: INSTANSI, name: 'Pemerintah Kota Binjai', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, root);
    const unit = 'mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { position } }';
    await api.ok(unit, { i: { instansiId: INSTANSI, code: 'DISKOMINFO', name: 'Dinas Kominfo', kind: 'OPD' } }, bkd);
    await api.ok(unit, { i: { instansiId: INSTANSI, parentUnitId: OPD, code: 'APTIKA', name: 'Bidang Aptika', kind: 'BIDANG' } }, bkd);
    const position = 'mutation($i: CreatePositionInput!) { createPosition(input: $i) { position } }';
    await api.ok(position, { i: { unitId: OPD, code: 'KADIS', name: 'Kepala Dinas', jenisJabatan: 'JPT_PRATAMA', isUnitHead: true } }, bkd);
    await api.ok(position, { i: { unitId: APTIKA, code: 'KABID', name: 'Kepala Bidang', jenisJabatan: 'ADMINISTRATOR', isUnitHead: true } }, bkd);
    await api.ok(position, { i: { unitId: APTIKA, code: 'PRANATA', name: 'Pranata Komputer', jenisJabatan: 'PELAKSANA', isUnitHead: false } }, bkd);
    const people = [person(1, 'kadis', OPD, `${OPD}.kadis`), person(2, 'kabid', APTIKA, `${APTIKA}.kabid`), ...STAFF.map((id, i) => person(i + 3, id, APTIKA, `${APTIKA}.pranata`))];
    for (const p of people) {
      await api.ok('mutation($i: RegisterEmployeeInput!) { registerEmployee(input: $i) { position } }', { i: p }, bkd);
      self[p.employeeId] = await api.token(p.employeeId, { role: 'EMPLOYEE', unit: p.employeeId });
      penilai[p.employeeId] = await api.token(p.employeeId, { role: 'PEJABAT_PENILAI', unit: p.unitId });
    }
    const plan = async (employeeId: string, rhks: object[], approver: string) => {
      await api.ok('mutation($d: DraftSkpInput!, $s: SkpRefInput!) { draftSkp(input: $d) { position } submitSkp(input: $s) { position } }', { d: { employeeId, year: 2026, rhk: rhks }, s: { skpId: `${employeeId}.2026` } }, self[employeeId]);
      await api.ok('mutation($s: SkpRefInput!) { approveSkp(input: $s) { skp { status } } }', { s: { skpId: `${employeeId}.2026` } }, approver);
    };
    await api.ok('mutation($i: SetUnitTargetsInput!) { setUnitTargets(input: $i) { position } }', { i: { unitId: OPD, year: 2026, targets: [TARGET('iku-1'), TARGET('iku-2')], perjanjianKinerja: 'PK/KOMINFO/2026' } }, penilai.kadis);
    await api.ok('mutation($i: ApproveUnitTargetsInput!) { approveUnitTargets(input: $i) { position } }', { i: { unitId: OPD, year: 2026 } }, bkd);
    await plan('kadis', [{ ...rhk('d1'), unitTargetIds: ['iku-1'] }], bkd);
    await plan('kabid', [rhk('k1', [{ skpId: 'kadis.2026', rhkId: 'd1' }])], penilai.kadis);
    for (const id of STAFF) await plan(id, [rhk('u1', [{ skpId: 'kabid.2026', rhkId: 'k1' }]), { ...rhk('u2', [{ skpId: 'kabid.2026', rhkId: 'k1' }]) }], penilai.kabid);
  });
  afterAll(() => api.close());

  it('refuses to rate a period that has not ended (20 December: not the year, not Q4); Q3 has', async () => {
    const input = rate('s5.2026', [['u1', 'SESUAI'], ['u2', 'SESUAI']], 'SESUAI');
    const response = await refused(EVALUATE, input, penilai.kabid, 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.PERIOD_NOT_ENDED');
    expect(response.errors![0].message).toContain('mulai 2026-12-31');
    await refused(EVALUATE, { ...input, period: '2026-Q4' }, penilai.kabid, 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.PERIOD_NOT_ENDED');
    await refused(EVALUATE, { ...input, period: '2026-12' }, penilai.kabid, 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.PERIOD_NOT_ENDED');
    // The Jakarta calendar day counts: 30 December 23:30 WIB is refused, 31 December 00:30 WIB (still the 30th in UTC) may rate December.
    const december = { ...rate('s4.2026', [['u1', 'SESUAI'], ['u2', 'SESUAI']], 'SESUAI'), period: '2026-12' };
    clock.set('2026-12-30T16:30:00.000Z');
    await refused(EVALUATE, december, penilai.kabid, 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.PERIOD_NOT_ENDED');
    clock.set('2026-12-30T17:30:00.000Z');
    expect((await api.ok(EVALUATE, { input: december }, penilai.kabid)).evaluatePeriod.evaluationId).toBe('s4.2026.2026-12');
    clock.set(LAST_DAY);
  });

  it('the pejabat penilai rates every RHK; the aggregate and the matrix give the predikat, explained', async () => {
    const data = await api.ok(EVALUATE, { input: rate('s1.2026', [['u1', 'DI_ATAS'], ['u2', 'DI_ATAS']], 'DI_ATAS') }, penilai.kabid);
    expect(data.evaluatePeriod.evaluation).toMatchObject({ id: 's1.2026.2026', aggregateRating: 'DI_ATAS', hasilKerjaSource: 'AGGREGATE', predikat: 'SANGAT_BAIK', closed: false, explanation: expect.stringContaining('Sangat Baik') });
    for (const id of ['s2', 's3']) await api.ok(EVALUATE, { input: rate(`${id}.2026`, [['u1', 'SESUAI'], ['u2', 'SESUAI']], 'SESUAI') }, penilai.kabid);
    const override = await api.ok(EVALUATE, { input: rate('s4.2026', [['u1', 'DI_ATAS'], ['u2', 'DI_ATAS']], 'SESUAI', { hasilKerjaOverride: { rating: 'SESUAI', reason: 'Capaian u2 ditopang tim lain' } }) }, penilai.kabid);
    expect(override.evaluatePeriod.evaluation).toMatchObject({ aggregateRating: 'DI_ATAS', hasilKerjaSource: 'OVERRIDE', ratingHasilKerja: 'SESUAI', predikat: 'BAIK' });
    // Quarterly evaluations run beside the annual one.
    const q1 = await api.ok(EVALUATE, { input: { ...rate('s1.2026', [['u1', 'SESUAI'], ['u2', 'SESUAI']], 'SESUAI'), period: '2026-Q1' } }, penilai.kabid);
    expect(q1.evaluatePeriod.evaluationId).toBe('s1.2026.2026-Q1');
  });

  it('refuses incomplete ratings, an override without reason, another appraiser, a period of another year', async () => {
    await refused(EVALUATE, rate('s5.2026', [['u1', 'SESUAI']], 'SESUAI'), penilai.kabid, 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.RATINGS_INCOMPLETE');
    await refused(EVALUATE, rate('s5.2026', [['u1', 'SESUAI'], ['u2', 'SESUAI']], 'SESUAI', { hasilKerjaOverride: { rating: 'DI_ATAS', reason: ' ' } }), penilai.kabid, 'BAD_USER_INPUT');
    await refused(EVALUATE, rate('s5.2026', [['u1', 'SESUAI'], ['u2', 'SESUAI']], 'SESUAI'), penilai.s1, 'FORBIDDEN');
    await refused(EVALUATE, { ...rate('s5.2026', [['u1', 'SESUAI'], ['u2', 'SESUAI']], 'SESUAI'), period: '2025' }, penilai.kabid, 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.PERIOD_INVALID');
    await refused(EVALUATE, rate('s5.2026', [['u1', 'SESUAI'], ['u2', 'SESUAI']], 'SESUAI'), undefined, 'UNAUTHENTICATED');
  });

  it('the next-higher leader sets the organisation predikat; the unit head takes the unit result', async () => {
    await refused(SET_ORG, { unitId: APTIKA, period: '2026', organisationPredikat: 'BAIK', unitResult: 'SESUAI' }, penilai.kabid, 'FORBIDDEN');
    const set = await api.ok(SET_ORG, { input: { unitId: APTIKA, period: '2026', organisationPredikat: 'BAIK', unitResult: 'SESUAI' } }, penilai.kadis);
    expect(set.setOrganisationPredikat.distribution).toEqual({ organisationPredikat: 'BAIK', unitResult: 'SESUAI' });
    const kabid = await api.ok(EVALUATE, { input: rate('kabid.2026', [['k1', 'DI_ATAS']], 'SESUAI') }, penilai.kadis);
    expect(kabid.evaluatePeriod.evaluation).toMatchObject({ aggregateRating: 'DI_ATAS', hasilKerjaSource: 'UNIT_RESULT', ratingHasilKerja: 'SESUAI', predikat: 'BAIK' });
  });

  it('sign-off needs every approved SKP evaluated and the kurva met; each violation is explained', async () => {
    await refused(SIGN_OFF, { unitId: APTIKA, period: '2026' }, penilai.kabid, 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.EVALUATIONS_MISSING');
    await api.ok(EVALUATE, { input: rate('s5.2026', [['u1', 'SESUAI'], ['u2', 'SESUAI']], 'SESUAI') }, penilai.kabid);
    const what = await api.ok(DISTRIBUTION, { unitId: APTIKA, year: 2026 }, penilai.kadis);
    expect(what.predikatDistribution).toMatchObject({ organisationPredikat: 'BAIK', total: 6, notEvaluated: 0, counts: { sangatBaik: 1, baik: 5 }, check: { allowed: false }, signOff: null });
    expect(what.predikatDistribution.check.violations.map((v: { rule: string }) => v.rule)).toEqual(['PERFORMANCE.KURVA_BAIK_BAIK_MAX', 'PERFORMANCE.KURVA_BAIK_BUTUH_PERBAIKAN_OR_KURANG_REQUIRED']);
    const response = await refused(SIGN_OFF, { unitId: APTIKA, period: '2026' }, penilai.kabid, 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.KURVA_BAIK_BAIK_MAX', 'PERFORMANCE.KURVA_JUSTIFICATION_REQUIRED');
    expect(response.errors![0].extensions.kurva).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'PERFORMANCE.KURVA_BAIK_BAIK_MAX', actual: '5 dari 6 pegawai (83,33%) Baik', required: 'paling banyak 70% (4 dari 6 pegawai)' })]));
  });

  it('signs off within the kurva: the period is closed and immutable, gaps reach training', async () => {
    await api.ok(EVALUATE, { input: rate('s5.2026', [['u1', 'DI_BAWAH'], ['u2', 'SESUAI']], 'SESUAI') }, penilai.kabid);
    const signed = await api.ok(SIGN_OFF, { input: { unitId: APTIKA, period: '2026', idempotencyKey: 'signoff-aptika-2026' } }, penilai.kabid);
    expect(signed.signOffPredikat.distribution).toMatchObject({ total: 6, counts: { sangatBaik: 1, baik: 4, butuhPerbaikan: 1 }, signOff: { allowed: true, justification: null, violations: [], kurvaPolicyVersion: 'permenpanrb-6-2022/v1' } });
    await refused(EVALUATE, rate('s5.2026', [['u1', 'SESUAI'], ['u2', 'SESUAI']], 'SESUAI'), penilai.kabid, 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.EVALUATION_CLOSED');
    await refused(SIGN_OFF, { unitId: APTIKA, period: '2026' }, penilai.kabid, 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.ALREADY_SIGNED_OFF');
    const needs = await api.ok(NEEDS, { instansiId: INSTANSI, year: 2026 }, trainingAdmin);
    expect(needs.trainingNeeds.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(['s5.2026.2026.predikat', 's5.2026.2026.rhk.u1']);
  });

  it('corrections only by the atasan pejabat penilai, with a reason', async () => {
    const input = { evaluationId: 's2.2026.2026', ratings: [{ rhkId: 'u1', rating: 'DI_ATAS' }, { rhkId: 'u2', rating: 'DI_ATAS' }], ratingPerilaku: 'DI_ATAS', reason: 'Bukti dukung u1 dan u2 terlambat diunggah' };
    await refused(CORRECT, input, penilai.kabid, 'FORBIDDEN');
    await refused(CORRECT, { ...input, reason: undefined }, penilai.kadis, 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.REASON_REQUIRED');
    const data = await api.ok(CORRECT, { input }, penilai.kadis);
    expect(data.correctEvaluation.evaluation).toEqual({ predikat: 'SANGAT_BAIK', closed: true, corrections: [{ previousPredikat: 'BAIK', predikat: 'SANGAT_BAIK', reason: input.reason, approvedBy: 'kadis' }] });
  });

  it('the board and the history show individual results to the appraiser chain only; aggregates to unit leaders', async () => {
    const mine = await api.ok(BOARD, { unitId: APTIKA, year: 2026 }, penilai.kabid);
    expect(mine.skpBoard.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(STAFF.map((s) => `${s}.2026`));
    expect(mine.skpBoard.edges[0].node.evaluations).toEqual([{ period: '2026', predikat: 'SANGAT_BAIK', closed: true }, { period: '2026-Q1', predikat: 'BAIK', closed: false }]);
    expect((await api.ok(BOARD, { unitId: APTIKA, year: 2026 }, bkd)).skpBoard.totalCount).toBe(6);
    expect((await api.ok(BOARD, { unitId: APTIKA, year: 2026 }, penilai.s1)).skpBoard.totalCount).toBe(0);
    const elsewhere = await api.token('kabid-lain', { role: 'PEJABAT_PENILAI', unit: 'kota-binjai.sekretariat' });
    expect(codeOf(await api.gql(BOARD, { unitId: APTIKA, year: 2026 }, elsewhere))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(BOARD, { unitId: APTIKA, year: 2026 }))).toBe('UNAUTHENTICATED');
    expect((await api.ok(HISTORY, { employeeId: 's5' }, self.s5)).appraisalHistory.edges).toEqual([{ node: { id: 's5.2026.2026', period: '2026', predikat: 'BUTUH_PERBAIKAN', closed: true } }]);
    expect((await api.ok(HISTORY, { employeeId: 's5' }, auditor)).appraisalHistory.totalCount).toBe(1);
    expect((await api.ok(HISTORY, { employeeId: 's5' }, self.s1)).appraisalHistory.totalCount).toBe(0);
    const views = (await api.events.readAll({ after: 0, maxCount: 100_000 })).events.filter((e) => e.type === 'performance.RecordViewed').map((e) => e.data);
    expect(views).toEqual(expect.arrayContaining([
      expect.objectContaining({ viewerId: 'kabid', query: 'skpBoard', records: STAFF.map((s) => ({ kind: 'SKP', id: `${s}.2026`, employeeId: s, instansiId: INSTANSI })) }),
      expect.objectContaining({ viewerId: 'auditor-binjai', query: 'appraisalHistory', records: [{ kind: 'EVALUATION', id: 's5.2026.2026', employeeId: 's5', instansiId: INSTANSI }], self: false }),
    ]));
    // An empty answer disclosed nothing: no view recorded for s1's look at s5's history.
    expect(views.filter((v) => v.viewerId === 's1')).toEqual([]);
    const signed = await api.ok(DISTRIBUTION, { unitId: APTIKA, year: 2026 }, auditor);
    expect(signed.predikatDistribution).toMatchObject({ counts: { sangatBaik: 2, baik: 3, butuhPerbaikan: 1 }, signOff: { allowed: true, signedBy: 'kabid' } });
    expect(codeOf(await api.gql(DISTRIBUTION, { unitId: APTIKA, year: 2026 }, elsewhere))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(DISTRIBUTION, { unitId: APTIKA, year: 2026 }, self.s1))).toBe('FORBIDDEN');
  });

  it('KP Reguler takes the closed annual predikat from performance; a recorded input only for years before the system, with its legal basis', async () => {
    const PROMOTE = `mutation($input: PromoteEmployeeInput!) { promoteEmployee(input: $input) { employee { golongan } } }`;
    const skp2025 = { skNumber: '800/SKP/2025/0042', skDate: '2026-01-09' };
    const promotion = (employeeId: string, predikat: object[]) => ({ employeeId, toGolongan: 'III_C', tmt: '2027-04-01', superiorGolongan: 'IV_A', predikat, legalBasis: { skNumber: '823.3/0101/BKPSDM/2027', skDate: '2027-03-20' } });
    // 2026 is a year the system holds for Binjai: it cannot be typed in, even as BAIK.
    await refused(PROMOTE, promotion('s2', [{ year: 2026, predikat: 'BAIK', legalBasis: skp2025 }, { year: 2025, predikat: 'BAIK', legalBasis: skp2025 }]), bkd, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.KP_PREDIKAT_RECORDED_IN_SYSTEM_YEAR');
    await refused(PROMOTE, promotion('s2', [{ year: 2025, predikat: 'BAIK' }]), bkd, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.KP_PREDIKAT_LEGAL_BASIS_REQUIRED');
    // s5's closed 2026 is BUTUH_PERBAIKAN: no recorded input can stand in for it.
    await refused(PROMOTE, promotion('s5', [{ year: 2025, predikat: 'SANGAT_BAIK', legalBasis: skp2025 }]), bkd, 'DOMAIN_RULE_VIOLATION', 'PERSONNEL.KP_PREDIKAT_BELOW_BAIK');
    expect((await api.ok(PROMOTE, { input: promotion('s2', [{ year: 2025, predikat: 'BAIK', legalBasis: skp2025 }]) }, bkd)).promoteEmployee.employee.golongan).toBe('III_C');
    const promoted = (await api.events.readStream('personnel-employee-s2')).find((e) => e.type === 'personnel.EmployeePromoted')!;
    // s2's 2026 was corrected after the close: the correction is what counts.
    expect(promoted.data.predikat).toEqual([
      { year: 2026, predikat: 'SANGAT_BAIK', source: 'PERFORMANCE_EVALUATION', evaluationId: 's2.2026.2026' },
      { year: 2025, predikat: 'BAIK', source: 'RECORDED_INPUT', legalBasis: skp2025 },
    ]);
  });

  describe('SIASN export and the printed SKP (issue 9 item 7)', () => {
    const EXPORT = `query($instansiId: ID!, $year: Int!, $kind: SiasnKind!, $first: Int, $after: String) { siasnKinerjaExport(instansiId: $instansiId, year: $year, kind: $kind, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id employeeId nipBaru period kind codesVersion payload { tahun hasilKinerjaNilai perilakuKerjaNilai kuadranKinerjaNilai penilaiNama penilaiNipNrp penilaiGolongan penilaiJabatan penilaiUnorNama statusPenilai pnsDinilaiOrang path { dokId } bulanMulaiPenilaian periodikId } } } } }`;
    const PRINT = `query($evaluationId: ID!) { skpPrint(evaluationId: $evaluationId) { evaluationId fileName mediaType contentBase64 position hash stamp verificationCode } }`;
    const vars = (extra: object = {}) => ({ instansiId: INSTANSI, year: 2026, kind: 'SKP22', ...extra });

    it('exports the closed annual evaluations as skp22/save payloads, paged, to ADMIN_BKD and AUDITOR of the instansi', async () => {
      const all = (await api.ok(EXPORT, vars({ first: 10 }), bkd)).siasnKinerjaExport;
      expect(all.totalCount).toBe(6);
      const s2 = all.edges.find((e: { node: { id: string } }) => e.node.id === 's2.2026.2026').node;
      expect(s2).toEqual({
        id: 's2.2026.2026', employeeId: 's2', nipBaru: nip(4), period: '2026', kind: 'SKP22', codesVersion: 'siasn-kinerja/v1',
        payload: { tahun: 2026, hasilKinerjaNilai: 1, perilakuKerjaNilai: 1, kuadranKinerjaNilai: 1, penilaiNama: 'Pegawai kabid', penilaiNipNrp: nip(2), penilaiGolongan: 'III/b Penata Muda Tingkat I', penilaiJabatan: 'Kepala Bidang', penilaiUnorNama: 'Bidang Aptika', statusPenilai: 'ASN', pnsDinilaiOrang: null, path: [], bulanMulaiPenilaian: null, periodikId: null },
      });
      expect(all.edges.find((e: { node: { id: string } }) => e.node.id === 's5.2026.2026').node.payload).toMatchObject({ kuadranKinerjaNilai: 3, hasilKinerjaNilai: 3 });
      expect(all.edges.find((e: { node: { id: string } }) => e.node.id === 'kabid.2026.2026').node.payload).toMatchObject({ penilaiNama: 'Pegawai kadis', penilaiJabatan: 'Kepala Dinas', statusPenilai: 'ASN' });
      const first = (await api.ok(EXPORT, vars({ first: 4 }), auditor)).siasnKinerjaExport;
      expect(first.edges).toHaveLength(4);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const rest = (await api.ok(EXPORT, vars({ first: 4, after: first.pageInfo.endCursor }), auditor)).siasnKinerjaExport;
      expect([...first.edges, ...rest.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual(all.edges.map((e: { node: { id: string } }) => e.node.id));
      // Only closed evaluations: s1's 2026-Q1 is open, so no kinerjaperiodik yet.
      expect((await api.ok(EXPORT, vars({ kind: 'KINERJA_PERIODIK' }), bkd)).siasnKinerjaExport.totalCount).toBe(0);
      const views = (await api.events.readAll({ after: 0, maxCount: 100_000 })).events.filter((e) => e.type === 'performance.RecordViewed' && e.data.query === 'siasnKinerjaExport');
      expect(views.some((v) => v.data.viewerId === 'auditor-binjai' && v.data.records.length === 4)).toBe(true);
      const medan = await api.token('bkd-medan', { role: 'ADMIN_BKD', unit: 'kota-medan' });
      for (const who of [medan, self.s1, penilai.kabid]) expect(codeOf(await api.gql(EXPORT, vars(), who))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(EXPORT, vars({ year: 1999 }), bkd))).toBe('BAD_USER_INPUT');
    });

    it('serves the same payloads as a file download, with the same access rules', async () => {
      const base = api.url.replace(/\/graphql$/, '');
      const file = await fetch(`${base}/exports/performance/siasn-skp22.json?instansiId=${INSTANSI}&year=2026`, { headers: { authorization: `Bearer ${auditor}` } });
      expect(file.status).toBe(200);
      expect(file.headers.get('content-disposition')).toContain('siasn-skp22-kota-binjai-2026.json');
      const body = (await file.json()) as { rows: { evaluationId: string }[] };
      expect(body).toMatchObject({ kind: 'SKP22', instansiId: INSTANSI, year: 2026, codesVersion: 'siasn-kinerja/v1' });
      expect(body.rows).toHaveLength(6);
      expect(body.rows.find((r: { evaluationId: string }) => r.evaluationId === 's2.2026.2026')).toMatchObject({ nipBaru: nip(4), payload: { tahun: 2026, kuadranKinerjaNilai: 1, penilaiNama: 'Pegawai kabid' } });
      const periodic: unknown = await (await fetch(`${base}/exports/performance/siasn-kinerjaperiodik.json?instansiId=${INSTANSI}&year=2026`, { headers: { authorization: `Bearer ${bkd}` } })).json();
      expect(periodic).toMatchObject({ kind: 'KINERJA_PERIODIK', rows: [] });
      expect((await fetch(`${base}/exports/performance/siasn-skp22.json?instansiId=${INSTANSI}&year=2026`, { headers: { authorization: `Bearer ${self.s2}` } })).status).toBe(403);
      expect((await fetch(`${base}/exports/performance/siasn-skp22.json?instansiId=${INSTANSI}&year=2026`)).status).toBe(401);
      const bad = await fetch(`${base}/exports/performance/siasn-skp.json?instansiId=${INSTANSI}&year=2026`, { headers: { authorization: `Bearer ${bkd}` } });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { code: string }).code).toBe('BAD_USER_INPUT');
    });

    it('prints the SKP of a closed evaluation as PDF, stamped with the log entry it reflects and a verification code', async () => {
      const printed = (await api.ok(PRINT, { evaluationId: 's2.2026.2026' }, self.s2)).skpPrint;
      const stream = await api.events.readStream('performance-evaluation-s2.2026.2026');
      // The correction, then the annual predikat it published: the print reflects the correction.
      expect(stream.slice(-2).map((e) => e.type)).toEqual(['performance.EvaluationCorrected', 'performance.AnnualPredikatFinalised']);
      const last = stream.at(-2)!;
      expect(printed).toMatchObject({ evaluationId: 's2.2026.2026', fileName: 'skp-s2.2026.2026.pdf', mediaType: 'application/pdf', position: last.position, hash: last.hash, stamp: `akuntabel:performance-evaluation-s2.2026.2026@${last.position}#${last.hash}` });
      expect(printed.verificationCode).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
      const pdf = Buffer.from(printed.contentBase64, 'base64');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfText(pdf);
      for (const expected of ['Pegawai s2', nip(4), 'Pegawai kabid', 'Rencana u1', 'PREDIKAT KINERJA PEGAWAI: SANGAT BAIK', 'Baik menjadi Sangat Baik']) expect(text).toContain(expected);
      expect(text.replace(/\n/g, '')).toContain(`Kode verifikasi: ${printed.verificationCode}`);
      // The same record prints the same bytes, whoever asks.
      expect((await api.ok(PRINT, { evaluationId: 's2.2026.2026' }, auditor)).skpPrint.contentBase64).toBe(printed.contentBase64);
      const views = (await api.events.readAll({ after: 0, maxCount: 100_000 })).events.filter((e) => e.type === 'performance.RecordViewed' && e.data.query === 'skpPrint');
      expect(views.map((v) => v.data.viewerId).sort()).toEqual(['auditor-binjai', 's2']);
      expect(codeOf(await api.gql(PRINT, { evaluationId: 's2.2026.2026' }, self.s1))).toBe('FORBIDDEN');
      const open = await api.gql(PRINT, { evaluationId: 's1.2026.2026-Q1' }, self.s1);
      expect(codeOf(open)).toBe('DOMAIN_RULE_VIOLATION');
      expect(open.errors![0].extensions.rule).toBe('PERFORMANCE.EVALUATION_NOT_CLOSED');
      expect(codeOf(await api.gql(PRINT, { evaluationId: 's2.2026.2026' }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('organisational performance: unit targets as the cascade root, cascade validation', () => {
    const UNIT = `query($unitId: ID!, $year: Int!) { unitPerformance(unitId: $unitId, year: $year) { id status targets { targetId indikator } perjanjianKinerja approvedBy organisationPredikat unitResult } }`;
    const CASCADE = `query($unitId: ID!, $year: Int!) { cascadeIssues(unitId: $unitId, year: $year) { totalCount units { unitId orphanRhk withdrawnLinks uncoveredSuperiorRhk uncoveredUnitTargets } issues { kind unitId skpId rhkId reference } } }`;

    it('shows the approved targets, with the result and predikat at year end', async () => {
      await api.ok(SET_ORG, { input: { unitId: OPD, period: '2026', organisationPredikat: 'ISTIMEWA', unitResult: 'DI_ATAS' } }, bkd);
      const data = await api.ok(UNIT, { unitId: OPD, year: 2026 }, auditor);
      expect(data.unitPerformance).toEqual({ id: `${OPD}.2026`, status: 'APPROVED', targets: [{ targetId: 'iku-1', indikator: 'IKU iku-1' }, { targetId: 'iku-2', indikator: 'IKU iku-2' }], perjanjianKinerja: 'PK/KOMINFO/2026', approvedBy: 'bkd-binjai', organisationPredikat: 'ISTIMEWA', unitResult: 'DI_ATAS' });
      await refused('mutation($input: SetUnitTargetsInput!) { setUnitTargets(input: $input) { position } }', { unitId: OPD, year: 2026, targets: [TARGET('iku-3')] }, penilai.kadis, 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.UNIT_TARGETS_NOT_EDITABLE');
      await refused('mutation($input: SetUnitTargetsInput!) { setUnitTargets(input: $input) { position } }', { unitId: APTIKA, year: 2026, targets: [TARGET('x')] }, penilai.kadis, 'FORBIDDEN');
    });

    it('lists the cascade issues per unit (here one unit target no JPT RHK serves), to unit leaders only', async () => {
      const first = await api.ok(CASCADE, { unitId: OPD, year: 2026 }, penilai.kadis);
      expect(first.cascadeIssues).toEqual({ totalCount: 1, units: [{ unitId: OPD, orphanRhk: 0, withdrawnLinks: 0, uncoveredSuperiorRhk: 0, uncoveredUnitTargets: 1 }], issues: [{ kind: 'UNCOVERED_UNIT_TARGET', unitId: OPD, skpId: null, rhkId: null, reference: 'iku-2' }] });
      expect(codeOf(await api.gql(CASCADE, { unitId: OPD, year: 2026 }, penilai.s1))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(CASCADE, { unitId: OPD, year: 2026 }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('annual close: configurable deadline, reminder to appraisers with open evaluations, overdue list', () => {
    const SCHEDULE = `mutation($input: ScheduleAnnualCloseInput!) { scheduleAnnualClose(input: $input) { status { closeBy remindOn overdue openCount open { appraiserEmployeeId skpIds } } } }`;
    const STATUS = `query($instansiId: ID!, $year: Int!) { annualCloseStatus(instansiId: $instansiId, year: $year) { closeBy overdue openCount open { appraiserEmployeeId skpIds } } }`;
    const stream = `performance-annual-close-${INSTANSI}.2026`;
    async function fired(type: string) {
      for (let i = 0; i < 100; i++) {
        await api.app.get(DeadlineScheduler).tick();
        const events = await api.events.readStream(stream);
        if (events.some((e) => e.type === type)) return events.filter((e) => e.type === type);
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`${type} never fired`);
    }

    it('ADMIN_BKD sets 10 January; the open list names the Kadis SKP (the Wali Kota appraises)', async () => {
      await refused(SCHEDULE, { instansiId: INSTANSI, year: 2026, closeBy: '2026-12-31' }, bkd, 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.CLOSE_DATE_INVALID');
      await refused(SCHEDULE, { instansiId: INSTANSI, year: 2026, closeBy: '2027-01-10' }, auditor, 'FORBIDDEN');
      const data = await api.ok(SCHEDULE, { input: { instansiId: INSTANSI, year: 2026, closeBy: '2027-01-10' } }, bkd);
      expect(data.scheduleAnnualClose.status).toEqual({ closeBy: '2027-01-10', remindOn: '2027-01-05', overdue: false, openCount: 1, open: [{ appraiserEmployeeId: null, skpIds: ['kadis.2026'] }] });
    });

    it('reminds on the reminder day and records the overdue list after the close date', async () => {
      clock.set('2027-01-05T02:00:00.000Z');
      const [reminder] = await fired('performance.AnnualCloseReminderIssued');
      expect(reminder.data.open).toEqual([{ appraiserEmployeeId: null, skpIds: ['kadis.2026'] }]);
      expect((await api.ok(STATUS, { instansiId: INSTANSI, year: 2026 }, auditor)).annualCloseStatus.overdue).toBe(false);
      clock.set('2027-01-11T00:30:00.000Z');
      const [overdue] = await fired('performance.AnnualCloseOverdue');
      expect(overdue.data).toMatchObject({ closeBy: '2027-01-10', open: [{ appraiserEmployeeId: null, skpIds: ['kadis.2026'] }] });
      expect((await api.ok(STATUS, { instansiId: INSTANSI, year: 2026 }, auditor)).annualCloseStatus).toMatchObject({ overdue: true, openCount: 1 });
    });
  });
});
