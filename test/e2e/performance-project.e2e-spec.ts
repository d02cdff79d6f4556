import { FixedClock } from '@kernel/clock';
import { codeOf, GraphqlResponse, TestApi } from './harness';

/** The server's clock: 15 April 2026, 10:00 WIB. */
const NOW = '2026-04-15T03:00:00.000Z';
const INSTANSI = 'kota-medan';
const DINKES = 'kota-medan.dinkes';
const KESMAS = 'kota-medan.kesmas';
const P2P = 'kota-medan.p2p';

const PROJECT_FIELDS = 'id instansiId unitId name year leadEmployeeId members { employeeId unitId peran } outputs { outputId title milestones { milestoneId dueDate reachedOn note evidence reportedBy } }';
const FORM = `mutation($input: FormProjectInput!) { formProject(input: $input) { project { ${PROJECT_FIELDS} } } }`;
const ADD = `mutation($input: AddProjectMemberInput!) { addProjectMember(input: $input) { project { members { employeeId unitId peran } } } }`;
const OUTPUT = `mutation($input: DefineProjectOutputInput!) { defineProjectOutput(input: $input) { project { outputs { outputId milestones { milestoneId } } } } }`;
const MILESTONE = `mutation($input: ReportProjectMilestoneInput!) { reportProjectMilestone(input: $input) { project { outputs { milestones { milestoneId reachedOn evidence reportedBy } } } } }`;
const RATE = `mutation($input: RateProjectMemberInput!) { rateProjectMember(input: $input) { position project { id } } }`;
const PROJECT = `query($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} } }`;
const PROJECTS = `query($instansiId: ID!, $year: Int!) { projects(instansiId: $instansiId, year: $year, first: 10) { totalCount edges { node { id name } } } }`;
const SKP = `query($id: ID!) { skp(id: $id) { id projectContributions { projectId projectName rhkId period rating feedback ratedBy } } }`;

const nip = (i: number) => `198${i}0${i}1${i}201${i}0${i}1${String(i).padStart(3, '0')}`;
const person = (i: number, employeeId: string, unitId: string, positionId: string, instansiUnit = unitId) => ({
  employeeId, employmentType: 'PNS', identifier: nip(i), name: `Pegawai ${employeeId}`, birthDate: `198${i}-0${i}-1${i}`, sex: 'FEMALE', tmt: `201${i}-0${i}-01`, golongan: 'III_C', golonganTmt: `201${i}-0${i}-01`, education: 'S1', unitId: instansiUnit, positionId,
});
const rhk = (id: string, intervensi: { skpId: string; rhkId: string }[] = []) => ({ rhkId: id, kategori: 'UTAMA', rencanaKinerja: `Rencana ${id}`, pendekatan: 'KUANTITATIF', indikator: [{ aspek: 'KUANTITAS', iki: `IKI ${id}`, target: '4 laporan' }], intervensi });

describe('Performance: project-based appraisal — the Dinas Kesehatan Kota Medan case (GraphQL over HTTP)', () => {
  let api: TestApi;
  let bkd: string;
  let auditor: string;
  let projectId: string;
  let hash: string;
  const self: Record<string, string> = {};
  const penilai: Record<string, string> = {};

  async function refused(query: string, input: object, who: string | undefined, code: string, ...rules: string[]): Promise<GraphqlResponse> {
    const before = await api.events.headPosition();
    const response = await api.gql(query, { input }, who);
    expect(codeOf(response)).toBe(code);
    const got = (response.errors![0].extensions.violations as { rule: string }[] | undefined)?.map((v) => v.rule) ?? [response.errors![0].extensions.rule];
    for (const rule of rules) expect(got).toContain(rule);
    expect(await api.appendedSince(before)).toEqual([]);
    return response;
  }

  beforeAll(async () => {
    api = await TestApi.start({}, { clock: new FixedClock(new Date(NOW)) });
    const root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    bkd = await api.token('bkd-medan', { role: 'ADMIN_BKD', unit: INSTANSI });
    auditor = await api.token('auditor-medan', { role: 'AUDITOR', unit: INSTANSI });
    const instansi = 'mutation($i: RegisterInstansiInput!) { registerInstansi(input: $i) { position } }';
    await api.ok(instansi, { i: { instansiId: INSTANSI, name: 'Pemerintah Kota Medan', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, root);
    await api.ok(instansi, { i: { instansiId: 'kota-binjai', name: 'Pemerintah Kota Binjai', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, root);
    const binjaiBkd = await api.token('bkd-binjai', { role: 'ADMIN_BKD', unit: 'kota-binjai' });
    const unit = 'mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { position } }';
    await api.ok(unit, { i: { instansiId: INSTANSI, code: 'DINKES', name: 'Dinas Kesehatan', kind: 'OPD' } }, bkd);
    await api.ok(unit, { i: { instansiId: INSTANSI, parentUnitId: DINKES, code: 'KESMAS', name: 'Bidang Kesehatan Masyarakat', kind: 'BIDANG' } }, bkd);
    await api.ok(unit, { i: { instansiId: INSTANSI, parentUnitId: DINKES, code: 'P2P', name: 'Bidang Pencegahan dan Pengendalian Penyakit', kind: 'BIDANG' } }, bkd);
    await api.ok(unit, { i: { instansiId: 'kota-binjai', code: 'DINKES', name: 'Dinas Kesehatan', kind: 'OPD' } }, binjaiBkd);
    const position = 'mutation($i: CreatePositionInput!) { createPosition(input: $i) { position } }';
    await api.ok(position, { i: { unitId: DINKES, code: 'KADIS', name: 'Kepala Dinas Kesehatan', jenisJabatan: 'JPT_PRATAMA', isUnitHead: true } }, bkd);
    for (const u of [KESMAS, P2P]) {
      await api.ok(position, { i: { unitId: u, code: 'KABID', name: 'Kepala Bidang', jenisJabatan: 'ADMINISTRATOR', isUnitHead: true } }, bkd);
      await api.ok(position, { i: { unitId: u, code: 'EPID', name: 'Epidemiolog Kesehatan', jenisJabatan: 'PELAKSANA', isUnitHead: false } }, bkd);
    }
    await api.ok(position, { i: { unitId: 'kota-binjai.dinkes', code: 'EPID', name: 'Epidemiolog', jenisJabatan: 'PELAKSANA', isUnitHead: false } }, binjaiBkd);
    const people = [
      person(1, 'kadis', DINKES, `${DINKES}.kadis`),
      person(2, 'kabid-kesmas', KESMAS, `${KESMAS}.kabid`),
      person(3, 'kabid-p2p', P2P, `${P2P}.kabid`),
      person(4, 'rina', KESMAS, `${KESMAS}.epid`),
      person(5, 'budi', P2P, `${P2P}.epid`),
      person(6, 'sari', P2P, `${P2P}.epid`),
    ];
    for (const p of people) {
      await api.ok('mutation($i: RegisterEmployeeInput!) { registerEmployee(input: $i) { position } }', { i: p }, bkd);
      self[p.employeeId] = await api.token(p.employeeId, { role: 'EMPLOYEE', unit: p.employeeId });
      penilai[p.employeeId] = await api.token(p.employeeId, { role: 'PEJABAT_PENILAI', unit: p.unitId });
    }
    await api.ok('mutation($i: RegisterEmployeeInput!) { registerEmployee(input: $i) { position } }', { i: person(7, 'joko', 'kota-binjai.dinkes', 'kota-binjai.dinkes.epid') }, binjaiBkd);
    const plan = async (employeeId: string, rhks: object[], approver: string) => {
      await api.ok('mutation($d: DraftSkpInput!, $s: SkpRefInput!) { draftSkp(input: $d) { position } submitSkp(input: $s) { position } }', { d: { employeeId, year: 2026, rhk: rhks }, s: { skpId: `${employeeId}.2026` } }, self[employeeId]);
      await api.ok('mutation($s: SkpRefInput!) { approveSkp(input: $s) { skp { status } } }', { s: { skpId: `${employeeId}.2026` } }, approver);
    };
    await plan('kadis', [rhk('d1')], bkd);
    await plan('kabid-kesmas', [rhk('k1', [{ skpId: 'kadis.2026', rhkId: 'd1' }])], penilai.kadis);
    await plan('kabid-p2p', [rhk('p1', [{ skpId: 'kadis.2026', rhkId: 'd1' }])], penilai.kadis);
    await plan('rina', [rhk('r1', [{ skpId: 'kabid-kesmas.2026', rhkId: 'k1' }])], penilai['kabid-kesmas']);
    await plan('budi', [rhk('b1', [{ skpId: 'kabid-p2p.2026', rhkId: 'p1' }]), rhk('b2', [{ skpId: 'kabid-p2p.2026', rhkId: 'p1' }])], penilai['kabid-p2p']);
    // Sari drafts but is not approved yet.
    await api.ok('mutation($d: DraftSkpInput!) { draftSkp(input: $d) { position } }', { d: { employeeId: 'sari', year: 2026, rhk: [rhk('s1', [{ skpId: 'kabid-p2p.2026', rhkId: 'p1' }])] } }, self.sari);
  });
  afterAll(() => api.close());

  it('the Kepala Dinas forms a project led by the Kabid Kesmas; closed to others', async () => {
    const input = { unitId: DINKES, name: 'Percepatan penurunan stunting', description: 'Tim lintas bidang: data posyandu, surveilans gizi, intervensi', year: 2026, leadEmployeeId: 'kabid-kesmas' };
    await refused(FORM, input, penilai['kabid-p2p'], 'FORBIDDEN');
    await refused(FORM, input, self.rina, 'FORBIDDEN');
    await refused(FORM, input, undefined, 'UNAUTHENTICATED');
    await refused(FORM, { ...input, leadEmployeeId: 'joko' }, penilai.kadis, 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.PROJECT_MEMBER_OTHER_INSTANSI');
    await refused(FORM, { ...input, year: 1999 }, penilai.kadis, 'BAD_USER_INPUT');
    const data = await api.ok(FORM, { input: { ...input, idempotencyKey: 'stunting-2026' } }, penilai.kadis);
    projectId = data.formProject.project.id;
    expect(data.formProject.project).toEqual({ id: projectId, instansiId: INSTANSI, unitId: DINKES, name: input.name, year: 2026, leadEmployeeId: 'kabid-kesmas', members: [], outputs: [] });
    const again = await api.gql(FORM, { input: { ...input, idempotencyKey: 'stunting-2026' } }, penilai.kadis);
    expect(again.data!.formProject.project.id).toBe(projectId);
  });

  it('the lead adds members from two bidang, each linked to an RHK of their own approved SKP', async () => {
    await refused(ADD, { projectId, employeeId: 'budi', rhkId: 'b2', peran: 'Analis surveilans' }, self.rina, 'FORBIDDEN');
    await refused(ADD, { projectId, employeeId: 'sari', rhkId: 's1', peran: 'Pendata' }, self['kabid-kesmas'], 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.PROJECT_MEMBER_SKP_NOT_APPROVED');
    await refused(ADD, { projectId, employeeId: 'joko', rhkId: 'j1', peran: 'Pendata' }, self['kabid-kesmas'], 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.PROJECT_MEMBER_OTHER_INSTANSI');
    await refused(ADD, { projectId, employeeId: 'budi', rhkId: 'zz', peran: 'Analis' }, self['kabid-kesmas'], 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.PROJECT_MEMBER_RHK_UNKNOWN');
    await refused(ADD, { projectId, employeeId: 'kabid-kesmas', rhkId: 'k1', peran: 'Ketua' }, self['kabid-kesmas'], 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.PROJECT_LEAD_IS_MEMBER');
    await api.ok(ADD, { input: { projectId, employeeId: 'rina', rhkId: 'r1', peran: 'Koordinator data posyandu' } }, self['kabid-kesmas']);
    const data = await api.ok(ADD, { input: { projectId, employeeId: 'budi', rhkId: 'b2', peran: 'Analis surveilans gizi' } }, penilai['kabid-kesmas']);
    expect(data.addProjectMember.project.members).toEqual([
      { employeeId: 'rina', unitId: KESMAS, peran: 'Koordinator data posyandu' },
      { employeeId: 'budi', unitId: P2P, peran: 'Analis surveilans gizi' },
    ]);
    await refused(ADD, { projectId, employeeId: 'budi', rhkId: 'b1', peran: 'x' }, self['kabid-kesmas'], 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.PROJECT_MEMBER_EXISTS');
  });

  it('outputs with milestones; a member reports one reached with bukti dukung, downloadable by project readers only', async () => {
    const output = { projectId, outputId: 'peta', title: 'Peta balita berisiko stunting', target: '21 kecamatan', milestones: [{ milestoneId: 'data', title: 'Data posyandu terkumpul', dueDate: '2026-03-31' }, { milestoneId: 'terbit', title: 'Peta terbit', dueDate: '2026-06-30' }] };
    await refused(OUTPUT, output, self.budi, 'FORBIDDEN');
    await refused(OUTPUT, { ...output, milestones: [{ ...output.milestones[0], dueDate: '2027-01-05' }] }, self['kabid-kesmas'], 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.PROJECT_MILESTONE_OUTSIDE_YEAR');
    const defined = await api.ok(OUTPUT, { input: output }, self['kabid-kesmas']);
    expect(defined.defineProjectOutput.project.outputs).toEqual([{ outputId: 'peta', milestones: [{ milestoneId: 'data' }, { milestoneId: 'terbit' }] }]);
    const upload = await fetch(`${api.baseUrl}/attachments`, { method: 'POST', body: Buffer.from('%PDF-1.4\n% rekap data 410 posyandu\n'), headers: { authorization: `Bearer ${self.rina}`, 'content-type': 'application/octet-stream' } });
    hash = ((await upload.json()) as { hash: string }).hash;
    const report = { projectId, outputId: 'peta', milestoneId: 'data', reachedOn: '2026-04-10', note: 'Data 410 posyandu masuk', evidence: [hash] };
    await refused(MILESTONE, report, self.sari, 'FORBIDDEN');
    await refused(MILESTONE, { ...report, reachedOn: '2026-04-20' }, self.rina, 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.PROJECT_MILESTONE_IN_FUTURE');
    await refused(MILESTONE, { ...report, milestoneId: 'nope' }, self.rina, 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.PROJECT_MILESTONE_UNKNOWN');
    await refused(MILESTONE, { ...report, evidence: ['x'] }, self.rina, 'BAD_USER_INPUT');
    const reached = await api.ok(MILESTONE, { input: report }, self.rina);
    expect(reached.reportProjectMilestone.project.outputs[0].milestones[0]).toEqual({ milestoneId: 'data', reachedOn: '2026-04-10', evidence: [hash], reportedBy: 'rina' });
    await refused(MILESTONE, report, self.rina, 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.PROJECT_MILESTONE_ALREADY_REACHED');
    const get = (who: string) => fetch(`${api.baseUrl}/attachments/${hash}`, { headers: { authorization: `Bearer ${who}` } });
    expect((await get(self.budi)).status).toBe(200);
    expect((await get(auditor)).status).toBe(200);
    expect((await get(self.sari)).status).toBe(404);
  });

  it("the lead's rating lands on the member's RHK: the member and their own appraiser read it; the lead, other members and other units do not", async () => {
    const rate = { projectId, employeeId: 'budi', period: '2026-Q1', rating: 'DI_ATAS', feedback: 'Analisis gizi selesai sebelum tenggat, dipakai lintas bidang' };
    await refused(RATE, rate, penilai.kadis, 'FORBIDDEN');
    await refused(RATE, rate, self.rina, 'FORBIDDEN');
    await refused(RATE, { ...rate, employeeId: 'sari' }, self['kabid-kesmas'], 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.PROJECT_MEMBER_UNKNOWN');
    await refused(RATE, { ...rate, period: '2025' }, self['kabid-kesmas'], 'DOMAIN_RULE_VIOLATION', 'PERFORMANCE.PERIOD_INVALID');
    await refused(RATE, { ...rate, feedback: ' ' }, self['kabid-kesmas'], 'BAD_USER_INPUT');
    await api.ok(RATE, { input: { ...rate, idempotencyKey: 'rate-budi-q1' } }, self['kabid-kesmas']);
    const before = await api.events.headPosition();
    await api.ok(RATE, { input: { ...rate, idempotencyKey: 'rate-budi-q1' } }, self['kabid-kesmas']);
    expect(await api.appendedSince(before)).toEqual([]);
    const expected = [{ projectId, projectName: 'Percepatan penurunan stunting', rhkId: 'b2', period: '2026-Q1', rating: 'DI_ATAS', feedback: rate.feedback, ratedBy: 'kabid-kesmas' }];
    expect((await api.ok(SKP, { id: 'budi.2026' }, self.budi)).skp.projectContributions).toEqual(expected);
    expect((await api.ok(SKP, { id: 'budi.2026' }, penilai['kabid-p2p'])).skp.projectContributions).toEqual(expected);
    expect((await api.ok(SKP, { id: 'budi.2026' }, penilai.kadis)).skp.projectContributions).toEqual(expected);
    for (const who of [self['kabid-kesmas'], penilai['kabid-kesmas'], self.rina]) expect(codeOf(await api.gql(SKP, { id: 'budi.2026' }, who))).toBe('FORBIDDEN');
    // The project shows no rating to anyone.
    const project = await api.gql(`query($id: ID!) { project(id: $id) { rating } }`, { id: projectId }, bkd);
    expect(codeOf(project)).toBe('BAD_USER_INPUT');
    const views = (await api.events.readAll({ after: 0, maxCount: 100_000 })).events.filter((e) => e.type === 'performance.RecordViewed' && e.data.query === 'skp');
    expect(views.map((v) => v.data.viewerId)).toEqual(expect.arrayContaining(['budi', 'kabid-p2p', 'kadis']));
  });

  it('project and project lists: lead, members, ADMIN_BKD and AUDITOR of the instansi', async () => {
    for (const who of [self.rina, self['kabid-kesmas'], bkd, auditor]) expect((await api.ok(PROJECT, { id: projectId }, who)).project.id).toBe(projectId);
    for (const who of [self.sari, penilai['kabid-p2p']]) expect(codeOf(await api.gql(PROJECT, { id: projectId }, who))).toBe('FORBIDDEN');
    expect((await api.ok(PROJECTS, { instansiId: INSTANSI, year: 2026 }, self.budi)).projects.totalCount).toBe(1);
    expect((await api.ok(PROJECTS, { instansiId: INSTANSI, year: 2026 }, auditor)).projects.totalCount).toBe(1);
    expect((await api.ok(PROJECTS, { instansiId: INSTANSI, year: 2026 }, self.sari)).projects.totalCount).toBe(0);
    expect(codeOf(await api.gql(PROJECTS, { instansiId: INSTANSI, year: 2026 }))).toBe('UNAUTHENTICATED');
  });
});
