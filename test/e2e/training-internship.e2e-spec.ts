import { FixedClock } from '@kernel/clock';
import { codeOf, TestApi } from './harness';

/**
 * Internships (magang mahasiswa) over GraphQL: a cohort with a university under a PKS, placement with
 * an ASN mentor, the logbook, the mentor's assessment, the certificate with the mentor's MENTORING JP,
 * and erasure of the intern's personal data by crypto-shredding (the history stays).
 */
describe('Training internships (GraphQL over HTTP)', () => {
  const clock = new FixedClock(new Date('2026-06-20T03:00:00Z'));
  let api: TestApi;
  let ta: string;
  let taBinjai: string;
  let mentor: string;
  let otherEmployee: string;
  let auditor: string;
  const internshipId = 'kota-medan.magang-usu-2026';
  const INTERNSHIP = 'id title partnerId agreementId from until interns { participantId name email studyProgram consentGivenOn placement { unitId mentorEmployeeId from until } logbookEntries logbookHours assessment { score mentoringHours } certificate { certificateNumber issuedOn mentorJp } erasedAt }';
  const m = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { internship { ${INTERNSHIP} } } }`;
  const OPEN = m('openInternship', 'OpenInternshipInput');
  const ADMIT = m('admitIntern', 'AdmitInternInput');
  const PLACE = m('placeIntern', 'PlaceInternInput');
  const LOG = m('recordInternLogbook', 'RecordInternLogbookInput');
  const ASSESS = m('assessIntern', 'AssessInternInput');
  const CERTIFY = m('issueInternCertificate', 'IssueInternCertificateInput');
  const ERASE = m('eraseInternPersonalData', 'EraseInternPersonalDataInput');
  const GET = `query($id: ID!) { internship(id: $id) { ${INTERNSHIP} } }`;
  const LOGBOOK = 'query($internshipId: ID!, $participantId: ID!) { internLogbook(internshipId: $internshipId, participantId: $participantId, first: 10) { totalCount edges { node { date hours activity recordedBy } } } }';
  const intern = { internshipId, participantId: 'm-01', name: 'Rizky Pratama Nasution', email: 'rizky.nasution@students.usu.ac.id', studyProgram: 'S1 Teknologi Informasi', consentGivenOn: '2026-06-19', consentNoticeVersion: 'magang-2026.1' };

  const writtenSince = (position: number) => writtenSinceIn(api, position);

  async function refused(query: string, input: object, token: string, code: string, rule?: string) {
    const before = await api.events.headPosition();
    const response = await api.gql(query, { input }, token);
    expect(codeOf(response)).toBe(code);
    if (rule) expect(response.errors![0].extensions.rule).toBe(rule);
    expect(await writtenSince(before)).toEqual([]);
  }

  beforeAll(async () => {
    api = await TestApi.start({}, { clock });
    const root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    const bkd = await api.token('bkd-medan', { role: 'ADMIN_BKD', unit: 'kota-medan' });
    ta = await api.token('ta-medan', { role: 'TRAINING_ADMIN', unit: 'kota-medan' });
    taBinjai = await api.token('ta-binjai', { role: 'TRAINING_ADMIN', unit: 'kota-binjai' });
    mentor = await api.token('emp-ani', { role: 'EMPLOYEE', unit: 'emp-ani' });
    otherEmployee = await api.token('emp-budi', { role: 'EMPLOYEE', unit: 'emp-budi' });
    auditor = await api.token('inspektorat-medan', { role: 'AUDITOR', unit: 'kota-medan' });
    const run = (query: string, input: object, token = root) => api.ok(query, { input }, token);
    await run('mutation($input: RegisterInstansiInput!) { registerInstansi(input: $input) { position } }', { instansiId: 'kota-medan', name: 'Pemerintah Kota Medan', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' });
    await run('mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }', { instansiId: 'kota-medan', code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', kind: 'OPD' });
    await run('mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { position } }', { instansiId: 'kota-medan', parentUnitId: 'kota-medan.diskominfo', code: 'APTIKA', name: 'Bidang Aplikasi Informatika', kind: 'BIDANG' });
    await run('mutation($input: CreatePositionInput!) { createPosition(input: $input) { position } }', { unitId: 'kota-medan.aptika', code: 'KABID', name: 'Kepala Bidang', jenisJabatan: 'ADMINISTRATOR', isUnitHead: true });
    await run('mutation($input: CreatePositionInput!) { createPosition(input: $input) { position } }', { unitId: 'kota-medan.aptika', code: 'PENGELOLA', name: 'Pengelola Sistem Informasi', jenisJabatan: 'PELAKSANA' });
    const REGISTER = 'mutation($input: RegisterEmployeeInput!) { registerEmployee(input: $input) { position } }';
    await run(REGISTER, { employeeId: 'emp-budi', employmentType: 'PNS', identifier: '197803152005011002', name: 'Budi Santoso Harahap, S.T., M.Kom.', birthDate: '1978-03-15', sex: 'MALE', tmt: '2005-01-01', golongan: 'IV_A', golonganTmt: '2017-04-01', education: 'S2', unitId: 'kota-medan.aptika', positionId: 'kota-medan.aptika.kabid' }, bkd);
    await run(REGISTER, { employeeId: 'emp-ani', employmentType: 'PNS', identifier: '198609262015052001', name: 'Ani Lestari Siregar, S.Kom.', birthDate: '1986-09-26', sex: 'FEMALE', tmt: '2015-05-01', golongan: 'III_A', golonganTmt: '2015-05-01', education: 'S1', unitId: 'kota-medan.aptika', positionId: 'kota-medan.aptika.pengelola' }, bkd);
    const PARTNER = 'mutation($input: RegisterTrainingPartnerInput!) { registerTrainingPartner(input: $input) { position } }';
    const SIGN = 'mutation($input: SignCooperationAgreementInput!) { signCooperationAgreement(input: $input) { position } }';
    await run(PARTNER, { instansiId: 'kota-medan', code: 'USU', name: 'Universitas Sumatera Utara', kind: 'UNIVERSITAS', city: 'Medan' }, ta);
    await run(SIGN, { partnerId: 'kota-medan.usu', code: 'MOU-2024', kind: 'MOU', number: '100.3.7/0412/2024', signedOn: '2024-02-12', validFrom: '2024-02-12', validUntil: '2029-02-11', scope: 'Pengembangan SDM dan magang mahasiswa' }, ta);
    await run(SIGN, { partnerId: 'kota-medan.usu', code: 'PKS-2025', kind: 'PKS', number: '000.9/PKS/020/2025', signedOn: '2025-01-10', validFrom: '2025-01-10', validUntil: '2026-06-30', scope: 'Magang mahasiswa 2025', underAgreementId: 'kota-medan.usu.mou-2024' }, ta);
    await run(SIGN, { partnerId: 'kota-medan.usu', code: 'PKS-MAGANG-2026', kind: 'PKS', number: '000.9/PKS/014/2026', signedOn: '2026-01-15', validFrom: '2026-01-15', validUntil: '2027-01-14', scope: 'Magang mahasiswa Fasilkom-TI 2026', underAgreementId: 'kota-medan.usu.mou-2024' }, ta);
    await run(PARTNER, { instansiId: 'kota-medan', code: 'PT-DATA', name: 'PT Data Sumatera', kind: 'SWASTA' }, ta);
    await run(SIGN, { partnerId: 'kota-medan.pt-data', code: 'MOU-2026', kind: 'MOU', number: '100/PTDS/2026', signedOn: '2026-01-20', validFrom: '2026-01-20', validUntil: '2027-01-19', scope: 'Pelatihan analitik data' }, ta);
  });
  afterAll(() => api.close());

  const cohort = { instansiId: 'kota-medan', code: 'MAGANG-USU-2026', title: 'Magang Mahasiswa Fasilkom-TI USU 2026', agreementId: 'kota-medan.usu.pks-magang-2026', from: '2026-07-01', until: '2026-09-30' };

  it('TRAINING_ADMIN opens a cohort under a university PKS in force; an expired PKS, a non-university partner and another instansi are refused', async () => {
    await refused(OPEN, { ...cohort, agreementId: 'kota-medan.usu.pks-2025' }, ta, 'DOMAIN_RULE_VIOLATION', 'TRAINING.AGREEMENT_EXPIRED');
    await refused(OPEN, { ...cohort, agreementId: 'kota-medan.pt-data.mou-2026' }, ta, 'DOMAIN_RULE_VIOLATION', 'TRAINING.PARTNER_NOT_UNIVERSITY');
    await refused(OPEN, cohort, taBinjai, 'FORBIDDEN');
    const data = await api.ok(OPEN, { input: cohort }, ta);
    expect(data.openInternship.internship).toMatchObject({ id: internshipId, partnerId: 'kota-medan.usu', agreementId: cohort.agreementId, interns: [] });
  });

  it('admits a student with consent; the log holds the name only encrypted', async () => {
    await refused(ADMIT, { ...intern, consentNoticeVersion: '' }, ta, 'BAD_USER_INPUT');
    const data = await api.ok(ADMIT, { input: intern }, ta);
    expect(data.admitIntern.internship.interns).toEqual([expect.objectContaining({ participantId: 'm-01', name: intern.name, email: intern.email, studyProgram: intern.studyProgram, consentGivenOn: '2026-06-19' })]);
    const log = JSON.stringify(await api.events.readStream(`training-internship-${internshipId}`));
    expect(log).not.toContain('Rizky');
    expect(log).not.toContain('students.usu.ac.id');
  });

  it('places the intern with an ASN mentor; someone who is not an active ASN cannot mentor', async () => {
    await api.ok(ADMIT, { input: { ...intern, participantId: 'm-02', name: 'Siti Aisyah Lubis', email: null } }, ta);
    await refused(PLACE, { internshipId, participantId: 'm-02', unitId: 'kota-medan.aptika', mentorEmployeeId: 'emp-nobody', from: '2026-07-01', until: '2026-08-31' }, ta, 'DOMAIN_RULE_VIOLATION', 'TRAINING.MENTOR_NOT_ASN');
    const data = await api.ok(PLACE, { input: { internshipId, participantId: 'm-01', unitId: 'kota-medan.aptika', mentorEmployeeId: 'emp-ani', from: '2026-07-01', until: '2026-08-31' } }, ta);
    expect(data.placeIntern.internship.interns.find((i: { participantId: string }) => i.participantId === 'm-01').placement).toEqual({ unitId: 'kota-medan.aptika', mentorEmployeeId: 'emp-ani', from: '2026-07-01', until: '2026-08-31' });
  });

  it('the mentor (EMPLOYEE) keeps the logbook and sees only their intern; another employee cannot', async () => {
    clock.set('2026-07-03T10:00:00Z');
    await api.ok(LOG, { input: { internshipId, participantId: 'm-01', date: '2026-07-01', hours: 7, activity: 'Orientasi dan pengenalan aplikasi perizinan' } }, mentor);
    const data = await api.ok(LOG, { input: { internshipId, participantId: 'm-01', date: '2026-07-02', hours: 6.5, activity: 'Menyusun uji fungsional modul pengaduan' } }, mentor);
    expect(data.recordInternLogbook.internship.interns.map((i: { participantId: string }) => i.participantId)).toEqual(['m-01']);
    expect(data.recordInternLogbook.internship.interns[0]).toMatchObject({ logbookEntries: 2, logbookHours: 13.5 });
    await refused(LOG, { internshipId, participantId: 'm-01', date: '2026-07-03', hours: 7, activity: 'x' }, otherEmployee, 'FORBIDDEN');
    await refused(LOG, { internshipId, participantId: 'm-01', date: '2026-07-02', hours: 7, activity: 'Ulang' }, mentor, 'DOMAIN_RULE_VIOLATION', 'TRAINING.LOGBOOK_DATE_EXISTS');
    expect(codeOf(await api.gql(GET, { id: internshipId }, otherEmployee))).toBe('FORBIDDEN');
    const logbook = (await api.ok(LOGBOOK, { internshipId, participantId: 'm-01' }, mentor)).internLogbook;
    expect(logbook.edges.map((e: { node: { date: string } }) => e.node.date)).toEqual(['2026-07-01', '2026-07-02']);
  });

  it("the mentor assesses; the certificate follows the placement's end and credits the mentor's MENTORING JP", async () => {
    clock.set('2026-09-01T03:00:00Z');
    await refused(ASSESS, { internshipId, participantId: 'm-01', score: 90, notes: 'Baik', mentoringHours: 12 }, otherEmployee, 'DOMAIN_RULE_VIOLATION', 'TRAINING.ASSESSOR_NOT_MENTOR');
    await refused(CERTIFY, { internshipId, participantId: 'm-01', certificateNumber: 'SERT/MAGANG/2026/001', issuedOn: '2026-09-01' }, ta, 'DOMAIN_RULE_VIOLATION', 'TRAINING.INTERN_NOT_ASSESSED');
    await api.ok(ASSESS, { input: { internshipId, participantId: 'm-01', score: 88, notes: 'Inisiatif baik, dokumentasi rapi', mentoringHours: 12 } }, mentor);
    await refused(CERTIFY, { internshipId, participantId: 'm-01', certificateNumber: 'SERT/MAGANG/2026/001', issuedOn: '2026-08-30' }, ta, 'DOMAIN_RULE_VIOLATION', 'TRAINING.INTERN_CERTIFICATE_BEFORE_END');
    const data = await api.ok(CERTIFY, { input: { internshipId, participantId: 'm-01', certificateNumber: 'SERT/MAGANG/2026/001', issuedOn: '2026-09-01' } }, ta);
    expect(data.issueInternCertificate.internship.interns.find((i: { participantId: string }) => i.participantId === 'm-01')).toMatchObject({ assessment: { score: 88, mentoringHours: 12 }, certificate: { certificateNumber: 'SERT/MAGANG/2026/001', mentorJp: 16 } });
    const LEDGER = 'query { jpLedger(employeeId: "emp-ani", year: 2026) { totalJp status entries { activityId jp } } }';
    let ledger: { totalJp: number } = { totalJp: 0 };
    for (let i = 0; i < 50 && ledger.totalJp === 0; i++) {
      ledger = (await api.ok(LEDGER, {}, mentor)).jpLedger;
      if (ledger.totalJp === 0) await new Promise((r) => setTimeout(r, 50));
    }
    expect(ledger).toEqual({ totalJp: 16, status: 'BELUM', entries: [{ activityId: `${internshipId}/m-01`, jp: 16 }] });
  });

  it('the AUDITOR reads the cohort; erasure needs a reason, destroys the name and keeps the history', async () => {
    const before = (await api.ok(GET, { id: internshipId }, auditor)).internship.interns.find((i: { participantId: string }) => i.participantId === 'm-01');
    expect(before).toMatchObject({ name: intern.name, erasedAt: null });
    await refused(ERASE, { internshipId, participantId: 'm-01' }, ta, 'DOMAIN_RULE_VIOLATION');
    await refused(ERASE, { internshipId, participantId: 'm-01', reason: 'Permintaan peserta' }, auditor, 'FORBIDDEN');
    const eventsBefore = (await api.events.readStream(`training-internship-${internshipId}`)).length;
    const data = await api.ok(ERASE, { input: { internshipId, participantId: 'm-01', reason: 'Permintaan penghapusan oleh peserta (UU 27/2022 ps. 8)' } }, ta);
    const erased = data.eraseInternPersonalData.internship.interns.find((i: { participantId: string }) => i.participantId === 'm-01');
    expect(erased).toMatchObject({ name: null, email: null, studyProgram: intern.studyProgram, certificate: { certificateNumber: 'SERT/MAGANG/2026/001' } });
    expect(erased.erasedAt).toBeTruthy();
    const events = await api.events.readStream(`training-internship-${internshipId}`);
    expect(events.length).toBe(eventsBefore + 1);
    expect(events.at(-1)).toMatchObject({ type: 'training.InternPersonalDataErased', reason: 'Permintaan penghapusan oleh peserta (UU 27/2022 ps. 8)' });
    await refused(LOG, { internshipId, participantId: 'm-01', date: '2026-08-03', hours: 7, activity: 'Setelah dihapus' }, mentor, 'DOMAIN_RULE_VIOLATION', 'TRAINING.INTERN_ERASED');
    // The other intern keeps their data: one key per intern.
    expect((await api.ok(GET, { id: internshipId }, auditor)).internship.interns.find((i: { participantId: string }) => i.participantId === 'm-02').name).toBe('Siti Aisyah Lubis');
  });
});

/** Events appended after `position`, leaving out the audit checkpoints the checkpointer writes on its own timer. */
async function writtenSinceIn(api: TestApi, position: number): Promise<string[]> {
  const { events } = await api.events.readAll({ after: position, maxCount: 1000 });
  return events.filter((e) => !e.streamId.startsWith('audit-checkpoint')).map((e) => `${e.streamId} ${e.type}`);
}
