import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { proofOfWork, setUpCities } from '../fixtures/public-feedback';
import { TestApi } from './harness';

// Code passed to page.evaluate runs in the browser; the project compiles without the DOM library.
declare const document: any;
declare const window: any;

/**
 * The public portal in a real browser: headless Chromium (the Debian package, /usr/bin/chromium)
 * driven by puppeteer-core, every flow end to end over the public GraphQL API, axe-core on every
 * section, the first-load weight measured, screenshots under test-results/portal/.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const SHOTS = join(__dirname, '../../test-results/portal');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

if (!available) {
  // eslint-disable-next-line no-console
  console.warn(`Portal browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
}

(available ? describe : describe.skip)(`portal in headless Chromium (${CHROMIUM})`, () => {
  let api: TestApi;
  let browser: Browser;
  let page: Page;
  let origin: string;
  let trackingId: string;
  let penghubung: string;
  let topicId: string;
  let answerId: string;

  const axe = async (section: string) => {
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
    });
    expect([section, violations]).toEqual([section, []]);
  };
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  /** Opens a section with Kota Medan chosen (the list starts with Kota Binjai, in id order). */
  const open = async (hash: string) => {
    await page.goto(`${origin}/#${hash}`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('body[data-ready="true"]');
    await page.select('#instansi', 'kota-medan');
    await page.waitForSelector('#unit-kirim option[value="kota-medan.dinkes"]');
    await page.waitForNetworkIdle();
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    api = await TestApi.start({ FEEDBACK_POW_MAX_NUMBER: '300' });
    origin = api.url.replace(/\/graphql$/, '');
    const root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    const coordinator = await api.token('koordinator-medan', { role: 'COMPLAINT_OFFICER', unit: 'kota-medan' });
    await setUpCities(api, root);
    const year = String(new Date().getFullYear());
    await api.ok('mutation($input: OpenSkmSurveyInput!) { openSkmSurvey(input: $input) { position } }', { input: { unitId: 'kota-medan.dinkes', period: year, population: 200 } }, coordinator);
    for (const answers of [[4, 4, 3, 4, 4, 4, 4, 3, 4], [3, 3, 3, 4, 3, 3, 4, 3, 3], [4, 4, 4, 4, 4, 4, 4, 4, 4], [3, 4, 3, 4, 3, 4, 3, 4, 3], [4, 3, 4, 4, 4, 3, 4, 4, 4]]) {
      await api.ok('mutation($input: AnswerSkmSurveyInput!) { answerSkmSurvey(input: $input) { position } }', { input: { unitId: 'kota-medan.dinkes', period: year, answers } }, coordinator);
    }
    await api.ok('mutation($input: PublishSkmResultInput!) { publishSkmResult(input: $input) { position } }', { input: { unitId: 'kota-medan.dinkes', period: year, followUpPlan: 'Menambah kursi ruang tunggu (U8).' } }, coordinator);
    penghubung = await api.token('penghubung-dinkes', { role: 'COMPLAINT_OFFICER', unit: 'kota-medan.dinkes' });
    await api.ok('mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { position } }', { input: { idempotencyKey: 'portal-apresiasi-1', kind: 'APRESIASI', privacy: 'PUBLIC', unitId: 'kota-medan.dinkes', title: 'Puskesmas bersih dan ramah', body: 'Ruang tunggu puskesmas bersih dan petugasnya ramah sekali.' } }, penghubung);
    const board = await api.ok('query { feedbackReports(instansiId: "kota-medan", first: 5) { edges { node { id kind } } } }', {}, coordinator);
    const appreciationId = board.feedbackReports.edges.find((e: { node: { kind: string } }) => e.node.kind === 'APRESIASI').node.id;
    await api.ok('mutation($input: VerifyReportInput!) { verifyReport(input: $input) { position } }', { input: { reportId: appreciationId, action: 'A1_VERIFIKASI' } }, coordinator);
    // A forum topic with a citizen's published post and the unit's answer to it.
    const topic = await api.ok('mutation($input: OpenForumTopicInput!) { openForumTopic(input: $input) { topic { id } } }', { input: { unitId: 'kota-medan.dinkes', title: 'Pendaftaran daring puskesmas sulit', description: 'Ceritakan kendala Anda memakai pendaftaran daring puskesmas.' } }, penghubung);
    topicId = topic.openForumTopic.topic.id;
    const citizenPost = await api.ok('mutation($input: PostToForumInput!) { postToForum(input: $input) { postId } }', { input: { topicId, text: 'Kode OTP tidak pernah sampai ke ponsel saya.', proofOfWork: await proofOfWork(api) } });
    await api.ok('mutation($input: ModerateForumPostInput!) { moderateForumPost(input: $input) { position } }', { input: { topicId, postId: citizenPost.postToForum.postId, publish: true } }, penghubung);
    const answer = await api.ok('mutation($input: PostToForumInput!) { postToForum(input: $input) { postId } }', { input: { topicId, replyTo: citizenPost.postToForum.postId, text: 'Mohon maaf, penyedia SMS sedang kami ganti; OTP kini juga dikirim lewat surel.' } }, penghubung);
    answerId = answer.postToForum.postId;
    const puppeteer = await import('puppeteer-core');
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
    page = await browser.newPage();
    await page.setBypassCSP(true); // only so axe-core can be injected; the app's own CSP is checked below
    await page.setViewport({ width: 360, height: 740, deviceScaleFactor: 1 });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('first load is at most 200 KB, from this server only, under a CSP without inline script', async () => {
    const fresh = await browser.newPage();
    const sizes: { url: string; bytes: number }[] = [];
    fresh.on('response', async (response) => {
      try {
        sizes.push({ url: response.url(), bytes: (await response.buffer()).length });
      } catch {
        // redirects and aborted requests have no body
      }
    });
    const response = await fresh.goto(`${origin}/`, { waitUntil: 'networkidle0' });
    await fresh.waitForSelector('body[data-ready="true"]');
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(sizes.every((s) => s.url.startsWith(origin))).toBe(true);
    const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
    const byAsset = Object.fromEntries(sizes.filter((s) => !s.url.endsWith('/graphql')).map((s) => [new URL(s.url).pathname, s.bytes]));
    writeFileSync(join(SHOTS, 'weights.json'), JSON.stringify({ totalBytes: total, requests: sizes.length, assets: byAsset }, null, 2));
    expect(total).toBeLessThanOrEqual(200 * 1024);
    await fresh.close();
  });

  it('dashboard: the published IKM per unit in the table and the chart; accessible; fits a 360 px screen', async () => {
    await open('dasbor');
    await page.waitForFunction(() => document.querySelector('#tabel-dasbor tbody')!.textContent!.includes('Dinas Kesehatan'), { timeout: 5000 }).catch(async (e) => {
      throw new Error(`${e}: ${await page.$eval('main', (m) => m.textContent)}`);
    });
    const row = await page.$eval('#tabel-dasbor tbody', (tbody) => tbody.textContent);
    expect(row).toMatch(/Dinas Kesehatan\d{2}\.\d{2}/);
    expect(await page.$$eval('#grafik rect', (rects) => rects.length)).toBe(1);
    expect(await page.$eval('#apresiasi', (list) => list.textContent)).toContain('Puskesmas bersih dan ramah — Dinas Kesehatan');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await axe('dasbor');
    await shot('dashboard-360');
  });

  it('keyboard: the first Tab reaches the skip link, and every control has a label', async () => {
    await page.goto(`${origin}/`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('body[data-ready="true"]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Lewati ke isi');
    const unlabelled = await page.$$eval('input:not([type=radio]), select, textarea', (nodes) => nodes.filter((n) => !(n as any).labels?.length).map((n) => n.id));
    expect(unlabelled).toEqual([]);
  });

  it('submit: a complaint with a proof of work solved in the browser gives a tracking id', async () => {
    await open('kirim');
    await axe('kirim');
    await page.select('#unit-kirim', 'kota-medan.disdukcapil');
    await page.type('#judul-laporan', 'Antrean KTP-el terlalu lama');
    await page.type('#isi', 'Saya mengantre lebih dari empat jam di loket perekaman KTP-el kecamatan.');
    await page.click('input[name=privasi][value=ANONIM]');
    await page.type('#nama', 'Siti Aminah');
    await page.type('#hp', '081234567890');
    await page.type('#surel', 'siti.aminah@contoh.id');
    await shot('submit-form');
    await page.click('#form-kirim button[type=submit]');
    await page.waitForSelector('#nomor-baru', { timeout: 20_000 });
    trackingId = await page.$eval('#nomor-baru', (n) => n.textContent!);
    expect(trackingId).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    // The e-mail for progress notices went into the sealed identity only the coordinator opens.
    const coordinator = await api.token('koordinator-medan', { role: 'COMPLAINT_OFFICER', unit: 'kota-medan' });
    const board = await api.ok('query { feedbackReports(instansiId: "kota-medan", first: 20) { edges { node { id trackingId } } } }', {}, coordinator);
    const reportId = board.feedbackReports.edges.find((e: { node: { trackingId: string } }) => e.node.trackingId === trackingId).node.id;
    expect((await api.ok('query($reportId: ID!) { reporterIdentity(reportId: $reportId) { name email phone } }', { reportId }, coordinator)).reporterIdentity).toEqual({ name: 'Siti Aminah', email: 'siti.aminah@contoh.id', phone: '081234567890' });
    await axe('kirim (sent)');
    await shot('submit-done');
  });

  it('a rejected submission shows the reason in Bahasa Indonesia and writes nothing', async () => {
    await open('kirim');
    const head = await api.events.headPosition();
    await page.select('#unit-kirim', 'kota-medan.disdukcapil');
    await page.type('#judul-laporan', 'Antrean KTP-el terlalu lama');
    await page.type('#isi', 'Saya mengantre lebih dari empat jam di loket perekaman KTP-el kecamatan.');
    await page.click('#form-kirim button[type=submit]');
    await page.waitForSelector('#hasil-kirim .galat', { timeout: 20_000 });
    expect(await page.$eval('#hasil-kirim .galat', (n) => n.textContent)).toContain('isi yang sama');
    expect(await api.appendedSince(head)).toEqual([]);
  });

  it('track: the tracking id typed in lower case with spaces shows the status and timeline', async () => {
    await open('lacak');
    await page.type('#nomor', trackingId.toLowerCase().replace(/-/g, ' '));
    await page.click('#form-lacak button[type=submit]');
    await page.waitForFunction(() => document.querySelector('#hasil-lacak')!.textContent!.includes('Status'));
    const text = await page.$eval('#hasil-lacak', (n) => n.textContent);
    expect(text).toContain('Status: Diterima');
    expect(text).not.toContain('Siti');
    await axe('lacak');
    await shot('track');
  });

  it('survey: nine unsur answered on the 1–4 scale are recorded, and the result is shown', async () => {
    await open('survei');
    await page.select('#unit-survei', 'kota-medan.dinkes');
    for (const [i, value] of [4, 3, 3, 4, 4, 3, 4, 4, 4].entries()) await page.click(`input[name=U${i + 1}][value="${value}"]`);
    await axe('survei');
    await page.click('#form-survei button[type=submit]');
    await page.waitForFunction(() => document.querySelector('#hasil-survei .galat, #hasil-survei p'), { timeout: 20_000 });
    await page.waitForFunction(() => !document.querySelector('#form-survei button[type=submit]')!.hasAttribute('disabled'), { timeout: 20_000 });
    expect(await page.$eval('#hasil-survei', (n) => n.textContent)).toMatch(/Responden: 6\. IKM sementara: \d{2}\.\d{2}/);
    await shot('survey-done');
  });

  it('forum: lists the topics, reads one with its posts and the unit answer, and posts a reply with a proof of work that waits for moderation', async () => {
    await open('forum');
    await page.waitForSelector(`#daftar-topik button[data-topik="${topicId}"]`);
    expect(await page.$eval('#daftar-topik', (n) => n.textContent)).toContain('Pendaftaran daring puskesmas sulit — Dinas Kesehatan, 2 tulisan');
    await axe('forum (topik)');
    await page.click(`#daftar-topik button[data-topik="${topicId}"]`);
    await page.waitForSelector('#topik:not([hidden]) #tulisan li');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('topik-judul');
    const posts = await page.$$eval('#tulisan li', (items) => items.map((li) => [li.className, li.textContent]));
    expect(posts).toHaveLength(2);
    expect(posts[0][0]).toBe('warga');
    expect(posts[0][1]).toContain('Kode OTP tidak pernah sampai');
    expect(posts[1][0]).toBe('unit balasan');
    expect(posts[1][1]).toMatch(/^Jawaban resmi unit · .*Membalas: “Kode OTP tidak pernah sampai ke ponsel saya\.”Mohon maaf/);
    await axe('forum (baca)');
    await shot('forum-topic');

    const head = await api.events.headPosition();
    await page.select('#balas', answerId);
    await page.type('#tulisan-isi', 'Terima kasih, lewat surel sudah berhasil.');
    await page.click('#form-forum button[type=submit]');
    await page.waitForSelector('#tulisan-terkirim', { timeout: 20_000 });
    expect(await page.$eval('#tulisan-terkirim', (n) => n.textContent)).toContain('setelah dimoderasi');
    await axe('forum (terkirim)');
    await shot('forum-posted');
    // The reply is the citizen's, to the unit's answer, pending: not shown until a moderator publishes it.
    const stream = (await api.events.readStream(`public-feedback-forum-${topicId}`)).filter((e) => e.position > head);
    expect(stream.map((e) => [e.type, (e.data as any).author, (e.data as any).replyTo])).toEqual([['public-feedback.ForumPostSubmitted', 'CITIZEN', answerId]]);
    const pending = await api.ok('query($id: ID!) { forumTopic(topicId: $id) { posts { postId } } }', { id: topicId });
    expect(pending.forumTopic.posts).toHaveLength(2);
    await api.ok('mutation($input: ModerateForumPostInput!) { moderateForumPost(input: $input) { position } }', { input: { topicId, postId: (stream[0].data as any).postId, publish: true } }, penghubung);
    await page.click(`#daftar-topik button[data-topik="${topicId}"]`);
    await page.waitForFunction(() => document.querySelectorAll('#tulisan li').length === 3);
    expect(await page.$eval('#tulisan li:last-child', (n) => n.textContent)).toMatch(/^Warga · .*Membalas: “Mohon maaf, penyedia SMS.*Terima kasih, lewat surel sudah berhasil\.$/);
  });
});
