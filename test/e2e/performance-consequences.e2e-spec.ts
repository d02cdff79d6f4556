import { FixedClock } from '@kernel/clock';
import { codeOf, TestApi } from './harness';

const INSTANSI = 'kota-binjai';
const OPD = 'kota-binjai.dinkes';
const P2P = 'kota-binjai.p2p';

const nip = (i: number) => `198${i}0${i}1${i}201${i}0${i}1${String(i).padStart(3, '0')}`;
const person = (i: number, employeeId: string, unitId: string, positionId: string) => ({
  employeeId, employmentType: 'PNS', identifier: nip(i), name: `Pegawai ${employeeId}`, birthDate: `198${i}-0${i}-1${i}`, sex: 'MALE', tmt: `201${i}-0${i}-01`, golongan: 'III_B', golonganTmt: `201${i}-0${i}-01`, education: 'S1', unitId, positionId,
});
const rhk = (id: string, intervensi: { skpId: string; rhkId: string }[] = []) => ({ rhkId: id, kategori: 'UTAMA', rencanaKinerja: `Rencana ${id}`, pendekatan: 'KUANTITATIF', indikator: [{ aspek: 'KUANTITAS', iki: `IKI ${id}`, target: '4 laporan' }], intervensi });
const LEDGER = `query($employeeId: ID!) { angkaKreditLedger(employeeId: $employeeId, first: 10) { employeeId total entries { totalCount edges { node { year source predikat jenisJabatan koefisien persen months angkaKredit delta policyVersion } } } } }`;

/** Two closed years (2025, 2026) of one Dinas Kesehatan with a JF epidemiolog: the consequences elsewhere (issue 9 item 6). */
describe('Performance: consequences of closed evaluations — AK ledger (GraphQL over HTTP)', () => {
  const clock = new FixedClock(new Date('2025-06-10T03:00:00.000Z'));
  let api: TestApi;
  let bkd: string;
  let auditor: string;
  const self: Record<string, string> = {};
  const penilai: Record<string, string> = {};

  async function closeYear(year: number, epiPerilaku: string) {
    const plan = async (employeeId: string, rhks: object[], approver: string) => {
      await api.ok('mutation($d: DraftSkpInput!, $s: SkpRefInput!) { draftSkp(input: $d) { position } submitSkp(input: $s) { position } }', { d: { employeeId, year, rhk: rhks }, s: { skpId: `${employeeId}.${year}` } }, self[employeeId]);
      await api.ok('mutation($s: SkpRefInput!) { approveSkp(input: $s) { skp { status } } }', { s: { skpId: `${employeeId}.${year}` } }, approver);
    };
    await plan('kadis', [rhk('d1')], bkd);
    await plan('kabid', [rhk('k1', [{ skpId: `kadis.${year}`, rhkId: 'd1' }])], penilai.kadis);
    await plan('epi', [rhk('e1', [{ skpId: `kabid.${year}`, rhkId: 'k1' }])], penilai.kabid);
    const period = String(year);
    const org = 'mutation($i: SetOrganisationPredikatInput!) { setOrganisationPredikat(input: $i) { position } }';
    await api.ok(org, { i: { unitId: OPD, period, organisationPredikat: 'ISTIMEWA', unitResult: 'DI_ATAS' } }, bkd);
    await api.ok(org, { i: { unitId: P2P, period, organisationPredikat: 'ISTIMEWA', unitResult: 'DI_ATAS' } }, penilai.kadis);
    const evaluate = 'mutation($i: EvaluatePeriodInput!) { evaluatePeriod(input: $i) { position } }';
    await api.ok(evaluate, { i: { skpId: `kadis.${year}`, period, ratings: [{ rhkId: 'd1', rating: 'DI_ATAS' }], ratingPerilaku: 'SESUAI' } }, bkd);
    await api.ok(evaluate, { i: { skpId: `kabid.${year}`, period, ratings: [{ rhkId: 'k1', rating: 'DI_ATAS' }], ratingPerilaku: 'SESUAI' } }, penilai.kadis);
    await api.ok(evaluate, { i: { skpId: `epi.${year}`, period, ratings: [{ rhkId: 'e1', rating: 'DI_ATAS' }], ratingPerilaku: epiPerilaku } }, penilai.kabid);
    await api.ok('mutation($i: SignOffPredikatInput!) { signOffPredikat(input: $i) { position } }', { i: { unitId: OPD, period, justification: 'Dinas dengan tiga pegawai: kurva tidak dapat dipenuhi (BA penetapan)' } }, bkd);
  }

  beforeAll(async () => {
    api = await TestApi.start({}, { clock });
    const root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    bkd = await api.token('bkd-binjai', { role: 'ADMIN_BKD', unit: INSTANSI });
    auditor = await api.token('auditor-binjai', { role: 'AUDITOR', unit: INSTANSI });
    await api.ok('mutation($i: RegisterInstansiInput!) { registerInstansi(input: $i) { position } }', { i: { instansiId: INSTANSI, name: 'Pemerintah Kota Binjai', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, root);
    const unit = 'mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { position } }';
    await api.ok(unit, { i: { instansiId: INSTANSI, code: 'DINKES', name: 'Dinas Kesehatan', kind: 'OPD' } }, bkd);
    await api.ok(unit, { i: { instansiId: INSTANSI, parentUnitId: OPD, code: 'P2P', name: 'Bidang P2P', kind: 'BIDANG' } }, bkd);
    const position = 'mutation($i: CreatePositionInput!) { createPosition(input: $i) { position } }';
    await api.ok(position, { i: { unitId: OPD, code: 'KADIS', name: 'Kepala Dinas', jenisJabatan: 'JPT_PRATAMA', isUnitHead: true } }, bkd);
    await api.ok(position, { i: { unitId: P2P, code: 'KABID', name: 'Kepala Bidang', jenisJabatan: 'ADMINISTRATOR', isUnitHead: true } }, bkd);
    await api.ok(position, { i: { unitId: P2P, code: 'EPID', name: 'Epidemiolog Kesehatan Ahli Pertama', jenisJabatan: 'JF_AHLI_PERTAMA', isUnitHead: false } }, bkd);
    for (const p of [person(1, 'kadis', OPD, `${OPD}.kadis`), person(2, 'kabid', P2P, `${P2P}.kabid`), person(3, 'epi', P2P, `${P2P}.epid`)]) {
      await api.ok('mutation($i: RegisterEmployeeInput!) { registerEmployee(input: $i) { position } }', { i: p }, bkd);
      self[p.employeeId] = await api.token(p.employeeId, { role: 'EMPLOYEE', unit: p.employeeId });
      penilai[p.employeeId] = await api.token(p.employeeId, { role: 'PEJABAT_PENILAI', unit: p.unitId });
    }
    // The posts are held from June 2025; both years are appraised at the end of 2026, 2026 on its last day (a year is rated once it has ended).
    clock.set('2026-12-31T03:00:00.000Z');
    await closeYear(2025, 'DI_ATAS');
    await closeYear(2026, 'DI_ATAS');
  }, 120_000);
  afterAll(() => api.close());

  it('the system proposes a performance award for SANGAT_BAIK in 2025 and 2026; ADMIN_BKD confirms; the public log shows the award only', async () => {
    const NOMINATIONS = `query($instansiId: ID!, $status: PerformanceAwardStatus) { performanceAwardNominations(instansiId: $instansiId, status: $status, first: 10) { totalCount edges { node { id employeeId award year years status policyVersion decidedOn reason } } } }`;
    const LOG = `query($instansiId: ID!) { performanceAwardLog(instansiId: $instansiId, first: 10) { totalCount edges { node { id unitId employeeName award awardName year decidedOn } } } }`;
    const CONFIRM = `mutation($input: ConfirmPerformanceAwardInput!) { confirmPerformanceAward(input: $input) { nomination { id status decidedOn reason decidedBy } } }`;
    const REJECT = `mutation($input: DecidePerformanceAwardInput!) { rejectPerformanceAward(input: $input) { nomination { status } } }`;
    let pending: any;
    for (let i = 0; i < 100 && !pending?.totalCount; i++) {
      pending = (await api.ok(NOMINATIONS, { instansiId: INSTANSI }, bkd)).performanceAwardNominations;
      if (!pending.totalCount) await new Promise((r) => setTimeout(r, 50));
    }
    // Only Epi: the heads' predikat is BAIK (their unit result DI_ATAS, perilaku SESUAI).
    expect(pending.edges).toEqual([{ node: { id: 'epi.2026', employeeId: 'epi', award: 'PENGHARGAAN_KINERJA', year: 2026, years: [2025, 2026], status: 'PROPOSED', policyVersion: 'penghargaan-kinerja/v1', decidedOn: null, reason: null } }]);
    expect((await api.ok(LOG, { instansiId: INSTANSI })).performanceAwardLog.totalCount).toBe(0);
    const decision = { nominationId: 'epi.2026', decidedOn: '2026-12-31', decisionReason: 'Ditetapkan dalam rapat penghargaan BKPSDM' };
    const before = await api.events.headPosition();
    for (const [who, code] of [[auditor, 'FORBIDDEN'], [await api.token('bkd-medan', { role: 'ADMIN_BKD', unit: 'kota-medan' }), 'FORBIDDEN'], [self.epi, 'FORBIDDEN'], [undefined, 'UNAUTHENTICATED']] as const) {
      expect(codeOf(await api.gql(CONFIRM, { input: decision }, who))).toBe(code);
    }
    expect(codeOf(await api.gql(CONFIRM, { input: { ...decision, decisionReason: ' ' } }, bkd))).toBe('BAD_USER_INPUT');
    expect(await api.appendedSince(before)).toEqual([]);
    const confirmed = (await api.ok(CONFIRM, { input: decision }, bkd)).confirmPerformanceAward.nomination;
    expect(confirmed).toEqual({ id: 'epi.2026', status: 'CONFIRMED', decidedOn: '2026-12-31', reason: decision.decisionReason, decidedBy: 'bkd-binjai' });
    const again = await api.gql(REJECT, { input: decision }, bkd);
    expect(again.errors![0].extensions.rule).toBe('PERFORMANCE.AWARD_NOMINATION_NOT_PENDING');
    const log = (await api.ok(LOG, { instansiId: INSTANSI })).performanceAwardLog;
    expect(log.edges).toEqual([{ node: { id: 'epi.2026', unitId: P2P, employeeName: 'Pegawai epi', award: 'PENGHARGAAN_KINERJA', awardName: 'Penghargaan Kinerja', year: 2026, decidedOn: '2026-12-31' } }]);
    // The public type has no rating, predikat or years to ask for.
    expect(codeOf(await api.gql(`query($i: ID!) { performanceAwardLog(instansiId: $i, first: 1) { edges { node { years } } } }`, { i: INSTANSI }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(NOMINATIONS, { instansiId: INSTANSI }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(NOMINATIONS, { instansiId: INSTANSI }, self.epi))).toBe('FORBIDDEN');
    const views = (await api.events.readAll({ after: 0, maxCount: 100_000 })).events.filter((e) => e.type === 'performance.RecordViewed' && e.data.query === 'performanceAwardNominations');
    expect(views.length).toBeGreaterThan(0);
  });

  it("a unit target naming a published unit metric takes its realisasi from each publication (here training's JP compliance)", async () => {
    const UNIT = `query($unitId: ID!, $year: Int!) { unitPerformance(unitId: $unitId, year: $year) { targets { targetId metric } targetRealisasi { targetId metric period value basis source } } }`;
    const targets = [
      { targetId: 'iku-1', sasaran: 'Menurunnya kasus DBD', indikator: 'Incidence rate DBD', target: '< 10' },
      { targetId: 'iku-jp', sasaran: 'Meningkatnya kompetensi ASN dinas', indikator: 'Persentase PNS dengan ≥ 20 JP', target: '80', metric: 'JP_COMPLIANCE_PCT' },
    ];
    await api.ok('mutation($i: SetUnitTargetsInput!) { setUnitTargets(input: $i) { position } }', { i: { unitId: OPD, year: 2026, targets } }, penilai.kadis);
    const badMetric = await api.gql('mutation($i: SetUnitTargetsInput!) { setUnitTargets(input: $i) { position } }', { i: { unitId: OPD, year: 2026, targets: [{ ...targets[1], metric: 'TIDAK_ADA' }] } }, penilai.kadis);
    expect(codeOf(badMetric)).toBe('BAD_USER_INPUT');
    const trainingAdmin = await api.token('ta-binjai', { role: 'TRAINING_ADMIN', unit: INSTANSI });
    await api.ok('mutation($i: UnitYearInput!) { publishUnitTrainingCompliance(input: $i) { position } }', { i: { unitId: OPD, year: 2026 } }, trainingAdmin);
    const published = (await api.events.readAll({ after: 0, maxCount: 100_000 })).events.find((e) => e.type === 'shared.UnitMetricPublished' && e.data.unitId === OPD)!;
    let unit: any;
    for (let i = 0; i < 100 && !unit?.targetRealisasi.length; i++) {
      unit = (await api.ok(UNIT, { unitId: OPD, year: 2026 }, auditor)).unitPerformance;
      if (!unit.targetRealisasi.length) await new Promise((r) => setTimeout(r, 50));
    }
    expect(unit.targets).toEqual([{ targetId: 'iku-1', metric: null }, { targetId: 'iku-jp', metric: 'JP_COMPLIANCE_PCT' }]);
    expect(unit.targetRealisasi).toEqual([{ targetId: 'iku-jp', metric: 'JP_COMPLIANCE_PCT', period: '2026', value: published.data.value, basis: published.data.basis, source: published.data.source }]);
    const realisasi = (await api.events.readStream(`performance-unit-plan-${OPD}.2026`)).filter((e) => e.type === 'performance.UnitTargetRealisasiRecorded');
    expect(realisasi).toHaveLength(1);
    expect(realisasi[0].actor).toMatchObject({ id: 'system:performance-unit-metrics', onBehalfOf: 'ta-binjai' });
  });

  it("a JF employee's ledger has a line per closed annual evaluation; a correction adds an adjusting line", async () => {
    const line = (year: number, source: string, predikat: string, angkaKredit: string, delta: string) => ({ node: { year, source, predikat, jenisJabatan: 'JF_AHLI_PERTAMA', koefisien: '12.5', persen: { SANGAT_BAIK: 150, BAIK: 100 }[predikat], months: 12, angkaKredit, delta, policyVersion: 'permenpanrb-1-2023/v1' } });
    const ledger = (await api.ok(LEDGER, { employeeId: 'epi' }, self.epi)).angkaKreditLedger;
    expect(ledger).toEqual({ employeeId: 'epi', total: '37.50', entries: { totalCount: 2, edges: [line(2025, 'CLOSE', 'SANGAT_BAIK', '18.75', '18.75'), line(2026, 'CLOSE', 'SANGAT_BAIK', '18.75', '18.75')] } });
    await api.ok('mutation($i: CorrectEvaluationInput!) { correctEvaluation(input: $i) { position } }', { i: { evaluationId: 'epi.2026.2026', ratings: [{ rhkId: 'e1', rating: 'SESUAI' }], ratingPerilaku: 'SESUAI', reason: 'Bukti dukung e1 tidak lengkap' } }, penilai.kadis);
    const corrected = (await api.ok(LEDGER, { employeeId: 'epi' }, auditor)).angkaKreditLedger;
    expect(corrected.total).toBe('31.25');
    expect(corrected.entries.edges.at(-1)).toEqual(line(2026, 'CORRECTION', 'BAIK', '12.50', '-6.25'));
    // A structural post earns no angka kredit; others see nothing; every answered read is audited.
    expect((await api.ok(LEDGER, { employeeId: 'kabid' }, bkd)).angkaKreditLedger).toEqual({ employeeId: 'kabid', total: '0.00', entries: { totalCount: 0, edges: [] } });
    expect((await api.ok(LEDGER, { employeeId: 'epi' }, self.kabid)).angkaKreditLedger.entries.totalCount).toBe(0);
    const medan = await api.token('bkd-medan', { role: 'ADMIN_BKD', unit: 'kota-medan' });
    expect((await api.ok(LEDGER, { employeeId: 'epi' }, medan)).angkaKreditLedger.total).toBe('0.00');
    expect(codeOf(await api.gql(LEDGER, { employeeId: 'epi' }, penilai.kabid))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(LEDGER, { employeeId: 'epi' }))).toBe('UNAUTHENTICATED');
    const views = (await api.events.readAll({ after: 0, maxCount: 100_000 })).events.filter((e) => e.type === 'performance.RecordViewed' && e.data.query === 'angkaKreditLedger');
    expect(views.map((v) => v.data.viewerId)).toEqual(['epi', 'auditor-binjai']);
  });
});
