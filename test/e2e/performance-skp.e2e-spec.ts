import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { FixedClock } from '@kernel/clock';
import { codeOf, GraphqlResponse, TestApi } from './harness';

const SKP = `id revision status year jenisJabatan skpDate employeeId unitId
  rhk { rhkId kategori rencanaKinerja pendekatan indikator { aspek iki target } intervensi { skpId rhkId } }
  perilaku { nilai ekspektasiKhusus } lampiran { dukunganSumberDaya skemaPertanggungjawaban konsekuensi }
  pejabatPenilai { kind employeeId name positionId substitute source title } atasanPejabatPenilai { kind employeeId }
  appraiserOverrideReason returnNotes submittedAt approvedAt`;
const DRAFT = `mutation($input: DraftSkpInput!) { draftSkp(input: $input) { position duplicate skp { ${SKP} } } }`;
const SUBMIT = `mutation($input: SkpRefInput!) { submitSkp(input: $input) { skp { id status pejabatPenilai { employeeId source } } } }`;
const APPROVE = `mutation($input: SkpRefInput!) { approveSkp(input: $input) { skp { id status approvedAt } } }`;
const RETURN = `mutation($input: ReturnSkpInput!) { returnSkp(input: $input) { skp { id status returnNotes } } }`;
const OVERRIDE = `mutation($input: OverrideSkpAppraiserInput!) { overrideSkpAppraiser(input: $input) { skp { id pejabatPenilai { employeeId name source } appraiserOverrideReason } } }`;
const READ = `query($id: ID!) { skp(id: $id) { id status pejabatPenilai { employeeId } } }`;
const MINE = `query($year: Int!) { mySkp(year: $year) { id status rhk { rhkId } } }`;
const INBOX = `query($status: SkpStatus) { appraiserInbox(status: $status, first: 10) { totalCount edges { node { id employeeId status } } } }`;

const YEAR = 2026;
/** The server's clock: 20 November 2026, 10:00 WIB. */
const NOW = '2026-11-20T03:00:00.000Z';
const person = (employeeId: string, nip: string, birthDate: string, sex: 'MALE' | 'FEMALE', tmt: string, golongan: string, unitId: string, positionId: string) => ({
  employeeId, employmentType: 'PNS', identifier: nip, name: `Pegawai ${employeeId}`, birthDate, sex, tmt, golongan, golonganTmt: tmt, education: 'S1', unitId, positionId,
});
const ind = (aspek: string, iki: string, target: string) => ({ aspek, iki, target });
const rhk = (rhkId: string, kategori: string, intervensi: { skpId: string; rhkId: string }[] = []) => ({
  rhkId, kategori, rencanaKinerja: `Rencana kinerja ${rhkId}`, pendekatan: 'KUANTITATIF', indikator: [ind('KUANTITAS', `Jumlah keluaran ${rhkId}`, '4 dokumen')], intervensi,
});

describe('Performance: SKP plans, cascade, appraisers and approval order (GraphQL over HTTP)', () => {
  let api: TestApi;
  let root: string;
  let bkd: string;
  let bkdBinjai: string;
  let auditor: string;
  const token: Record<string, string> = {};
  const penilai: Record<string, string> = {};

  beforeAll(async () => {
    api = await TestApi.start({}, { clock: new FixedClock(new Date(NOW)) });
    root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    bkd = await api.token('bkd-medan', { role: 'ADMIN_BKD', unit: 'kota-medan' });
    bkdBinjai = await api.token('bkd-binjai', { role: 'ADMIN_BKD', unit: 'kota-binjai' });
    auditor = await api.token('auditor-medan', { role: 'AUDITOR', unit: 'kota-medan' });
    await api.ok('mutation($i: RegisterInstansiInput!) { registerInstansi(input: $i) { position } }', { i: { instansiId: 'kota-medan', name: 'Pemerintah Kota Medan', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, root);
    const unit = 'mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { position } }';
    await api.ok(unit, { i: { instansiId: 'kota-medan', code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', kind: 'OPD' } }, bkd);
    await api.ok(unit, { i: { instansiId: 'kota-medan', parentUnitId: 'kota-medan.diskominfo', code: 'APTIKA', name: 'Bidang Aplikasi Informatika', kind: 'BIDANG' } }, bkd);
    await api.ok(unit, { i: { instansiId: 'kota-medan', parentUnitId: 'kota-medan.diskominfo', code: 'EGOV', name: 'Bidang E-Government', kind: 'BIDANG' } }, bkd);
    const position = 'mutation($i: CreatePositionInput!) { createPosition(input: $i) { position } }';
    for (const [unitId, code, jenisJabatan, isUnitHead] of [
      ['kota-medan.diskominfo', 'KADIS', 'JPT_PRATAMA', true],
      ['kota-medan.aptika', 'KABID', 'ADMINISTRATOR', true],
      ['kota-medan.aptika', 'PENGELOLA', 'PELAKSANA', false],
      ['kota-medan.egov', 'KABID', 'ADMINISTRATOR', true],
      ['kota-medan.egov', 'ANALIS', 'PELAKSANA', false],
    ] as const) {
      await api.ok(position, { i: { unitId, code, name: `${code} ${unitId}`, jenisJabatan, isUnitHead } }, bkd);
    }
    const register = 'mutation($i: RegisterEmployeeInput!) { registerEmployee(input: $i) { employee { id } } }';
    for (const p of [
      person('emp-kadis', '197501012000031001', '1975-01-01', 'MALE', '2000-03-01', 'IV_C', 'kota-medan.diskominfo', 'kota-medan.diskominfo.kadis'),
      person('emp-kabid', '198002022005011002', '1980-02-02', 'MALE', '2005-01-01', 'IV_A', 'kota-medan.aptika', 'kota-medan.aptika.kabid'),
      person('emp-ani', '198609262015052001', '1986-09-26', 'FEMALE', '2015-05-01', 'III_A', 'kota-medan.aptika', 'kota-medan.aptika.pengelola'),
      person('emp-dewi', '199003032016032002', '1990-03-03', 'FEMALE', '2016-03-01', 'III_A', 'kota-medan.egov', 'kota-medan.egov.analis'),
    ]) {
      await api.ok(register, { i: p }, bkd);
      token[p.employeeId] = await api.token(p.employeeId, { role: 'EMPLOYEE', unit: p.employeeId });
      penilai[p.employeeId] = await api.token(p.employeeId, { role: 'PEJABAT_PENILAI', unit: p.unitId });
    }
  });
  afterAll(() => api.close());

  async function refused(query: string, input: object, who: string | undefined, code: string, rule?: string): Promise<GraphqlResponse> {
    const before = await api.events.headPosition();
    const response = await api.gql(query, { input }, who);
    expect(codeOf(response)).toBe(code);
    if (rule) expect((response.errors![0].extensions.violations as { rule: string }[] | undefined)?.map((v) => v.rule) ?? [response.errors![0].extensions.rule]).toContain(rule);
    expect(await api.appendedSince(before)).toEqual([]);
    return response;
  }

  it("the JPT drafts without intervensi; the kepala daerah is the appraiser, ADMIN_BKD records the Wali Kota's approval", async () => {
    const data = await api.ok(DRAFT, { input: { employeeId: 'emp-kadis', year: YEAR, rhk: [rhk('d1', 'UTAMA'), rhk('d2', 'UTAMA')] } }, token['emp-kadis']);
    expect(data.draftSkp.skp).toMatchObject({ id: 'emp-kadis.2026', status: 'DRAFT', jenisJabatan: 'JPT_PRATAMA', pejabatPenilai: { kind: 'KEPALA_DAERAH', title: 'Wali Kota', source: 'DERIVED' } });
    expect(data.draftSkp.skp.perilaku).toHaveLength(7);
    await api.ok(SUBMIT, { input: { skpId: 'emp-kadis.2026' } }, token['emp-kadis']);
    await refused(APPROVE, { skpId: 'emp-kadis.2026' }, penilai['emp-kabid'], 'FORBIDDEN');
    expect((await api.ok(APPROVE, { input: { skpId: 'emp-kadis.2026' } }, bkd)).approveSkp.skp.status).toBe('APPROVED');
  });

  it('the kabid cascades from the kadis; the staff SKP shows its derived appraiser and cascades from the kabid', async () => {
    await api.ok(DRAFT, { input: { employeeId: 'emp-kabid', year: YEAR, rhk: [rhk('k1', 'UTAMA', [{ skpId: 'emp-kadis.2026', rhkId: 'd1' }]), rhk('k2', 'UTAMA', [{ skpId: 'emp-kadis.2026', rhkId: 'd2' }])] } }, token['emp-kabid']);
    await api.ok(SUBMIT, { input: { skpId: 'emp-kabid.2026' } }, token['emp-kabid']);
    const input = {
      employeeId: 'emp-ani',
      year: YEAR,
      rhk: [rhk('a1', 'UTAMA', [{ skpId: 'emp-kabid.2026', rhkId: 'k1' }]), rhk('a2', 'TAMBAHAN')],
      perilaku: ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'].map((nilai) => ({ nilai, ekspektasiKhusus: nilai === 'ADAPTIF' ? 'Cepat menguasai aplikasi baru' : null })),
      lampiran: { dukunganSumberDaya: ['Server'], skemaPertanggungjawaban: ['Laporan bulanan'], konsekuensi: ['Sesuai ketentuan'] },
      idempotencyKey: 'skp-ani-2026-draft',
    };
    const data = await api.ok(DRAFT, { input }, token['emp-ani']);
    expect(data.draftSkp.skp).toMatchObject({
      id: 'emp-ani.2026',
      status: 'DRAFT',
      pejabatPenilai: { kind: 'UNIT_HEAD', employeeId: 'emp-kabid', name: 'Pegawai emp-kabid', positionId: 'kota-medan.aptika.kabid', source: 'DERIVED' },
      atasanPejabatPenilai: { employeeId: 'emp-kadis' },
      lampiran: { dukunganSumberDaya: ['Server'] },
    });
    expect(data.draftSkp.skp.perilaku.find((p: { nilai: string }) => p.nilai === 'ADAPTIF').ekspektasiKhusus).toBe('Cepat menguasai aplikasi baru');
    const again = await api.ok(DRAFT, { input }, token['emp-ani']);
    expect(again.draftSkp.duplicate).toBe(true);
  });

  it('refuses bad plans before writing anything', async () => {
    await refused(DRAFT, { employeeId: 'emp-ani', year: YEAR, rhk: [rhk('a1', 'UTAMA', [{ skpId: 'emp-kabid.2026', rhkId: 'k9' }])] }, token['emp-ani'], 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.INTERVENSI_UNKNOWN');
    await refused(DRAFT, { employeeId: 'emp-ani', year: YEAR, rhk: [rhk('a2', 'TAMBAHAN')] }, token['emp-ani'], 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.RHK_UTAMA_REQUIRED');
    await refused(DRAFT, { employeeId: 'emp-ani', year: YEAR, rhk: [{ ...rhk('a1', 'UTAMA'), indikator: [ind('MUTU', 'x', 'y')] }] }, token['emp-ani'], 'BAD_USER_INPUT');
    await refused(DRAFT, { employeeId: 'emp-ani', year: YEAR, rhk: [rhk('a1', 'UTAMA')] }, token['emp-dewi'], 'FORBIDDEN');
    await refused(DRAFT, { employeeId: 'emp-ani', year: YEAR, rhk: [rhk('a1', 'UTAMA')] }, bkdBinjai, 'FORBIDDEN');
    await refused(DRAFT, { employeeId: 'emp-ani', year: YEAR, rhk: [rhk('a1', 'UTAMA')] }, undefined, 'UNAUTHENTICATED');
  });

  it("the appraiser sees the submission in the inbox, cannot approve before their own SKP, returns it with notes", async () => {
    await api.ok(SUBMIT, { input: { skpId: 'emp-ani.2026' } }, token['emp-ani']);
    const inbox = await api.ok(INBOX, {}, penilai['emp-kabid']);
    expect(inbox.appraiserInbox.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['emp-ani.2026']);
    await refused(APPROVE, { skpId: 'emp-ani.2026' }, penilai['emp-kabid'], 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.SUPERIOR_SKP_NOT_APPROVED');
    await refused(APPROVE, { skpId: 'emp-ani.2026' }, penilai['emp-dewi'], 'FORBIDDEN');
    await refused(RETURN, { skpId: 'emp-ani.2026', notes: '  ' }, penilai['emp-kabid'], 'BAD_USER_INPUT');
    const returned = await api.ok(RETURN, { input: { skpId: 'emp-ani.2026', notes: 'Tambahkan aspek waktu pada a1' } }, penilai['emp-kabid']);
    expect(returned.returnSkp.skp).toEqual({ id: 'emp-ani.2026', status: 'RETURNED', returnNotes: 'Tambahkan aspek waktu pada a1' });
  });

  it('the employee revises and resubmits; approval follows the order kadis → kabid → staff', async () => {
    const a1 = { ...rhk('a1', 'UTAMA', [{ skpId: 'emp-kabid.2026', rhkId: 'k1' }]), indikator: [ind('KUANTITAS', 'Jumlah modul', '4 modul'), ind('WAKTU', 'Waktu penyelesaian', '12 bulan')] };
    const revised = await api.ok(DRAFT, { input: { employeeId: 'emp-ani', year: YEAR, rhk: [a1] } }, token['emp-ani']);
    expect(revised.draftSkp.skp).toMatchObject({ status: 'RETURNED', rhk: [{ rhkId: 'a1', indikator: [{ aspek: 'KUANTITAS' }, { aspek: 'WAKTU' }] }] });
    await api.ok(SUBMIT, { input: { skpId: 'emp-ani.2026' } }, token['emp-ani']);
    await api.ok(APPROVE, { input: { skpId: 'emp-kabid.2026' } }, penilai['emp-kadis']);
    const approved = await api.ok(APPROVE, { input: { skpId: 'emp-ani.2026' } }, penilai['emp-kabid']);
    expect(approved.approveSkp.skp.status).toBe('APPROVED');
    await refused(APPROVE, { skpId: 'emp-ani.2026' }, penilai['emp-kabid'], 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.SKP_ALREADY_APPROVED');
    await refused(DRAFT, { employeeId: 'emp-ani', year: YEAR, rhk: [a1] }, token['emp-ani'], 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.SKP_NOT_EDITABLE');
  });

  it('a vacant appraiser post blocks nobody: ADMIN_BKD names the appraiser with a reason', async () => {
    await api.ok(DRAFT, { input: { employeeId: 'emp-dewi', year: YEAR, rhk: [rhk('e1', 'UTAMA')] } }, token['emp-dewi']);
    await refused(SUBMIT, { skpId: 'emp-dewi.2026' }, token['emp-dewi'], 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.APPRAISER_VACANT');
    await refused(OVERRIDE, { skpId: 'emp-dewi.2026', pejabatPenilaiEmployeeId: 'emp-kadis' }, bkd, 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.REASON_REQUIRED');
    await refused(OVERRIDE, { skpId: 'emp-dewi.2026', pejabatPenilaiEmployeeId: 'emp-kadis', reason: 'x' }, token['emp-dewi'], 'FORBIDDEN');
    const data = await api.ok(OVERRIDE, { input: { skpId: 'emp-dewi.2026', pejabatPenilaiEmployeeId: 'emp-kadis', reason: 'Kabid E-Government kosong; dinilai Kepala Dinas' } }, bkd);
    expect(data.overrideSkpAppraiser.skp).toMatchObject({ pejabatPenilai: { employeeId: 'emp-kadis', source: 'OVERRIDE' }, appraiserOverrideReason: 'Kabid E-Government kosong; dinilai Kepala Dinas' });
    await refused(SUBMIT, { skpId: 'emp-dewi.2026' }, token['emp-dewi'], 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.CASCADE_LINK_REQUIRED');
    await api.ok(DRAFT, { input: { employeeId: 'emp-dewi', year: YEAR, rhk: [rhk('e1', 'UTAMA', [{ skpId: 'emp-kadis.2026', rhkId: 'd2' }])] } }, token['emp-dewi']);
    expect((await api.ok(SUBMIT, { input: { skpId: 'emp-dewi.2026' } }, token['emp-dewi'])).submitSkp.skp).toMatchObject({ status: 'SUBMITTED', pejabatPenilai: { employeeId: 'emp-kadis', source: 'OVERRIDE' } });
    expect((await api.ok(APPROVE, { input: { skpId: 'emp-dewi.2026' } }, penilai['emp-kadis'])).approveSkp.skp.status).toBe('APPROVED');
  });

  it('individual SKPs are visible to the employee, the appraiser chain, ADMIN_BKD of the instansi and AUDITOR only', async () => {
    expect((await api.ok(MINE, { year: YEAR }, token['emp-ani'])).mySkp).toMatchObject({ id: 'emp-ani.2026', status: 'APPROVED' });
    expect((await api.ok(MINE, { year: 2025 }, token['emp-ani'])).mySkp).toBeNull();
    for (const reader of [token['emp-ani'], penilai['emp-kabid'], penilai['emp-kadis'], bkd, auditor]) {
      expect((await api.ok(READ, { id: 'emp-ani.2026' }, reader)).skp.id).toBe('emp-ani.2026');
    }
    for (const outsider of [token['emp-dewi'], penilai['emp-dewi'], bkdBinjai]) expect(codeOf(await api.gql(READ, { id: 'emp-ani.2026' }, outsider))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(READ, { id: 'emp-ani.2026' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(READ, { id: 'nobody.2026' }, bkd))).toBe('FORBIDDEN');
    expect((await api.ok(READ, { id: 'nobody.2026' }, root)).skp).toBeNull();
    expect(codeOf(await api.gql(MINE, { year: YEAR }, penilai['emp-kabid']))).toBe('FORBIDDEN');
  });

  it('every read of an individual SKP appends a RecordViewed (who read whose what, when); refused reads disclose nothing and log nothing', async () => {
    const views = async () => (await api.events.readAll({ after: 0, maxCount: 100_000 })).events.filter((e) => e.type === 'performance.RecordViewed');
    const before = (await views()).length;
    await api.ok(READ, { id: 'emp-ani.2026' }, penilai['emp-kadis']);
    await api.ok(MINE, { year: YEAR }, token['emp-ani']);
    expect(codeOf(await api.gql(READ, { id: 'emp-ani.2026' }, token['emp-dewi']))).toBe('FORBIDDEN');
    const logged = (await views()).slice(before);
    expect(logged.map((e) => e.data)).toEqual([
      { viewerId: 'emp-kadis', viewerRoles: ['PEJABAT_PENILAI:kota-medan.diskominfo'], query: 'skp', records: [{ kind: 'SKP', id: 'emp-ani.2026', employeeId: 'emp-ani', instansiId: 'kota-medan' }], self: false, viewedAt: NOW },
      { viewerId: 'emp-ani', viewerRoles: ['EMPLOYEE:emp-ani'], query: 'mySkp', records: [{ kind: 'SKP', id: 'emp-ani.2026', employeeId: 'emp-ani', instansiId: 'kota-medan' }], self: true, viewedAt: NOW },
    ]);
    expect(logged[0].actor.id).toBe('emp-kadis');
  });

  describe('daily evidence: journal, umpan balik, realisasi, the live board', () => {
    const LOG = `mutation($input: LogActivityInput!) { logActivity(input: $input) { position duplicate activityId activity { id skpId date durationMinutes rhkId description evidence umpanBalik { text } } } }`;
    const FEEDBACK = `mutation($input: GiveFeedbackInput!) { giveFeedback(input: $input) { skp { umpanBalik { feedbackId rhkId activityId perilaku text givenBy } } } }`;
    const REALISASI = `mutation($input: RecordRealisasiInput!) { recordRealisasi(input: $input) { skp { realisasi { rhkId period realisasi evidence } } } }`;
    const JOURNAL = `query($skpId: ID!) { activityLog(skpId: $skpId, first: 10) { totalCount edges { node { id date durationMinutes umpanBalik { text } } } } }`;
    const LIVE = `subscription($after: Float) { activityLogged(after: $after) { id skpId employeeId date durationMinutes rhkId } }`;
    const today = '2026-11-20';
    let hash: string;
    let activityId: string;
    const clients: Client[] = [];
    afterAll(() => Promise.all(clients.map((c) => c.dispose())));

    function firstLive(who: string, after: number): Promise<any> {
      const client = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: true, retryAttempts: 0, connectionParams: { authorization: `Bearer ${who}` } });
      clients.push(client);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no entry arrived')), 8000);
        const stop = client.subscribe({ query: LIVE, variables: { after } }, {
          next: (result) => { clearTimeout(timer); stop(); resolve(result); },
          error: reject,
          complete: () => undefined,
        });
      });
    }

    it('the employee logs an entry with bukti dukung; the appraiser’s board receives it live, nobody else’s', async () => {
      const upload = await fetch(`${api.baseUrl}/attachments`, { method: 'POST', body: Buffer.from('%PDF-1.4\n% notulen rapat modul perizinan\n'), headers: { authorization: `Bearer ${token['emp-ani']}`, 'content-type': 'application/octet-stream' } });
      expect(upload.status).toBe(201);
      hash = ((await upload.json()) as { hash: string }).hash;
      const after = await api.events.headPosition();
      const board = firstLive(penilai['emp-kabid'], after);
      const data = await api.ok(LOG, { input: { skpId: 'emp-ani.2026', date: today, durationMinutes: 180, rhkId: 'a1', description: 'Rapat desain modul perizinan', evidence: [hash] } }, token['emp-ani']);
      activityId = data.logActivity.activityId;
      expect(activityId.startsWith(`${today}:`)).toBe(true);
      expect(data.logActivity.activity).toMatchObject({ id: activityId, durationMinutes: 180, rhkId: 'a1', evidence: [hash] });
      const live = await board;
      expect(live.data.activityLogged).toMatchObject({ id: activityId, employeeId: 'emp-ani', skpId: 'emp-ani.2026', durationMinutes: 180 });
      // The push was a read of Ani's journal by the Kabid: logged before it left.
      const pushed = (await api.events.readAll({ after, maxCount: 100_000 })).events.filter((e) => e.type === 'performance.RecordViewed' && e.data.query === 'activityLogged');
      expect(pushed.map((e) => e.data)).toEqual([
        expect.objectContaining({ viewerId: 'emp-kabid', self: false, records: [{ kind: 'ACTIVITY_LOG', id: 'emp-ani.2026', employeeId: 'emp-ani', instansiId: expect.any(String) }] }),
      ]);
      // Dewi is appraised by the Kadis: her entry never reaches the Kabid's board, Ani's next one does.
      const next = firstLive(penilai['emp-kabid'], await api.events.headPosition());
      await api.ok(LOG, { input: { skpId: 'emp-dewi.2026', date: today, durationMinutes: 60, rhkId: 'e1', description: 'Analisis kebutuhan' } }, token['emp-dewi']);
      await api.ok(LOG, { input: { skpId: 'emp-ani.2026', date: today, durationMinutes: 30, rhkId: 'a1', description: 'Uji coba' } }, token['emp-ani']);
      expect((await next).data.activityLogged).toMatchObject({ employeeId: 'emp-ani', durationMinutes: 30 });
      // Another employee's token sees neither.
      const outsider = firstLive(token['emp-dewi'], after);
      expect((await outsider).data.activityLogged).toMatchObject({ employeeId: 'emp-dewi' });
    });

    it('refuses entries beyond 24 hours a day, in the future, for unknown RHK, by others — appending nothing', async () => {
      await refused(LOG, { skpId: 'emp-ani.2026', date: today, durationMinutes: 1440, rhkId: 'a1', description: 'x' }, token['emp-ani'], 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.ACTIVITY_DAY_OVER_24H');
      await refused(LOG, { skpId: 'emp-ani.2026', date: '2026-11-21', durationMinutes: 10, rhkId: 'a1', description: 'x' }, token['emp-ani'], 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.ACTIVITY_IN_FUTURE');
      await refused(LOG, { skpId: 'emp-ani.2026', date: today, durationMinutes: 10, rhkId: 'zz', description: 'x' }, token['emp-ani'], 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.RHK_UNKNOWN');
      await refused(LOG, { skpId: 'emp-ani.2026', date: today, durationMinutes: 10, rhkId: 'a1', description: 'x' }, token['emp-dewi'], 'FORBIDDEN');
      await refused(LOG, { skpId: 'emp-ani.2026', date: today, durationMinutes: 10, rhkId: 'a1', description: 'x', evidence: ['not-a-hash'] }, token['emp-ani'], 'BAD_USER_INPUT');
    });

    it('the appraiser gives feedback on the entry and on a BerAKHLAK value; the employee records realisasi', async () => {
      const fb = await api.ok(FEEDBACK, { input: { skpId: 'emp-ani.2026', activityId, text: 'Notulen lengkap, lanjutkan' } }, penilai['emp-kabid']);
      expect(fb.giveFeedback.skp.umpanBalik).toEqual([expect.objectContaining({ activityId, text: 'Notulen lengkap, lanjutkan', givenBy: 'emp-kabid' })]);
      await api.ok(FEEDBACK, { input: { skpId: 'emp-ani.2026', perilaku: 'KOLABORATIF', text: 'Aktif di tim lintas bidang' } }, penilai['emp-kabid']);
      await refused(FEEDBACK, { skpId: 'emp-ani.2026', activityId: '2026-01:nope', text: 'x' }, penilai['emp-kabid'], 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.ACTIVITY_UNKNOWN');
      await refused(FEEDBACK, { skpId: 'emp-ani.2026', activityId: '2026-11-19:nope', text: 'x' }, penilai['emp-kabid'], 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.ACTIVITY_UNKNOWN');
      // An entry logged when the journal was one stream per month keeps its id and its month stream.
      const logged = (await api.events.readAll({ after: 0, maxCount: 100_000 })).events.find((e) => e.type === 'performance.ActivityLogged' && e.data.activityId === activityId)!;
      const legacyId = '2026-10:0b6f3c1e-2d4a-5f6b-8c7d-9e0f1a2b3c4d';
      await api.events.append('performance-journal-emp-ani.2026-2026-10', [
        { eventId: 'legacy-month-entry', type: 'performance.ActivityLogged', schemaVersion: 1, data: { ...logged.data, activityId: legacyId, date: '2026-10-05' }, metadata: { occurredAt: logged.occurredAt, actor: logged.actor, commandId: 'legacy-month-entry', correlationId: 'legacy-month-entry', causationId: 'legacy-month-entry' } },
      ], 'no_stream');
      const legacy = await api.ok(FEEDBACK, { input: { skpId: 'emp-ani.2026', activityId: legacyId, text: 'Entri lama tetap bisa diberi umpan balik' } }, penilai['emp-kabid']);
      expect(legacy.giveFeedback.skp.umpanBalik).toEqual(expect.arrayContaining([expect.objectContaining({ activityId: legacyId })]));
      await refused(FEEDBACK, { skpId: 'emp-ani.2026', rhkId: 'a1', text: 'x' }, token['emp-ani'], 'FORBIDDEN');
      const r = await api.ok(REALISASI, { input: { skpId: 'emp-ani.2026', rhkId: 'a1', period: '2026-Q4', realisasi: '3 dari 4 modul beroperasi', evidence: [hash] } }, token['emp-ani']);
      expect(r.recordRealisasi.skp.realisasi).toEqual([{ rhkId: 'a1', period: '2026-Q4', realisasi: '3 dari 4 modul beroperasi', evidence: [hash] }]);
      await refused(REALISASI, { skpId: 'emp-ani.2026', rhkId: 'a1', period: '2025-Q4', realisasi: 'x' }, token['emp-ani'], 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.PERIOD_INVALID');
      const journal = await api.ok(JOURNAL, { skpId: 'emp-ani.2026' }, penilai['emp-kadis']);
      expect(journal.activityLog.totalCount).toBe(3);
      expect(journal.activityLog.edges.flatMap((e: any) => e.node.umpanBalik.map((f: any) => f.text))).toEqual(['Entri lama tetap bisa diberi umpan balik', 'Notulen lengkap, lanjutkan']);
      expect(codeOf(await api.gql(JOURNAL, { skpId: 'emp-ani.2026' }, token['emp-dewi']))).toBe('FORBIDDEN');
    });

    it('bukti dukung downloads follow the SKP readers', async () => {
      const get = (who: string) => fetch(`${api.baseUrl}/attachments/${hash}`, { headers: { authorization: `Bearer ${who}` } });
      expect((await get(penilai['emp-kabid'])).status).toBe(200);
      expect((await get(auditor)).status).toBe(200);
      expect((await get(token['emp-dewi'])).status).toBe(404);
    });
  });
});
