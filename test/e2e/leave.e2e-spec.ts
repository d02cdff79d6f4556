import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { FixedClock } from '@kernel/clock';
import { DeadlineScheduler } from '@infrastructure/scheduling';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { pdfText } from '@infrastructure/documents/testing/pdf-text';
import { codeOf, TestApi } from './harness';

const REQUEST = 'id employeeId kind subKind startDate endDate days counting status reason address atasan { employeeId acting delegatedFrom kepalaDaerah } pejabat { employeeId kepalaDaerah } escalatedTo { employeeId } waitingFor waitingForPpk consideration { verdict reason by { employeeId } } decision { verdict reason skNumber by { employeeId kepalaDaerah } } returnedOn decisionPosition decisionHash';
const REQUEST_LEAVE = `mutation($input: RequestLeaveInput!) { requestLeave(input: $input) { position duplicate leaveRequest { ${REQUEST} } } }`;
const CONSIDER = `mutation($input: ConsiderLeaveInput!) { considerLeave(input: $input) { position leaveRequest { ${REQUEST} } } }`;
const DECIDE = `mutation($input: DecideLeaveInput!) { decideLeave(input: $input) { position leaveRequest { ${REQUEST} } } }`;
const CANCEL = `mutation($input: CancelLeaveInput!) { cancelLeave(input: $input) { leaveRequest { id status } } }`;
const RETURN = `mutation($input: ReturnFromLeaveInput!) { returnFromLeave(input: $input) { leaveRequest { id endDate days returnedOn } } }`;
const LEDGER = 'year entitlement carriedOver carryBasis cap cutiBersamaAdded taken pending forfeited available remaining known';
const BALANCE = `query($employeeId: ID!, $year: Int!) { leaveBalance(employeeId: $employeeId, year: $year) { employeeId year employmentType current { ${LEDGER} } catatanCuti { year remaining known } } }`;
const CALENDAR = `query($unitId: ID!, $from: String!, $to: String!) { leaveCalendar(unitId: $unitId, from: $from, to: $to, first: 10) { namesVisible days { date away pending } entries { totalCount edges { node { employeeId name kind startDate endDate status } } } } }`;
const INBOX = `query { leaveInbox(first: 10) { totalCount edges { node { id employeeId status waitingFor } } } }`;
const ONE = `query($id: ID!) { leaveRequest(id: $id) { ${REQUEST} } }`;

const pns = (employeeId: string, identifier: string, name: string, birthDate: string, sex: string, tmt: string, golongan: string, unitId: string, positionId: string) => ({
  employeeId, employmentType: 'PNS', identifier, name, birthDate, sex, tmt, golongan, golonganTmt: tmt, education: 'S1', unitId, positionId,
});

describe('Leave (GraphQL over HTTP)', () => {
  const clock = new FixedClock(new Date('2026-05-04T02:00:00Z')); // Monday 4 May 2026, 09:00 WIB
  let api: TestApi;
  let root: string;
  let admin: string;
  let auditor: string;
  let ani: string;
  let citraSelf: string;
  let kadisSelf: string;
  let budi: string;
  let kadis: string;
  let citra: string;
  let requestId: string;

  const leave = (input: Record<string, unknown>, token: string) => api.gql(REQUEST_LEAVE, { input }, token);
  /** Until every projection and reaction has applied the log and nothing new is appended (a fired deadline's dispatch appends). */
  const settle = async () => {
    for (;;) {
      const head = await api.events.headPosition();
      expect(await api.app.get(ProjectionRunner).waitFor(head, [], 5000)).toBe(true);
      if ((await api.events.headPosition()) === head) return;
    }
  };

  beforeAll(async () => {
    api = await TestApi.start({}, { clock });
    root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    admin = await api.token('bkd-medan', { role: 'ADMIN_BKD', unit: 'kota-medan' });
    auditor = await api.token('auditor-medan', { role: 'AUDITOR', unit: 'kota-medan' });
    ani = await api.token('emp-ani', { role: 'EMPLOYEE', unit: 'emp-ani' });
    citraSelf = await api.token('emp-citra', { role: 'EMPLOYEE', unit: 'emp-citra' });
    kadisSelf = await api.token('emp-kadis', { role: 'EMPLOYEE', unit: 'emp-kadis' });
    budi = await api.token('emp-budi', { role: 'PEJABAT_PENILAI', unit: 'kota-medan.aptika' });
    kadis = await api.token('emp-kadis', { role: 'PEJABAT_PENILAI', unit: 'kota-medan.diskominfo' });
    citra = await api.token('emp-citra', { role: 'PEJABAT_PENILAI', unit: 'kota-medan.aptika' });
    await api.ok('mutation($i: RegisterInstansiInput!) { registerInstansi(input: $i) { position } }', { i: { instansiId: 'kota-medan', name: 'Pemerintah Kota Medan', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, root);
    await api.ok('mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { position } }', { i: { instansiId: 'kota-medan', code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', kind: 'OPD' } }, admin);
    await api.ok('mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { position } }', { i: { instansiId: 'kota-medan', parentUnitId: 'kota-medan.diskominfo', code: 'APTIKA', name: 'Bidang Aplikasi Informatika', kind: 'BIDANG' } }, admin);
    for (const [unitId, code, name, jenisJabatan, isUnitHead] of [
      ['kota-medan.diskominfo', 'KADIS', 'Kepala Dinas', 'JPT_PRATAMA', true],
      ['kota-medan.aptika', 'KABID', 'Kepala Bidang Aplikasi Informatika', 'ADMINISTRATOR', true],
      ['kota-medan.aptika', 'PENGELOLA', 'Pengelola Sistem Informasi', 'PELAKSANA', false],
      ['kota-medan.aptika', 'ANALIS', 'Pranata Komputer Ahli Madya', 'JF_AHLI_MADYA', false],
    ] as const) {
      await api.ok('mutation($i: CreatePositionInput!) { createPosition(input: $i) { position } }', { i: { unitId, code, name, jenisJabatan, isUnitHead } }, admin);
    }
    const register = 'mutation($i: RegisterEmployeeInput!) { registerEmployee(input: $i) { position } }';
    await api.ok(register, { i: pns('emp-kadis', '197001011995031001', 'Drs. Kadis Nasution', '1970-01-01', 'MALE', '1995-03-01', 'IV_C', 'kota-medan.diskominfo', 'kota-medan.diskominfo.kadis') }, admin);
    await api.ok(register, { i: pns('emp-budi', '197803152005011002', 'Budi Santoso Harahap', '1978-03-15', 'MALE', '2005-01-01', 'IV_A', 'kota-medan.aptika', 'kota-medan.aptika.kabid') }, admin);
    await api.ok(register, { i: pns('emp-ani', '198609262015052001', 'Ani Lestari Siregar', '1986-09-26', 'FEMALE', '2015-05-01', 'III_A', 'kota-medan.aptika', 'kota-medan.aptika.pengelola') }, admin);
    await api.ok(register, { i: pns('emp-citra', '199002142016032004', 'Citra Ginting', '1990-02-14', 'FEMALE', '2016-03-01', 'III_B', 'kota-medan.aptika', 'kota-medan.aptika.analis') }, admin);
  });
  afterAll(() => api.close());

  it('EMPLOYEE requests cuti tahunan: counted in working days, routed to the atasan and the kepala OPD, once per idempotency key', async () => {
    const input = { employeeId: 'emp-ani', kind: 'TAHUNAN', startDate: '2026-06-08', endDate: '2026-06-12', reason: 'Acara keluarga di Sibolga', address: 'Jl. Sisingamangaraja 5, Sibolga', idempotencyKey: 'ani-cuti-juni-2026' };
    const first = await leave(input, ani);
    expect(first.errors).toBeUndefined();
    const request = first.data.requestLeave.leaveRequest;
    requestId = request.id;
    expect(request).toMatchObject({ kind: 'TAHUNAN', days: 5, counting: 'WORKING_DAYS', status: 'MENUNGGU_PERTIMBANGAN', atasan: { employeeId: 'emp-budi' }, pejabat: { employeeId: 'emp-kadis' }, waitingFor: 'emp-budi' });
    const again = await leave(input, ani);
    expect(again.data.requestLeave).toMatchObject({ duplicate: true, leaveRequest: { id: requestId } });
    const stored = (await api.events.readStream('leave-record-emp-ani')).filter((e) => e.type === 'leave.LeaveRequested');
    expect(stored).toHaveLength(1);
  });

  it('refuses bad input and broken rules before anything is written; nobody requests for someone else', async () => {
    const head = await api.events.headPosition();
    const bad = await leave({ employeeId: 'emp-ani', kind: 'TAHUNAN', startDate: '2026-02-30', endDate: '2026-03-02', reason: 'x' }, ani);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const tooMuch = await leave({ employeeId: 'emp-ani', kind: 'TAHUNAN', startDate: '2026-07-01', endDate: '2026-07-20', reason: 'Liburan panjang' }, ani);
    expect(codeOf(tooMuch)).toBe('DOMAIN_RULE_VIOLATION');
    expect(tooMuch.errors![0].extensions.rule).toBe('LEAVE.BALANCE_EXCEEDED');
    const overlap = await leave({ employeeId: 'emp-ani', kind: 'ALASAN_PENTING', subKind: 'KELUARGA_MENINGGAL', startDate: '2026-06-10', endDate: '2026-06-11', reason: 'Duka' }, ani);
    expect(overlap.errors![0].extensions.rule).toBe('LEAVE.OVERLAP');
    const sick = await leave({ employeeId: 'emp-ani', kind: 'SAKIT', startDate: '2026-05-05', endDate: '2026-05-06', reason: 'Demam' }, ani);
    expect(sick.errors![0].extensions.rule).toBe('LEAVE.EVIDENCE_REQUIRED');
    expect(codeOf(await leave({ employeeId: 'emp-ani', kind: 'TAHUNAN', startDate: '2026-07-01', endDate: '2026-07-01', reason: 'x' }, citraSelf))).toBe('FORBIDDEN');
    expect(codeOf(await leave({ employeeId: 'emp-ani', kind: 'TAHUNAN', startDate: '2026-07-01', endDate: '2026-07-01', reason: 'x' }, auditor))).toBe('FORBIDDEN');
    expect(await api.appendedSince(head)).toEqual([]);
  });

  it('sick leave carries the doctor\'s letter as an uploaded attachment, downloadable by the approvers only', async () => {
    const upload = await fetch(`${api.baseUrl}/attachments`, { method: 'POST', body: Buffer.from('%PDF-1.7\n1 0 obj << /Title (Surat keterangan dokter) >> endobj\n%%EOF\n'), headers: { authorization: `Bearer ${ani}`, 'content-type': 'application/octet-stream' } });
    expect(upload.status).toBe(201);
    const { hash } = (await upload.json()) as { hash: string };
    const malformed = await leave({ employeeId: 'emp-ani', kind: 'SAKIT', startDate: '2026-05-05', endDate: '2026-05-06', reason: 'Demam', evidence: [{ hash: `sha256:${hash}`, kind: 'SURAT_DOKTER' }] }, ani);
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    const sick = await leave({ employeeId: 'emp-ani', kind: 'SAKIT', subKind: 'SAKIT_UMUM', startDate: '2026-05-05', endDate: '2026-05-06', reason: 'Demam', evidence: [{ hash, kind: 'SURAT_DOKTER' }] }, ani);
    expect(sick.data.requestLeave.leaveRequest).toMatchObject({ kind: 'SAKIT', days: 2, counting: 'CALENDAR_DAYS', atasan: { employeeId: 'emp-budi' } });
    const download = (token: string) => fetch(`${api.baseUrl}/attachments/${hash}`, { headers: { authorization: `Bearer ${token}` } });
    expect((await download(budi)).status).toBe(200);
    expect((await download(citraSelf)).status).toBe(404);
    const sekdis = await api.token('emp-sekdis', { role: 'PEJABAT_PENILAI', unit: 'kota-medan.diskominfo' });
    expect((await download(sekdis)).status).toBe(404);
    await api.ok(CANCEL, { input: { employeeId: 'emp-ani', requestId: sick.data.requestLeave.leaveRequest.id, reason: 'Sudah sembuh' } }, ani);
  });

  it('the atasan finds it in the inbox and gives the consideration; nobody else may', async () => {
    expect((await api.ok(INBOX, {}, budi)).leaveInbox).toMatchObject({ totalCount: 1, edges: [{ node: { id: requestId, waitingFor: 'emp-budi' } }] });
    expect((await api.ok(INBOX, {}, kadis)).leaveInbox.totalCount).toBe(0);
    const notHis = await api.gql(CONSIDER, { input: { employeeId: 'emp-ani', requestId, verdict: 'DISETUJUI' } }, kadis);
    expect(codeOf(notHis)).toBe('FORBIDDEN');
    const noReason = await api.gql(CONSIDER, { input: { employeeId: 'emp-ani', requestId, verdict: 'DITANGGUHKAN' } }, budi);
    expect(noReason.errors![0].extensions.rule).toBe('LEAVE.REASON_REQUIRED');
    const considered = await api.ok(CONSIDER, { input: { employeeId: 'emp-ani', requestId, verdict: 'PERUBAHAN', reason: 'Rapat koordinasi 8–12 Juni', proposedStart: '2026-06-15', proposedEnd: '2026-06-19' } }, budi);
    expect(considered.considerLeave.leaveRequest).toMatchObject({ status: 'MENUNGGU_KEPUTUSAN', consideration: { verdict: 'PERUBAHAN', by: { employeeId: 'emp-budi' } }, waitingFor: 'emp-kadis' });
  });

  it('the deciding official decides with changed dates, counted again (16 June is a holiday)', async () => {
    expect((await api.ok(INBOX, {}, kadis)).leaveInbox.edges.map((e: any) => e.node.id)).toEqual([requestId]);
    expect(codeOf(await api.gql(DECIDE, { input: { employeeId: 'emp-ani', requestId, verdict: 'DISETUJUI' } }, budi))).toBe('FORBIDDEN');
    const decided = await api.ok(DECIDE, { input: { employeeId: 'emp-ani', requestId, verdict: 'PERUBAHAN', reason: 'Sesuai pertimbangan atasan', changedStart: '2026-06-15', changedEnd: '2026-06-19' } }, kadis);
    expect(decided.decideLeave.leaveRequest).toMatchObject({ status: 'DISETUJUI_PERUBAHAN', startDate: '2026-06-15', endDate: '2026-06-19', days: 4, waitingFor: null, decision: { verdict: 'PERUBAHAN', by: { employeeId: 'emp-kadis' } } });
    expect(decided.decideLeave.leaveRequest.decisionPosition).toBe(decided.decideLeave.position);
    expect(decided.decideLeave.leaveRequest.decisionHash).toMatch(/^[0-9a-f]{64}$/);
    const again = await api.gql(DECIDE, { input: { employeeId: 'emp-ani', requestId, verdict: 'DISETUJUI' } }, kadis);
    expect(again.errors![0].extensions.rule).toBe('LEAVE.WRONG_STEP');
  });

  it('prints the surat izin cuti as PDF, stamped with the position and hash of the decision event', async () => {
    const { suratIzinCuti } = await api.ok(`query($id: ID!) { suratIzinCuti(requestId: $id) { fileName mediaType contentBase64 position hash stamp } }`, { id: requestId }, ani);
    const decided = (await api.events.readStream('leave-record-emp-ani')).find((e) => e.type === 'leave.LeaveDecided' && e.data.requestId === requestId)!;
    expect(suratIzinCuti).toMatchObject({ mediaType: 'application/pdf', position: decided.position, hash: decided.hash, stamp: `akuntabel:leave-record-emp-ani@${decided.position}#${decided.hash}` });
    const pdf = Buffer.from(suratIzinCuti.contentBase64, 'base64');
    expect(pdf.toString('latin1')).toContain(`(${suratIzinCuti.stamp})`);
    const text = pdfText(pdf).replace(/\n/g, ' ');
    for (const expected of ['SURAT IZIN CUTI TAHUNAN', 'Ani Lestari Siregar', '198609262015052001', '15 Juni 2026', 'Kepala Dinas, Drs. Kadis Nasution', 'Pemerintah Kota Medan'.toUpperCase()]) expect(text).toContain(expected);
    expect(text.replace(/ /g, '')).toContain(`hashSHA-256${decided.hash}`);
    const other = await api.gql(`query($id: ID!) { suratIzinCuti(requestId: $id) { position } }`, { id: requestId }, citraSelf);
    expect(codeOf(other)).toBe('FORBIDDEN');
  });

  it('the balance and the catatan cuti follow from the events', async () => {
    const { leaveBalance } = await api.ok(BALANCE, { employeeId: 'emp-ani', year: 2026 }, ani);
    expect(leaveBalance.current).toMatchObject({ entitlement: 12, taken: 4, pending: 0, available: 8, remaining: 8 });
    expect(leaveBalance.catatanCuti.map((y: any) => y.year)).toEqual([2024, 2025, 2026]);
    const next = await api.ok(BALANCE, { employeeId: 'emp-ani', year: 2027 }, ani);
    expect(next.leaveBalance.current).toMatchObject({ carriedOver: 6, carryBasis: 'SATU_TAHUN', available: 18 });
    expect(codeOf(await api.gql(BALANCE, { employeeId: 'emp-ani', year: 2026 }, citraSelf))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(BALANCE, { employeeId: 'emp-nobody', year: 2026 }, admin))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(BALANCE, { employeeId: 'emp-nobody', year: 2026 }, root))).toBe('NOT_FOUND');
  });

  it('ADMIN_BKD records cuti bersama worked (added to cuti tahunan) and a prior catatan cuti; refuses a day that is not cuti bersama', async () => {
    const worked = await api.ok('mutation($input: RecordCutiBersamaWorkInput!) { recordCutiBersamaWork(input: $input) { leaveBalance { current { cutiBersamaAdded available } } } }', { input: { employeeId: 'emp-ani', year: 2026, dates: ['2026-03-18', '2026-03-20'], reason: 'ST Kadis 800/45/2026: piket layanan Lebaran' } }, admin);
    expect(worked.recordCutiBersamaWork.leaveBalance.current).toMatchObject({ cutiBersamaAdded: 2, available: 10 });
    const wrong = await api.gql('mutation($input: RecordCutiBersamaWorkInput!) { recordCutiBersamaWork(input: $input) { position } }', { input: { employeeId: 'emp-ani', year: 2026, dates: ['2026-03-17'], reason: 'Piket' } }, admin);
    expect(wrong.errors![0].extensions.rule).toBe('LEAVE.NOT_CUTI_BERSAMA');
    expect(codeOf(await api.gql('mutation($input: RecordCutiBersamaWorkInput!) { recordCutiBersamaWork(input: $input) { position } }', { input: { employeeId: 'emp-ani', year: 2026, dates: ['2026-03-24'], reason: 'Piket' } }, budi))).toBe('FORBIDDEN');
    const opened = await api.ok('mutation($input: OpenLeaveRecordInput!) { openLeaveRecord(input: $input) { leaveBalance { current { carriedOver carryBasis available } catatanCuti { year remaining known } } } }', { input: { employeeId: 'emp-citra', firstYear: 2026, priorYears: [{ year: 2025, taken: 0, remaining: 12 }, { year: 2024, taken: 0, remaining: 12 }] } }, admin);
    expect(opened.openLeaveRecord.leaveBalance.current).toMatchObject({ carriedOver: 12, carryBasis: 'DUA_TAHUN', available: 24 });
  });

  it('the leave calendar names people only for the unit\'s staff and its chain; others see counts', async () => {
    const window = { unitId: 'kota-medan.aptika', from: '2026-06-15', to: '2026-06-19' };
    const chain = (await api.ok(CALENDAR, window, kadis)).leaveCalendar;
    expect(chain).toMatchObject({ namesVisible: true, entries: { totalCount: 1, edges: [{ node: { employeeId: 'emp-ani', name: 'Ani Lestari Siregar', kind: 'TAHUNAN' } }] } });
    expect(chain.days.map((d: any) => d.away)).toEqual([1, 1, 1, 1, 1]);
    const colleague = (await api.ok(CALENDAR, window, citraSelf)).leaveCalendar;
    expect(colleague).toMatchObject({ namesVisible: true, entries: { edges: [{ node: { name: 'Ani Lestari Siregar', kind: null } }] } });
    const outsider = (await api.ok(CALENDAR, window, kadisSelf)).leaveCalendar;
    expect(outsider).toMatchObject({ namesVisible: false, entries: { totalCount: 1, edges: [] } });
    expect(outsider.days[0].away).toBe(1);
    expect((await api.ok(CALENDAR, window, auditor)).leaveCalendar.namesVisible).toBe(true);
    const wide = await api.gql(CALENDAR, { ...window, to: '2026-12-31' }, kadis);
    expect(codeOf(wide)).toBe('BAD_USER_INPUT');
  });

  it('AUDITOR reads requests and balances but writes nothing', async () => {
    const one = await api.ok(ONE, { id: requestId }, auditor);
    expect(one.leaveRequest).toMatchObject({ id: requestId, reason: 'Acara keluarga di Sibolga' });
    expect((await api.ok(BALANCE, { employeeId: 'emp-ani', year: 2026 }, auditor)).leaveBalance.current.taken).toBe(4);
    expect(codeOf(await api.gql(CANCEL, { input: { employeeId: 'emp-ani', requestId, reason: 'x' } }, auditor))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(ONE, { id: requestId }, citraSelf))).toBe('FORBIDDEN');
    // A head above the unit who is not an approver sees the request without its personal parts.
    const sekdis = await api.token('emp-sekdis', { role: 'PEJABAT_PENILAI', unit: 'kota-medan.diskominfo' });
    expect((await api.ok(ONE, { id: requestId }, sekdis)).leaveRequest).toMatchObject({ reason: '(disembunyikan)', address: null });
  });

  it('CLTN is decided by the PPK (ADMIN_BKD records it with the SK) and published as not counting for masa kerja; a Plt may not decide it', async () => {
    const requested = await api.ok(REQUEST_LEAVE, { input: { employeeId: 'emp-budi', kind: 'CLTN', startDate: '2027-01-01', endDate: '2027-12-31', reason: 'Mendampingi pasangan tugas belajar' } }, admin);
    const cltn = requested.requestLeave.leaveRequest;
    expect(cltn).toMatchObject({ atasan: { employeeId: 'emp-kadis' }, pejabat: { kepalaDaerah: true } });
    await api.ok(CONSIDER, { input: { employeeId: 'emp-budi', requestId: cltn.id, verdict: 'DISETUJUI' } }, kadis);
    expect((await api.ok(INBOX, {}, admin)).leaveInbox.edges.map((e: any) => e.node.id)).toContain(cltn.id);
    expect(codeOf(await api.gql(DECIDE, { input: { employeeId: 'emp-budi', requestId: cltn.id, verdict: 'DISETUJUI' } }, kadis))).toBe('FORBIDDEN');
    const decided = await api.ok(DECIDE, { input: { employeeId: 'emp-budi', requestId: cltn.id, verdict: 'DISETUJUI', skNumber: '800.1.6/0077/BKPSDM/2026', skDate: '2026-05-04' } }, admin);
    expect(decided.decideLeave.leaveRequest).toMatchObject({ status: 'DISETUJUI', decision: { skNumber: '800.1.6/0077/BKPSDM/2026', by: { kepalaDaerah: true } } });
    const published = (await api.events.readStream('leave-record-emp-budi')).filter((e) => e.type === 'leave.ExtendedAbsenceRecorded');
    expect(published.map((e) => e.data)).toEqual([expect.objectContaining({ kind: 'CLTN', change: 'GRANTED', countsAsService: false, startDate: '2027-01-01', endDate: '2027-12-31' })]);
  });

  it('while the atasan is on leave the step goes up; with a Plh appointed it goes to the Plh', async () => {
    // Budi takes 11–15 May; on 12 May Ani's request is routed past him to the Kadis.
    const own = await api.ok(REQUEST_LEAVE, { input: { employeeId: 'emp-budi', kind: 'TAHUNAN', startDate: '2026-05-11', endDate: '2026-05-15', reason: 'Urusan keluarga' } }, admin);
    const budiLeave = own.requestLeave.leaveRequest.id;
    await api.ok(CONSIDER, { input: { employeeId: 'emp-budi', requestId: budiLeave, verdict: 'DISETUJUI' } }, kadis);
    await api.ok(DECIDE, { input: { employeeId: 'emp-budi', requestId: budiLeave, verdict: 'DISETUJUI' } }, kadis);
    clock.set('2026-05-12T02:00:00Z');
    const routed = await api.ok(REQUEST_LEAVE, { input: { employeeId: 'emp-ani', kind: 'ALASAN_PENTING', subKind: 'PERNIKAHAN', startDate: '2026-07-06', endDate: '2026-07-17', reason: 'Pernikahan' } }, ani);
    expect(routed.requestLeave.leaveRequest.atasan).toMatchObject({ employeeId: 'emp-kadis', delegatedFrom: 'emp-budi' });
    await api.ok(CANCEL, { input: { employeeId: 'emp-ani', requestId: routed.requestLeave.leaveRequest.id, reason: 'Tanggal pernikahan diundur' } }, ani);
    // Now a Plh for the Kabid post during Budi's leave: the step goes to the Plh.
    await api.ok('mutation($i: StartActingAssignmentInput!) { startActingAssignment(input: $i) { position } }', { i: { employeeId: 'emp-citra', assignmentId: 'plh-kabid-mei', kind: 'PLH', unitId: 'kota-medan.aptika', positionId: 'kota-medan.aptika.kabid', from: '2026-05-11', until: '2026-05-15', legalBasis: { skNumber: '800.1.3/0201/DISKOMINFO/2026', skDate: '2026-05-08' } } }, admin);
    await settle();
    const plh = await api.ok(REQUEST_LEAVE, { input: { employeeId: 'emp-ani', kind: 'ALASAN_PENTING', subKind: 'PERNIKAHAN', startDate: '2026-07-20', endDate: '2026-07-31', reason: 'Pernikahan' } }, ani);
    const plhRequest = plh.requestLeave.leaveRequest;
    expect(plhRequest.atasan).toMatchObject({ employeeId: 'emp-citra', acting: 'PLH', delegatedFrom: null });
    const considered = await api.ok(CONSIDER, { input: { employeeId: 'emp-ani', requestId: plhRequest.id, verdict: 'DISETUJUI' } }, citra);
    expect(considered.considerLeave.leaveRequest.consideration.by.employeeId).toBe('emp-citra');
    await api.ok(CANCEL, { input: { employeeId: 'emp-ani', requestId: plhRequest.id, reason: 'Diundur' } }, ani);
  });

  it('a step that waits too long is reminded, then escalated to the next official up (platform Deadlines)', async () => {
    clock.set('2026-05-18T02:00:00Z'); // Monday
    const waiting = await api.ok(REQUEST_LEAVE, { input: { employeeId: 'emp-ani', kind: 'TAHUNAN', startDate: '2026-08-03', endDate: '2026-08-04', reason: 'Keperluan pribadi' } }, ani);
    const id = waiting.requestLeave.leaveRequest.id;
    const noLetter = await api.gql(`query($id: ID!) { suratIzinCuti(requestId: $id) { position } }`, { id }, ani);
    expect(noLetter.errors![0].extensions.rule).toBe('LEAVE.NOT_APPROVED');
    const scheduler = api.app.get(DeadlineScheduler);
    clock.set('2026-05-22T02:00:00Z'); // 4 working days later: the 3-working-day reminder is due
    await settle();
    expect(await scheduler.tick()).toBeGreaterThanOrEqual(1);
    await settle();
    const reminded = (await api.events.readStream('leave-record-emp-ani')).filter((e) => e.type === 'leave.LeaveApproverReminded');
    expect(reminded.map((e) => e.data.requestId)).toContain(id);
    clock.set('2026-05-27T02:00:00Z'); // past the 5th working day (27 May is a holiday, 26 May the 5th)
    await scheduler.tick();
    await settle();
    const one = await api.ok(ONE, { id }, ani);
    expect(one.leaveRequest.escalatedTo).toMatchObject({ employeeId: 'emp-kadis' });
    expect((await api.ok(INBOX, {}, kadis)).leaveInbox.edges.map((e: any) => e.node.id)).toContain(id);
    const byKadis = await api.ok(CONSIDER, { input: { employeeId: 'emp-ani', requestId: id, verdict: 'DISETUJUI' } }, kadis);
    expect(byKadis.considerLeave.leaveRequest.consideration.by.employeeId).toBe('emp-kadis');
  });

  it('EMPLOYEE cancels before the first day, and returns early from granted leave', async () => {
    clock.set('2026-06-16T02:00:00Z');
    const early = await api.gql(CANCEL, { input: { employeeId: 'emp-ani', requestId, reason: 'Tidak jadi' } }, ani);
    expect(early.errors![0].extensions.rule).toBe('LEAVE.ALREADY_STARTED');
    clock.set('2026-06-17T02:00:00Z');
    const back = await api.ok(RETURN, { input: { employeeId: 'emp-ani', requestId, returnDate: '2026-06-17' } }, ani);
    expect(back.returnFromLeave.leaveRequest).toMatchObject({ endDate: '2026-06-16', days: 1, returnedOn: '2026-06-17' });
    expect((await api.ok(BALANCE, { employeeId: 'emp-ani', year: 2026 }, ani)).leaveBalance.current.taken).toBe(1);
  });

  it('streams status changes only of requests the subscriber may read (graphql-ws)', async () => {
    const budiSelf = await api.token('emp-budi', { role: 'EMPLOYEE', unit: 'emp-budi' });
    const client = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: true, retryAttempts: 0, connectionParams: { authorization: `Bearer ${budiSelf}` } });
    const results = await new Promise<any[]>((resolve, reject) => {
      const seen: any[] = [];
      const timer = setTimeout(() => reject(new Error(`timed out with ${JSON.stringify(seen)}`)), 8000);
      const unsubscribe = client.subscribe(
        { query: 'subscription { leaveStatusChanged(after: 0) { id employeeId kind status } }' },
        {
          next: (result) => {
            seen.push(result);
            if (seen.length >= 3 || result.errors) {
              clearTimeout(timer);
              unsubscribe();
              resolve(seen);
            }
          },
          error: reject,
          complete: () => resolve(seen),
        },
      );
    });
    await client.dispose();
    expect(results[0].errors).toBeUndefined();
    expect(results.every((r) => r.data.leaveStatusChanged.employeeId === 'emp-budi')).toBe(true);
    expect(results.map((r) => r.data.leaveStatusChanged.kind)).toContain('CLTN');
  });
});
