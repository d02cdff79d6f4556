import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { loadConfig } from '@config/config';
import { runSeed } from '../../src/cli/seed/run-seed';
import { tempDir } from '../fixtures/stores';
import { codeOf, TestApi } from './harness';

declare const document: any;
declare const window: any;

/**
 * The portal's transparency pages in headless Chromium on the seeded year (npm run seed --small):
 * predikat per OPD (suppressed), JP compliance per OPD, the announced recruitment board, and the
 * perjanjian kinerja with realisasi and an ASN's consented publication, withdrawn again. axe-core on
 * every page, 360 px, screenshots under test-results/portal/.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const SHOTS = join(__dirname, '../../test-results/portal');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const YEAR = 2026;

(available ? describe : describe.skip)('portal transparency pages in headless Chromium (seeded year)', () => {
  const dataDir = tempDir('akt-portal-seed-');
  let api: TestApi;
  let browser: Browser;
  let page: Page;
  let origin: string;
  let root: string;
  let rhkRealised: { unitName: string; text: string };
  let headName: string;

  const axe = async (section: string) => {
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
    });
    expect([section, violations]).toEqual([section, []]);
  };
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const open = async (hash: string, ready: string, instansiId = 'kota-medan') => {
    await page.goto(`${origin}/#${hash}`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('body[data-ready="true"]');
    await page.select('#instansi', instansiId);
    await page.waitForFunction((selector: string) => document.querySelector(selector)?.textContent?.length > 0, { timeout: 10_000 }, ready);
    await page.waitForNetworkIdle();
    // The predikat of the seeded year closed last (2025); JP and perjanjian kinerja of the running year.
    await page.$eval('#tahun-predikat', (input: any, year: number) => (input.value = String(year)), YEAR - 1);
    for (const id of ['tahun-jp', 'tahun-perjanjian']) await page.$eval(`#${id}`, (input: any, year: number) => (input.value = String(year)), YEAR);
  };
  const submit = async (form: string) => {
    await page.click(`#${form} button[type=submit]`);
    await page.waitForNetworkIdle();
  };
  const fitsPhone = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const report = await runSeed(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error' }), { small: true, log: () => undefined, logger: ['error'] });
    expect(report.ok).toBe(true);
    api = await TestApi.start({ DATA_DIR: dataDir });
    origin = api.url.replace(/\/graphql$/, '');
    root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' }, { role: 'TRAINING_ADMIN', unit: '*' });
    // The training module publishes its JP compliance per OPD (shared.UnitMetricPublished).
    const opds = await api.ok('{ orgUnits(instansiId: "kota-medan", topLevelOnly: true, first: 20) { edges { node { id name positions { positionId isUnitHead } } } } }');
    for (const { node } of opds.orgUnits.edges) {
      await api.ok('mutation($input: UnitYearInput!) { publishUnitTrainingCompliance(input: $input) { duplicate } }', { input: { unitId: node.id, year: YEAR } }, root);
    }
    // The head of the first OPD records the realisasi of an RHK that carries a unit target.
    for (const { node } of opds.orgUnits.edges) {
      const head = node.positions.find((p: { isUnitHead: boolean }) => p.isUnitHead);
      const board = await api.ok('query($unitId: ID!) { skpBoard(unitId: $unitId, year: 2026, first: 100) { edges { node { id positionId status } } } }', { unitId: node.id }, root);
      const skp = board.skpBoard.edges.map((e: any) => e.node).find((s: any) => s.positionId === head?.positionId && s.status === 'APPROVED');
      if (!skp) continue;
      const { skp: plan } = await api.ok('query($id: ID!) { skp(id: $id) { rhk { rhkId unitTargetIds } } }', { id: skp.id }, root);
      const rhk = plan.rhk.find((r: any) => r.unitTargetIds.length > 0);
      if (!rhk) continue;
      rhkRealised = { unitName: node.name, text: `Realisasi tahunan ${node.name}: target tercapai 104%` };
      await api.ok('mutation($input: RecordRealisasiInput!) { recordRealisasi(input: $input) { skp { id } } }', { input: { skpId: skp.id, rhkId: rhk.rhkId, period: String(YEAR), realisasi: rhkRealised.text } }, root);
      break;
    }
    expect(rhkRealised).toBeDefined();
    const puppeteer = await import('puppeteer-core');
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
    page = await browser.newPage();
    await page.setBypassCSP(true); // only so axe-core can be injected
    await page.setViewport({ width: 360, height: 740, deviceScaleFactor: 1 });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('first load is still at most 200 KB with the new pages', async () => {
    const fresh = await browser.newPage();
    const sizes: { url: string; bytes: number }[] = [];
    fresh.on('response', async (response) => {
      try {
        sizes.push({ url: response.url(), bytes: (await response.buffer()).length });
      } catch {
        // no body
      }
    });
    await fresh.goto(`${origin}/#perjanjian`, { waitUntil: 'networkidle0' });
    await fresh.waitForSelector('body[data-ready="true"]');
    const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
    const assets = Object.fromEntries(sizes.filter((s) => !s.url.endsWith('/graphql')).map((s) => [new URL(s.url).pathname, s.bytes]));
    writeFileSync(join(SHOTS, 'weights-transparency.json'), JSON.stringify({ page: '/#perjanjian', totalBytes: total, requests: sizes.length, assets }, null, 2));
    expect(total).toBeLessThanOrEqual(200 * 1024);
    await fresh.close();
  });

  it('predikat per OPD: counts of closed annual evaluations with small cells withheld, never a person', async () => {
    const api_ = await api.ok('{ predikatTransparency(instansiId: "kota-medan", year: 2025) { minCellSize units { unitId total suppressionReason cells { predikat count suppressed } } } }');
    const units = api_.predikatTransparency.units;
    expect(units.some((u: any) => u.total > 0)).toBe(true);
    for (const u of units) {
      for (const c of u.cells) if (!c.suppressed) expect(c.count === 0 || c.count >= 5).toBe(true);
      if (u.total !== null && u.total > 0) expect(u.cells.filter((c: any) => c.suppressed).length).not.toBe(1);
    }
    await open('predikat', '#tabel-predikat tbody');
    await submit('form-predikat');
    const rows = await page.$$eval('#tabel-predikat tbody tr', (trs) => trs.map((tr: any) => [...tr.children].map((td: any) => td.textContent)));
    expect(rows.length).toBe(units.filter((u: any) => u.total !== 0).length);
    expect(rows.every((r: string[]) => r.length === 7)).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/NIP|\d{18}/);
    await fitsPhone();
    await axe('predikat');
    await shot('predikat-360');
  });

  it('JP compliance per OPD: the published percentages in the table and the chart', async () => {
    await open('jp', '#tabel-jp tbody');
    await submit('form-jp');
    const text = await page.$eval('#tabel-jp tbody', (n) => n.textContent);
    expect(text).toMatch(/\d+\.\d{2}/);
    expect(await page.$$eval('#grafik-jp rect', (r) => r.length)).toBeGreaterThan(0);
    await fitsPhone();
    await axe('jp');
    await shot('jp-360');
  });

  it('recruitment: the announced board (the seeded round is Binjai\'s) lists registration numbers, initials and SKD scores only', async () => {
    await open('seleksi', '#daftar-seleksi', 'kota-binjai');
    await page.waitForSelector('#daftar-seleksi button[data-seleksi]');
    expect(await page.$eval('#daftar-seleksi', (n) => n.textContent)).toContain('diumumkan');
    await page.click('#daftar-seleksi button[data-seleksi]');
    await page.waitForSelector('#papan:not([hidden]) table tbody tr');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('papan-judul');
    const header = await page.$eval('#papan-formasi table', (table: any) => [...table.tHead.rows[0].cells].map((th: any) => th.textContent));
    expect(header).toEqual(['No.', 'Nomor peserta', 'Inisial', 'TWK', 'TIU', 'TKP', 'Total', 'Keterangan']);
    const first = await page.$eval('#papan-formasi table', (table: any) => [...table.tBodies[0].rows[0].cells].map((td: any) => td.textContent));
    expect(first[2]).toMatch(/^[A-Z. ]{1,12}$/); // initials, not a name
    expect(await page.$eval('#papan-status', (n) => n.textContent)).toMatch(/^Diumumkan/);
    await axe('seleksi');
    await shot('seleksi-360');
  });

  it('perjanjian kinerja: approved targets with the realisasi the head recorded; an ASN publishes their work and withdraws it', async () => {
    const agreements = await api.ok('{ performanceAgreements(instansiId: "kota-medan", year: 2026, first: 20) { totalCount edges { node { unitName head { name jabatan } targets { realisasi { text } } } } } }');
    expect(agreements.performanceAgreements.totalCount).toBeGreaterThan(0);
    const withRealisasi = agreements.performanceAgreements.edges.map((e: any) => e.node).find((a: any) => a.unitName === rhkRealised.unitName);
    expect(withRealisasi.targets.some((t: any) => t.realisasi.some((r: any) => r.text === rhkRealised.text))).toBe(true);
    headName = withRealisasi.head.name;
    // An ASN of Medan publishes an output of their own; a colleague cannot do it for them.
    const someone = await api.ok('{ employees(filter: { instansiId: "kota-medan", status: AKTIF }, first: 1) { edges { node { id name } } } }', {}, root);
    const asn = someone.employees.edges[0].node;
    const token = await api.token(asn.id, { role: 'EMPLOYEE', unit: asn.id });
    const input = { employeeId: asn.id, kind: 'AWARD', title: 'Juara 1 Inovasi Pelayanan Publik Kota Medan', description: 'Aplikasi antrean daring puskesmas yang dipakai 41 puskesmas.', year: 2026 };
    const colleague = await api.token('emp-lain', { role: 'EMPLOYEE', unit: 'emp-lain' });
    expect(codeOf(await api.gql('mutation($input: PublishMyWorkInput!) { publishMyWork(input: $input) { duplicate } }', { input }, colleague))).toBe('FORBIDDEN');
    const published = await api.ok('mutation($input: PublishMyWorkInput!) { publishMyWork(input: $input) { entries { entryId } } }', { input }, token);
    const entryId = published.publishMyWork.entries[0].entryId;

    await open('perjanjian', '#daftar-perjanjian');
    await submit('form-perjanjian');
    const text = await page.$eval('#perjanjian', (n) => n.textContent);
    expect(text).toContain(rhkRealised.text);
    expect(text).toContain(`Ditandatangani ${headName}`);
    expect(text).toContain(`Penghargaan: Juara 1 Inovasi Pelayanan Publik Kota Medan — ${asn.name}`);
    expect(text).not.toMatch(/SANGAT_BAIK|Sangat baik|predikat/i);
    await fitsPhone();
    await axe('perjanjian');
    await shot('perjanjian-360');
    await page.screenshot({ path: join(SHOTS, 'perjanjian-360-top.png'), clip: { x: 0, y: 0, width: 360, height: 1400 } });

    await api.ok('mutation($input: WithdrawMyWorkInput!) { withdrawMyWork(input: $input) { entries { entryId } } }', { input: { employeeId: asn.id, entryId } }, token);
    const again = await api.gql('mutation($input: WithdrawMyWorkInput!) { withdrawMyWork(input: $input) { entries { entryId } } }', { input: { employeeId: asn.id, entryId } }, token);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'DOMAIN_RULE_VIOLATION', rule: 'FEEDBACK.WORK_ENTRY_NOT_FOUND' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await submit('form-perjanjian');
    expect(await page.$eval('#karya', (n) => n.textContent)).toBe('Belum ada karya yang ditayangkan.');
  });
});
