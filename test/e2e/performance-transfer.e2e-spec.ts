import { FixedClock } from '@kernel/clock';
import { codeOf, TestApi } from './harness';

const INSTANSI = 'kota-binjai';
const OPD = 'kota-binjai.dinkes';
const P2P = 'kota-binjai.p2p';
const YANKES = 'kota-binjai.yankes';
const SK = { skNumber: '821/14/BKPSDM/2026', skDate: '2026-02-20' };

const nip = (i: number) => `198${i}0${i}1${i}201${i}0${i}1${String(i).padStart(3, '0')}`;
const person = (i: number, employeeId: string, unitId: string, positionId: string) => ({
  employeeId, employmentType: 'PNS', identifier: nip(i), name: `Pegawai ${employeeId}`, birthDate: `198${i}-0${i}-1${i}`, sex: 'MALE', tmt: `201${i}-0${i}-01`, golongan: 'III_B', golonganTmt: `201${i}-0${i}-01`, education: 'S1', unitId, positionId,
});
const rhk = (id: string, intervensi: { skpId: string; rhkId: string }[] = []) => ({ rhkId: id, kategori: 'UTAMA', rencanaKinerja: `Rencana ${id}`, pendekatan: 'KUANTITATIF', indikator: [{ aspek: 'KUANTITAS', iki: `IKI ${id}`, target: '4 laporan' }], intervensi });
const SKP = `query($id: ID!) { skp(id: $id) { id status unitId positionId periodStart periodEnd months segment previousSkpId nextSkpId openedBy { effectiveDate skNumber } closedBy { effectiveDate skNumber skDate } pejabatPenilai { employeeId } segments { skpId segment periodStart periodEnd months unitId status } } }`;
const LEDGER = `query($employeeId: ID!) { angkaKreditLedger(employeeId: $employeeId, first: 10) { total entries { edges { node { year source predikat months angkaKredit } } } } }`;
const EVALUATE = 'mutation($i: EvaluatePeriodInput!) { evaluatePeriod(input: $i) { evaluationId } }';

/**
 * A mid-year transfer (issue 9 item 2): a JF epidemiolog moves from Bidang P2P to Bidang Yankes with
 * TMT 1 March 2026 through personnel's `transferEmployee`; the SKP of the old post closes on 28
 * February (2 months), a DRAFT SKP for the new post opens from the TMT with the Yankes head as
 * appraiser (10 months); both are evaluated; the AK ledger is pro-rated and KP sees one predikat.
 */
describe('Performance: a mid-year transfer splits the SKP (GraphQL over HTTP)', () => {
  const clock = new FixedClock(new Date('2025-06-10T03:00:00.000Z'));
  let api: TestApi;
  let bkd: string;
  let root: string;
  const self: Record<string, string> = {};
  const penilai: Record<string, string> = {};

  const plan = async (employeeId: string, rhks: object[], approver: string, skpId = `${employeeId}.2026`) => {
    const drafted = await api.ok('mutation($d: DraftSkpInput!) { draftSkp(input: $d) { skp { id } } }', { d: { employeeId, year: 2026, rhk: rhks } }, self[employeeId]);
    expect(drafted.draftSkp.skp.id).toBe(skpId);
    await api.ok('mutation($s: SkpRefInput!) { submitSkp(input: $s) { position } }', { s: { skpId } }, self[employeeId]);
    await api.ok('mutation($s: SkpRefInput!) { approveSkp(input: $s) { skp { status } } }', { s: { skpId } }, approver);
  };
  const waitForSkp = async (id: string) => {
    for (let i = 0; i < 200; i++) {
      // A reader of every instansi gets null (not FORBIDDEN) while the reaction has not opened it yet.
      const skp = (await api.ok(SKP, { id }, root)).skp;
      if (skp) return skp;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`${id} never appeared`);
  };

  beforeAll(async () => {
    api = await TestApi.start({}, { clock });
    root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    bkd = await api.token('bkd-binjai', { role: 'ADMIN_BKD', unit: INSTANSI });
    await api.ok('mutation($i: RegisterInstansiInput!) { registerInstansi(input: $i) { position } }', { i: { instansiId: INSTANSI, name: 'Pemerintah Kota Binjai', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, root);
    const unit = 'mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { position } }';
    await api.ok(unit, { i: { instansiId: INSTANSI, code: 'DINKES', name: 'Dinas Kesehatan', kind: 'OPD' } }, bkd);
    await api.ok(unit, { i: { instansiId: INSTANSI, parentUnitId: OPD, code: 'P2P', name: 'Bidang P2P', kind: 'BIDANG' } }, bkd);
    await api.ok(unit, { i: { instansiId: INSTANSI, parentUnitId: OPD, code: 'YANKES', name: 'Bidang Yankes', kind: 'BIDANG' } }, bkd);
    const position = 'mutation($i: CreatePositionInput!) { createPosition(input: $i) { position } }';
    await api.ok(position, { i: { unitId: OPD, code: 'KADIS', name: 'Kepala Dinas', jenisJabatan: 'JPT_PRATAMA', isUnitHead: true } }, bkd);
    for (const u of [P2P, YANKES]) {
      await api.ok(position, { i: { unitId: u, code: 'KABID', name: 'Kepala Bidang', jenisJabatan: 'ADMINISTRATOR', isUnitHead: true } }, bkd);
      await api.ok(position, { i: { unitId: u, code: 'EPID', name: 'Epidemiolog Kesehatan Ahli Pertama', jenisJabatan: 'JF_AHLI_PERTAMA', isUnitHead: false } }, bkd);
    }
    for (const p of [person(1, 'kadis', OPD, `${OPD}.kadis`), person(2, 'kabidp2p', P2P, `${P2P}.kabid`), person(3, 'kabidyan', YANKES, `${YANKES}.kabid`), person(4, 'epi', P2P, `${P2P}.epid`)]) {
      await api.ok('mutation($i: RegisterEmployeeInput!) { registerEmployee(input: $i) { position } }', { i: p }, bkd);
      self[p.employeeId] = await api.token(p.employeeId, { role: 'EMPLOYEE', unit: p.employeeId });
      penilai[p.employeeId] = await api.token(p.employeeId, { role: 'PEJABAT_PENILAI', unit: p.unitId });
    }
    clock.set('2026-01-05T03:00:00.000Z');
    await plan('kadis', [rhk('d1')], bkd);
    await plan('kabidp2p', [rhk('p1', [{ skpId: 'kadis.2026', rhkId: 'd1' }])], penilai.kadis);
    await plan('kabidyan', [rhk('y1', [{ skpId: 'kadis.2026', rhkId: 'd1' }])], penilai.kadis);
    await plan('epi', [rhk('e1', [{ skpId: 'kabidp2p.2026', rhkId: 'p1' }])], penilai.kabidp2p);
  }, 120_000);
  afterAll(() => api.close());

  it('transferEmployee with TMT 1 March closes the old SKP on 28 February and opens a DRAFT segment with the new appraiser', async () => {
    clock.set('2026-02-20T03:00:00.000Z');
    await api.ok('mutation($i: TransferEmployeeInput!) { transferEmployee(input: $i) { position } }', { i: { employeeId: 'epi', toUnitId: YANKES, toPositionId: `${YANKES}.epid`, effectiveDate: '2026-03-01', legalBasis: SK } }, bkd);
    const opened = await waitForSkp('epi.2026.2');
    expect(opened).toMatchObject({ id: 'epi.2026.2', status: 'DRAFT', unitId: YANKES, periodStart: '2026-03-01', periodEnd: '2026-12-31', months: 10, segment: 2, previousSkpId: 'epi.2026', openedBy: { effectiveDate: '2026-03-01', skNumber: SK.skNumber }, pejabatPenilai: { employeeId: 'kabidyan' } });
    const old = (await api.ok(SKP, { id: 'epi.2026' }, bkd)).skp;
    expect(old).toMatchObject({ status: 'APPROVED', unitId: P2P, periodStart: '2026-01-01', periodEnd: '2026-02-28', months: 2, nextSkpId: 'epi.2026.2', closedBy: { effectiveDate: '2026-03-01', ...SK }, pejabatPenilai: { employeeId: 'kabidp2p' } });
    expect(old.segments).toEqual([
      { skpId: 'epi.2026', segment: 1, periodStart: '2026-01-01', periodEnd: '2026-02-28', months: 2, unitId: P2P, status: 'APPROVED' },
      { skpId: 'epi.2026.2', segment: 2, periodStart: '2026-03-01', periodEnd: '2026-12-31', months: 10, unitId: YANKES, status: 'DRAFT' },
    ]);
    // The new appraiser sees the new segment; the old appraiser keeps the old one only.
    expect((await api.ok(SKP, { id: 'epi.2026.2' }, penilai.kabidyan)).skp.id).toBe('epi.2026.2');
    expect(codeOf(await api.gql(SKP, { id: 'epi.2026.2' }, penilai.kabidp2p))).toBe('FORBIDDEN');
  });

  it('mySkp answers the segment covering today, mySkps both; entries and realisasi go to the segment covering their date', async () => {
    const MY = 'query { mySkp(year: 2026) { id } mySkps(year: 2026) { id months } }';
    expect((await api.ok(MY, {}, self.epi)).mySkp.id).toBe('epi.2026');
    clock.set('2026-03-05T03:00:00.000Z');
    expect(await api.ok(MY, {}, self.epi)).toEqual({ mySkp: { id: 'epi.2026.2' }, mySkps: [{ id: 'epi.2026', months: 2 }, { id: 'epi.2026.2', months: 10 }] });
    const LOG = 'mutation($i: LogActivityInput!) { logActivity(input: $i) { activityId } }';
    const entry = { skpId: 'epi.2026', rhkId: 'e1', durationMinutes: 120, description: 'Penyelidikan epidemiologi DBD' };
    await api.ok(LOG, { i: { ...entry, date: '2026-02-27' } }, self.epi);
    const before = await api.settledHead();
    const refused = await api.gql(LOG, { i: { ...entry, date: '2026-03-02' } }, self.epi);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'DOMAIN_RULE_VIOLATION', rule: 'PERFORMANCE.ACTIVITY_DATE_OUTSIDE_SEGMENT' });
    const realisasi = await api.gql('mutation($i: RecordRealisasiInput!) { recordRealisasi(input: $i) { position } }', { i: { skpId: 'epi.2026', rhkId: 'e1', period: '2026-Q2', realisasi: '1 laporan' } }, self.epi);
    expect(realisasi.errors![0].extensions.rule).toBe('PERFORMANCE.PERIOD_OUTSIDE_SEGMENT');
    expect((await api.appendedSince(before)).map((e) => `${e.streamId} ${e.type}`)).toEqual([]);
    // The new segment is drafted for the new appraiser's RHK (draftSkp revises the segment covering today).
    await plan('epi', [rhk('e2', [{ skpId: 'kabidyan.2026', rhkId: 'y1' }])], penilai.kabidyan, 'epi.2026.2');
  });

  it('an annulled transfer withdraws a still-empty new segment and reopens the old one', async () => {
    clock.set('2026-03-06T03:00:00.000Z');
    await api.ok('mutation($i: TransferEmployeeInput!) { transferEmployee(input: $i) { position } }', { i: { employeeId: 'kabidyan', toUnitId: P2P, toPositionId: `${P2P}.epid`, effectiveDate: '2026-03-16', legalBasis: SK } }, bkd);
    await waitForSkp('kabidyan.2026.2');
    const history = await api.ok('query($id: ID!) { employeeHistory(id: $id) { eventId type } }', { id: 'kabidyan' }, bkd);
    const moved = history.employeeHistory.find((n: any) => n.type === 'personnel.EmployeeTransferred');
    await api.ok('mutation($i: AnnulCareerActionInput!) { annulCareerAction(input: $i) { position } }', { i: { employeeId: 'kabidyan', eventId: moved.eventId, legalBasis: SK, reason: 'SK mutasi dibatalkan' } }, bkd);
    let skp: any;
    for (let i = 0; i < 200 && skp?.status !== 'WITHDRAWN'; i++) {
      skp = (await api.ok(SKP, { id: 'kabidyan.2026.2' }, bkd)).skp;
      if (skp.status !== 'WITHDRAWN') await new Promise((r) => setTimeout(r, 50));
    }
    expect(skp.status).toBe('WITHDRAWN');
    const old = (await api.ok(SKP, { id: 'kabidyan.2026' }, bkd)).skp;
    expect(old).toMatchObject({ periodEnd: '2026-12-31', months: 12, nextSkpId: null, closedBy: null });
    expect(old.segments.map((s: any) => s.skpId)).toEqual(['kabidyan.2026']);
  });

  it('the old segment is evaluated by its own appraiser for the periods it overlaps; the AK ledger is pro-rated; KP sees one predikat', async () => {
    // A period is rated from its last day on: Q1 in April, the year on 31 December.
    clock.set('2026-04-02T03:00:00.000Z');
    const q2 = await api.gql(EVALUATE, { i: { skpId: 'epi.2026', period: '2026-Q2', ratings: [{ rhkId: 'e1', rating: 'SESUAI' }], ratingPerilaku: 'SESUAI' } }, penilai.kabidp2p);
    expect(q2.errors![0].extensions.rule).toBe('PERFORMANCE.PERIOD_OUTSIDE_SEGMENT');
    await api.ok(EVALUATE, { i: { skpId: 'epi.2026', period: '2026-Q1', ratings: [{ rhkId: 'e1', rating: 'SESUAI' }], ratingPerilaku: 'SESUAI' } }, penilai.kabidp2p);
    expect(codeOf(await api.gql(EVALUATE, { i: { skpId: 'epi.2026', period: '2026-Q1', ratings: [{ rhkId: 'e1', rating: 'SESUAI' }], ratingPerilaku: 'SESUAI' } }, penilai.kabidyan))).toBe('FORBIDDEN');

    clock.set('2026-12-31T03:00:00.000Z');
    const org = 'mutation($i: SetOrganisationPredikatInput!) { setOrganisationPredikat(input: $i) { position } }';
    await api.ok(org, { i: { unitId: OPD, period: '2026', organisationPredikat: 'ISTIMEWA', unitResult: 'DI_ATAS' } }, bkd);
    for (const u of [P2P, YANKES]) await api.ok(org, { i: { unitId: u, period: '2026', organisationPredikat: 'ISTIMEWA', unitResult: 'DI_ATAS' } }, penilai.kadis);
    await api.ok(EVALUATE, { i: { skpId: 'kadis.2026', period: '2026', ratings: [{ rhkId: 'd1', rating: 'DI_ATAS' }], ratingPerilaku: 'SESUAI' } }, bkd);
    await api.ok(EVALUATE, { i: { skpId: 'kabidp2p.2026', period: '2026', ratings: [{ rhkId: 'p1', rating: 'DI_ATAS' }], ratingPerilaku: 'SESUAI' } }, penilai.kadis);
    await api.ok(EVALUATE, { i: { skpId: 'kabidyan.2026', period: '2026', ratings: [{ rhkId: 'y1', rating: 'DI_ATAS' }], ratingPerilaku: 'SESUAI' } }, penilai.kadis);
    // The sign-off needs both segments' annual evaluations (each segment is due for the year).
    const early = await api.gql('mutation($i: SignOffPredikatInput!) { signOffPredikat(input: $i) { position } }', { i: { unitId: OPD, period: '2026', justification: 'Dinas kecil: kurva tidak dapat dipenuhi' } }, bkd);
    expect(early.errors![0].extensions.rule).toBe('PERFORMANCE.EVALUATIONS_MISSING');
    await api.ok(EVALUATE, { i: { skpId: 'epi.2026', period: '2026', ratings: [{ rhkId: 'e1', rating: 'SESUAI' }], ratingPerilaku: 'SESUAI' } }, penilai.kabidp2p);
    await api.ok(EVALUATE, { i: { skpId: 'epi.2026.2', period: '2026', ratings: [{ rhkId: 'e2', rating: 'DI_ATAS' }], ratingPerilaku: 'DI_ATAS' } }, penilai.kabidyan);
    await api.ok('mutation($i: SignOffPredikatInput!) { signOffPredikat(input: $i) { position } }', { i: { unitId: OPD, period: '2026', justification: 'Dinas kecil: kurva tidak dapat dipenuhi' } }, bkd);

    // Both segments keep their own predikat.
    const HISTORY = 'query { appraisalHistory(employeeId: "epi", first: 20) { edges { node { id skpId period predikat closed yearPredikat } } } }';
    const annual = (await api.ok(HISTORY, {}, self.epi)).appraisalHistory.edges.map((e: any) => e.node).filter((n: any) => n.period === '2026');
    expect(annual).toEqual([
      { id: 'epi.2026.2.2026', skpId: 'epi.2026.2', period: '2026', predikat: 'SANGAT_BAIK', closed: true, yearPredikat: true },
      { id: 'epi.2026.2026', skpId: 'epi.2026', period: '2026', predikat: 'BAIK', closed: true, yearPredikat: false },
    ]);
    // SIASN skp22 carries the year's predikat once per employee.
    const SKP22 = '{ siasnKinerjaExport(instansiId: "kota-binjai", year: 2026, kind: SKP22, first: 20) { edges { node { id employeeId } } } }';
    const skp22 = (await api.ok(SKP22, {}, bkd)).siasnKinerjaExport.edges.map((e: any) => e.node).filter((n: any) => n.employeeId === 'epi');
    expect(skp22).toEqual([{ id: 'epi.2026.2.2026', employeeId: 'epi' }]);

    // AK = pct × 12.5 × months/12 per segment: BAIK 2/12 → 2.08; SANGAT_BAIK 10/12 → 15.63.
    const ledger = (await api.ok(LEDGER, { employeeId: 'epi' }, self.epi)).angkaKreditLedger;
    expect(ledger.entries.edges.map((e: any) => e.node).sort((a: any, b: any) => a.months - b.months)).toEqual([
      { year: 2026, source: 'CLOSE', predikat: 'BAIK', months: 2, angkaKredit: '2.08' },
      { year: 2026, source: 'CLOSE', predikat: 'SANGAT_BAIK', months: 10, angkaKredit: '15.63' },
    ]);
    expect(ledger.total).toBe('17.71');

    // One published annual predikat for the employee-year (the 10-month segment's), which KP and awards read.
    const published = (await api.events.readAll({ after: 0, maxCount: 100_000 })).events.filter((e) => e.type === 'performance.AnnualPredikatFinalised' && e.data.employeeId === 'epi');
    expect(published.map((e) => [e.data.year, e.data.predikat, e.data.evaluationId])).toEqual([[2026, 'SANGAT_BAIK', 'epi.2026.2.2026']]);
  });
});
