/* The portal's browser code. It is written as one function so that the TypeScript compiler checks
 * its syntax, and is served as that function's source text (`PORTAL_JS`): no bundler, no CDN, no
 * framework. It talks to the public GraphQL API only, builds every node with textContent (report text
 * is never parsed as HTML), and solves the ALTCHA proof of work with Web Crypto. */
declare const document: any;
declare const window: any;

function portalClient(UNSUR: Array<[string, string]>): void {
  const $ = (id: string): any => document.getElementById(id);
  const el = (tag: string, attrs: Record<string, string> = {}, ...children: Array<any>): any => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    for (const child of children) node.append(child instanceof window.Node ? child : String(child));
    return node;
  };
  const STATUS: Record<string, string> = {
    SUBMITTED: 'Diterima', VERIFIED: 'Terverifikasi', DEFERRED: 'Ditunda', NOT_OUR_AUTHORITY: 'Bukan wewenang', ARCHIVED: 'Diarsipkan',
    DISPOSED: 'Diteruskan ke OPD', FOLLOWED_UP: 'Ditindaklanjuti', CLOSED: 'Selesai',
  };
  const METRIC: Record<string, string> = { IKM: 'IKM', COMPLAINTS_WITHIN_SLA_PCT: 'SLA', MEDIAN_RESPONSE_WORKING_DAYS: 'MEDIAN', JP_COMPLIANCE_PCT: 'JP' };

  async function gql(query: string, variables: Record<string, unknown> = {}): Promise<any> {
    const response = await window.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = await response.json();
    if (body.errors && body.errors.length) {
      const first = body.errors[0];
      const fields = first.extensions && first.extensions.fields;
      throw new Error(fields && fields.length ? `${first.message} (${fields.map((f: any) => f.field).join(', ')})` : first.message);
    }
    return body.data;
  }

  /** ALTCHA: find n ≤ maxnumber with SHA-256(salt + n) = challenge; the payload goes with the write. */
  async function proofOfWork(): Promise<string> {
    const { feedbackChallenge: c } = await gql('query { feedbackChallenge { algorithm challenge maxnumber salt signature } }');
    const encoder = new window.TextEncoder();
    for (let n = 0; n <= c.maxnumber; n++) {
      const digest = new Uint8Array(await window.crypto.subtle.digest('SHA-256', encoder.encode(c.salt + n)));
      let hex = '';
      for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
      if (hex === c.challenge) return window.btoa(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: n, salt: c.salt, signature: c.signature }));
    }
    throw new Error('Bukti kerja tidak ditemukan; muat ulang halaman.');
  }

  const show = (box: any, kind: 'ok' | 'galat', ...children: any[]) => {
    box.replaceChildren(el('div', { class: kind, ...(kind === 'galat' ? { role: 'alert' } : {}) }, ...children));
  };
  const busy = async (form: any, work: () => Promise<void>) => {
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      await work();
    } finally {
      button.disabled = false;
    }
  };

  // Navigation: one section at a time, by the address hash.
  const SECTIONS = ['dasbor', 'kirim', 'lacak', 'survei', 'forum', 'predikat', 'jp', 'seleksi', 'perjanjian'];
  function route(): void {
    const current = SECTIONS.includes(window.location.hash.slice(1)) ? window.location.hash.slice(1) : 'dasbor';
    for (const id of SECTIONS) $(id).hidden = id !== current;
    for (const link of document.querySelectorAll('nav a')) {
      if (link.getAttribute('href') === `#${current}`) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    const titles: Record<string, string> = {
      dasbor: 'Kinerja layanan publik', kirim: 'Sampaikan laporan Anda', lacak: 'Lacak laporan Anda', survei: 'Isi survei kepuasan', forum: 'Diskusikan layanan publik',
      predikat: 'Kinerja pegawai per OPD', jp: 'Pengembangan kompetensi ASN', seleksi: 'Seleksi ASN yang terbuka', perjanjian: 'Janji kinerja pemerintah daerah',
    };
    $('judul').textContent = titles[current];
    if ($('instansi').value) section(current);
  }
  window.addEventListener('hashchange', route);

  let units: Array<{ id: string; name: string }> = [];
  async function loadUnits(): Promise<void> {
    const data = await gql('query($instansiId: ID) { orgUnits(instansiId: $instansiId, first: 100) { edges { node { id name } } } }', { instansiId: $('instansi').value });
    units = data.orgUnits.edges.map((e: any) => e.node);
    for (const id of ['unit-kirim', 'unit-survei']) $(id).replaceChildren(...units.map((u) => el('option', { value: u.id }, u.name)));
    await dashboard();
    await section(window.location.hash.slice(1));
  }
  /** Loads what a section shows for the chosen instansi (the dashboard loads with the units). */
  async function section(id: string): Promise<void> {
    const loaders: Record<string, [() => Promise<void>, any]> = {
      forum: [topics, () => $('hasil-forum')],
      predikat: [predikat, () => $('tabel-predikat').tBodies[0]],
      jp: [jp, () => $('tabel-jp').tBodies[0]],
      seleksi: [boards, () => $('daftar-seleksi')],
      perjanjian: [agreements, () => $('daftar-perjanjian')],
    };
    const loader = loaders[id];
    if (loader) await loader[0]().catch((error: any) => show(loader[1](), 'galat', error.message));
  }
  const unitName = (id: string) => (units.find((u) => u.id === id) || { name: id }).name;

  async function dashboard(): Promise<void> {
    const year = Number($('tahun').value);
    const instansiId = $('instansi').value;
    const data = await gql(
      `query($instansiId: ID!, $period: String!, $year: Int!) {
        unitMetrics(instansiId: $instansiId, period: $period, first: 100) { edges { node { unitId metric value suppressed } } }
        feedbackTransparency(instansiId: $instansiId, year: $year) { minCellSize units { unitId total { count suppressed } } }
        appreciations(instansiId: $instansiId, first: 5) { edges { node { unitId title body asnName } } }
      }`,
      { instansiId, period: String(year), year },
    );
    $('k').textContent = String(data.feedbackTransparency.minCellSize);
    const rows = new Map<string, Record<string, string>>();
    const row = (unitId: string) => rows.get(unitId) || (rows.set(unitId, {}), rows.get(unitId)!);
    for (const { node } of data.unitMetrics.edges) row(node.unitId)[METRIC[node.metric] || node.metric] = node.suppressed ? '—' : node.value;
    for (const u of data.feedbackTransparency.units) row(u.unitId).TOTAL = u.total.suppressed ? '—' : String(u.total.count);
    const sorted = [...rows.entries()].sort(([a], [b]) => unitName(a).localeCompare(unitName(b)));
    $('tabel-dasbor').tBodies[0].replaceChildren(
      ...(sorted.length
        ? sorted.map(([id, r]) => el('tr', {}, el('th', { scope: 'row' }, unitName(id)), el('td', {}, r.IKM || '—'), el('td', {}, r.SLA || '—'), el('td', {}, r.MEDIAN || '—'), el('td', {}, r.TOTAL || '0')))
        : [el('tr', {}, el('td', { colspan: '5' }, 'Belum ada data untuk tahun ini.'))]),
    );
    const thanks = data.appreciations.edges.map((e: any) => e.node);
    $('apresiasi').replaceChildren(
      ...(thanks.length
        ? thanks.map((a: any) => el('li', {}, el('strong', {}, a.title), ` — ${unitName(a.unitId)}${a.asnName ? `, untuk ${a.asnName}` : ''}: ${a.body}`))
        : [el('li', {}, 'Belum ada apresiasi yang ditayangkan.')]),
    );
    chart(sorted.filter(([, r]) => r.IKM && r.IKM !== '—').map(([id, r]) => [unitName(id), Number(r.IKM)] as [string, number]));
  }

  const ikmColour = (value: number) => (value > 88.3 ? '#1e6b2f' : value > 76.6 ? '#0b4f8a' : value >= 65 ? '#8a5a00' : '#a4000f');
  /** A horizontal bar chart in SVG (values 0–100), drawn here: no chart library to download. */
  function chart(bars: Array<[string, number]>, target = 'grafik', colour: (value: number) => string = ikmColour, empty = 'Belum ada IKM yang diterbitkan'): void {
    const NS = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(NS, 'svg');
    const height = Math.max(1, bars.length) * 36 + 10;
    svg.setAttribute('viewBox', `0 0 360 ${height}`);
    svg.setAttribute('aria-hidden', 'true');
    const text = (x: number, y: number, value: string, anchor = 'start') => {
      const t = document.createElementNS(NS, 'text');
      t.setAttribute('x', String(x));
      t.setAttribute('y', String(y));
      t.setAttribute('font-size', '12');
      t.setAttribute('fill', '#1a1a1a');
      t.setAttribute('text-anchor', anchor);
      t.textContent = value;
      svg.append(t);
    };
    if (bars.length === 0) text(4, 20, `${empty}.`);
    bars.forEach(([name, value], i) => {
      const y = i * 36 + 4;
      text(4, y + 12, name.length > 48 ? `${name.slice(0, 47)}…` : name);
      const rect = document.createElementNS(NS, 'rect');
      rect.setAttribute('x', '4');
      rect.setAttribute('y', String(y + 16));
      rect.setAttribute('height', '12');
      rect.setAttribute('width', String(Math.max(2, (value / 100) * 300)));
      rect.setAttribute('fill', colour(value));
      svg.append(rect);
      text(356, y + 27, value.toFixed(2), 'end');
    });
    $(target).replaceChildren(svg);
    $(target).setAttribute('aria-label', bars.length ? bars.map(([n, v]) => `${n}: ${v.toFixed(2)}`).join('; ') : empty);
  }

  function trackView(r: any): any {
    return el(
      'div',
      {},
      el('p', {}, 'Nomor: ', el('span', { class: 'nomor' }, r.trackingId)),
      el('p', {}, `Status: ${STATUS[r.status] || r.status}`),
      r.title ? el('p', {}, `Judul: ${r.title}`) : el('p', {}, 'Isi laporan rahasia: tidak ditampilkan.'),
      r.slaMissed.length ? el('p', {}, 'Batas waktu terlewati; laporan telah dieskalasi ke pimpinan.') : '',
      el('ol', { class: 'linimasa' }, ...r.timeline.map((t: any) => el('li', {}, `${new Date(t.at).toLocaleString('id-ID', { timeZone: 'Asia/Jakarta' })} — ${STATUS[t.status] || t.status}${t.note ? `: ${t.note}` : ''}`))),
    );
  }

  $('form-kirim').addEventListener('submit', (event: any) => {
    event.preventDefault();
    const form = event.target;
    busy(form, async () => {
      const box = $('hasil-kirim');
      show(box, 'ok', 'Memproses bukti kerja anti-spam…');
      try {
        const kind = form.jenis.value;
        const privacy = kind === 'WBS' ? 'RAHASIA' : form.querySelector('input[name=privasi]:checked').value;
        const input: Record<string, unknown> = { kind, privacy, unitId: form.unit.value, title: form.judul.value, body: form.isi.value, proofOfWork: await proofOfWork() };
        const [name, phone, email] = [form.nama.value.trim(), form.hp.value.trim(), form.surel.value.trim()];
        if (!name && (phone || email)) throw new Error('Isi nama Anda bila mencantumkan nomor HP atau e-mail.');
        if (name) input.reporter = { name, ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
        const data = await gql('mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { trackingId } }', { input });
        show(box, 'ok', el('p', {}, 'Laporan diterima. Simpan nomor pelacakan ini:'), el('p', { class: 'nomor', id: 'nomor-baru' }, data.submitFeedback.trackingId), el('p', {}, 'Laporan diverifikasi paling lambat 3 hari kerja.'));
        form.reset();
      } catch (error: any) {
        show(box, 'galat', error.message);
      }
    });
  });

  $('form-lacak').addEventListener('submit', (event: any) => {
    event.preventDefault();
    const form = event.target;
    busy(form, async () => {
      try {
        const data = await gql('query($trackingId: String!) { trackReport(trackingId: $trackingId) { trackingId status title slaMissed timeline { at status note } } }', { trackingId: form.nomor.value });
        show($('hasil-lacak'), 'ok', trackView(data.trackReport));
      } catch (error: any) {
        show($('hasil-lacak'), 'galat', error.message);
      }
    });
  });

  // The nine unsur, each a group of four radio buttons (1 tidak baik … 4 sangat baik).
  const SCALE = ['Tidak baik', 'Kurang baik', 'Baik', 'Sangat baik'];
  $('unsur').replaceChildren(
    ...UNSUR.map(([code, label]) =>
      el('fieldset', {}, el('legend', {}, `${code}. ${label}`), ...SCALE.map((text, i) => el('label', { class: 'pilihan' }, el('input', { type: 'radio', name: code, value: String(i + 1), required: '' }), `${i + 1} — ${text}`))),
    ),
  );
  $('form-survei').addEventListener('submit', (event: any) => {
    event.preventDefault();
    const form = event.target;
    busy(form, async () => {
      const box = $('hasil-survei');
      show(box, 'ok', 'Memproses bukti kerja anti-spam…');
      try {
        const answers = UNSUR.map(([code]) => Number(form.querySelector(`input[name=${code}]:checked`).value));
        const input: Record<string, unknown> = { unitId: form.unit.value, period: form.periode.value, answers, proofOfWork: await proofOfWork() };
        if (form.bukti.value.trim()) input.receiptCode = form.bukti.value.trim();
        await gql('mutation($input: AnswerSkmSurveyInput!) { answerSkmSurvey(input: $input) { responseId } }', { input });
        const { skmResult: r } = await gql('query($unitId: ID!, $period: String!) { skmResult(unitId: $unitId, period: $period) { respondents suppressed ikm grade } }', { unitId: input.unitId, period: input.period });
        show(box, 'ok', el('p', {}, 'Terima kasih, jawaban Anda tercatat.'), el('p', {}, r.suppressed ? `Responden: ${r.respondents}. Hasil ditampilkan setelah cukup responden.` : `Responden: ${r.respondents}. IKM sementara: ${r.ikm} (mutu ${r.grade}).`));
        form.reset();
      } catch (error: any) {
        show(box, 'galat', error.message);
      }
    });
  });

  // Forum: the instansi's topics; one topic read with its published posts (replies under what they answer), and a post or reply.
  const when = (iso: string) => new Date(iso).toLocaleString('id-ID', { timeZone: 'Asia/Jakarta', dateStyle: 'medium', timeStyle: 'short' });
  const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);
  let topicId = '';
  async function topics(): Promise<void> {
    const data = await gql('query($instansiId: ID!) { forumTopics(instansiId: $instansiId, first: 20) { edges { node { id unitId title status posts { postId } } } } }', { instansiId: $('instansi').value });
    const list = data.forumTopics.edges.map((e: any) => e.node);
    $('daftar-topik').replaceChildren(
      ...(list.length
        ? list.map((t: any) => el('li', {}, el('button', { type: 'button', class: 'tautan', 'data-topik': t.id }, t.title), ` — ${unitName(t.unitId)}, ${t.posts.length} tulisan${t.status === 'CLOSED' ? ' (ditutup)' : ''}`))
        : [el('li', {}, 'Belum ada topik forum.')]),
    );
    if (!list.some((t: any) => t.id === topicId)) $('topik').hidden = true;
  }
  async function readTopic(id: string): Promise<void> {
    const { forumTopic: t } = await gql('query($topicId: ID!) { forumTopic(topicId: $topicId) { id unitId title description status posts { postId replyTo text author submittedAt } followUps { action recordedAt } } }', { topicId: id });
    topicId = t.id;
    $('topik-judul').textContent = t.title;
    $('topik-uraian').textContent = `${unitName(t.unitId)}: ${t.description}`;
    const byId = new Map<string, any>(t.posts.map((p: any) => [p.postId, p]));
    $('tulisan').replaceChildren(
      ...(t.posts.length
        ? t.posts.map((p: any) => {
            const parent = p.replyTo ? byId.get(p.replyTo) : null;
            return el(
              'li',
              { class: `${p.author === 'UNIT' ? 'unit' : 'warga'}${p.replyTo ? ' balasan' : ''}` },
              el('p', { class: 'penulis' }, `${p.author === 'UNIT' ? 'Jawaban resmi unit' : 'Warga'} · ${when(p.submittedAt)}`),
              parent ? el('p', { class: 'bantuan' }, `Membalas: “${excerpt(parent.text)}”`) : '',
              el('p', {}, p.text),
            );
          })
        : [el('li', {}, 'Belum ada tulisan yang ditayangkan.')]),
    );
    $('tindak-lanjut').replaceChildren(...(t.followUps.length ? t.followUps.map((f: any) => el('li', {}, `${when(f.recordedAt)} — ${f.action}`)) : [el('li', {}, 'Belum ada tindak lanjut.')]));
    $('balas').replaceChildren(el('option', { value: '' }, 'Tulisan baru (tidak membalas)'), ...t.posts.map((p: any) => el('option', { value: p.postId }, `${p.author === 'UNIT' ? 'Unit' : 'Warga'}: ${excerpt(p.text)}`)));
    $('form-forum').hidden = t.status === 'CLOSED';
    $('hasil-forum').replaceChildren();
    $('topik').hidden = false;
  }
  $('daftar-topik').addEventListener('click', (event: any) => {
    const id = event.target.getAttribute && event.target.getAttribute('data-topik');
    if (!id) return;
    // The topic's heading takes the focus, so keyboard and screen-reader users land on what opened.
    readTopic(id).then(
      () => $('topik-judul').focus(),
      (error: any) => show($('hasil-forum'), 'galat', error.message),
    );
  });
  $('form-forum').addEventListener('submit', (event: any) => {
    event.preventDefault();
    const form = event.target;
    busy(form, async () => {
      const box = $('hasil-forum');
      show(box, 'ok', 'Memproses bukti kerja anti-spam…');
      try {
        const input: Record<string, unknown> = { topicId, text: form.isi.value, proofOfWork: await proofOfWork() };
        if (form.balas.value) input.replyTo = form.balas.value;
        const data = await gql('mutation($input: PostToForumInput!) { postToForum(input: $input) { postId status } }', { input });
        show(box, 'ok', el('p', { id: 'tulisan-terkirim' }, data.postToForum.status === 'PENDING' ? 'Terima kasih, tulisan Anda diterima dan ditayangkan setelah dimoderasi.' : 'Tulisan Anda ditayangkan.'));
        form.reset();
      } catch (error: any) {
        show(box, 'galat', error.message);
      }
    });
  });

  const dash = (cell: { count: number | null; suppressed: boolean }) => (cell.suppressed ? '—' : String(cell.count));

  // Predikat per OPD: counts of closed annual evaluations, suppressed as the API sends them.
  async function predikat(): Promise<void> {
    const { predikatTransparency: t } = await gql(
      'query($instansiId: ID!, $year: Int!) { predikatTransparency(instansiId: $instansiId, year: $year) { minCellSize units { unitId total cells { predikat count suppressed } suppressionReason } } }',
      { instansiId: $('instansi').value, year: Number($('tahun-predikat').value) },
    );
    for (const span of document.querySelectorAll('.k')) span.textContent = String(t.minCellSize);
    const rows = t.units.filter((u: any) => u.total !== 0);
    $('tabel-predikat').tBodies[0].replaceChildren(
      ...(rows.length
        ? rows.map((u: any) =>
            el('tr', {}, el('th', { scope: 'row' }, unitName(u.unitId)), el('td', {}, u.total === null ? `< ${t.minCellSize}` : String(u.total)), ...u.cells.map((c: any) => el('td', {}, dash(c)))),
          )
        : [el('tr', {}, el('td', { colspan: '7' }, 'Belum ada penilaian tahunan yang ditutup untuk tahun ini.'))]),
    );
  }

  // JP compliance per OPD: training's JP_COMPLIANCE_PCT among the published unit metrics.
  async function jp(): Promise<void> {
    const year = $('tahun-jp').value;
    const data = await gql('query($instansiId: ID!, $period: String!) { unitMetrics(instansiId: $instansiId, period: $period, first: 100) { edges { node { unitId metric value suppressed basis } } } }', { instansiId: $('instansi').value, period: String(year) });
    const rows = data.unitMetrics.edges.map((e: any) => e.node).filter((m: any) => m.metric === 'JP_COMPLIANCE_PCT').sort((a: any, b: any) => unitName(a.unitId).localeCompare(unitName(b.unitId)));
    $('tabel-jp').tBodies[0].replaceChildren(
      ...(rows.length
        ? rows.map((m: any) => el('tr', {}, el('th', { scope: 'row' }, unitName(m.unitId)), el('td', {}, m.suppressed ? '—' : m.value), el('td', {}, m.suppressed ? '—' : String(m.basis))))
        : [el('tr', {}, el('td', { colspan: '3' }, 'Belum ada angka yang diterbitkan untuk tahun ini.'))]),
    );
    const jpColour = (value: number) => (value >= 80 ? '#1e6b2f' : value >= 50 ? '#0b4f8a' : '#a4000f');
    chart(rows.filter((m: any) => !m.suppressed).map((m: any) => [unitName(m.unitId), Number(m.value)] as [string, number]), 'grafik-jp', jpColour, 'Belum ada angka yang diterbitkan');
  }

  // Recruitment boards: the instansi's public boards, one opened with its formasi tables.
  const RANKING: Record<string, string> = { LULUS: 'Lulus', LULUS_CADANGAN: 'Cadangan', TIDAK_LULUS: 'Tidak lulus' };
  async function boards(): Promise<void> {
    const data = await gql('query($instansiId: ID!) { selectionBoards(instansiId: $instansiId, first: 20) { edges { node { roundId name year status formasiCount } } } }', { instansiId: $('instansi').value });
    const list = data.selectionBoards.edges.map((e: any) => e.node);
    $('daftar-seleksi').replaceChildren(
      ...(list.length
        ? list.map((b: any) => el('li', {}, el('button', { type: 'button', class: 'tautan', 'data-seleksi': b.roundId }, b.name), ` — ${b.year}, ${b.formasiCount} formasi, ${b.status === 'ANNOUNCED' ? 'diumumkan' : 'sementara'}`))
        : [el('li', {}, 'Belum ada hasil seleksi yang diumumkan.')]),
    );
  }
  async function board(roundId: string): Promise<void> {
    const { selectionRanking: r } = await gql(
      'query($roundId: ID!) { selectionRanking(roundId: $roundId) { name status announcedAt formasi { formasiId jabatanName unitId quota entries { order registrationNumber initials status total scores { twk tiu tkp } } } } }',
      { roundId },
    );
    $('papan-judul').textContent = r.name;
    $('papan-status').textContent = r.status === 'ANNOUNCED' ? `Diumumkan ${when(r.announcedAt)}.` : r.status === 'CANCELLED' ? 'Dibatalkan.' : 'Hasil sementara (belum diumumkan).';
    $('papan-formasi').replaceChildren(
      ...r.formasi.map((f: any) =>
        el(
          'div',
          { class: 'tabel', tabindex: '0', role: 'region', 'aria-label': `${f.jabatanName} — ${unitName(f.unitId)}` },
          el(
            'table',
            {},
            el('caption', {}, `${f.jabatanName} — ${unitName(f.unitId)} (kebutuhan ${f.quota})`),
            el('thead', {}, el('tr', {}, ...['No.', 'Nomor peserta', 'Inisial', 'TWK', 'TIU', 'TKP', 'Total', 'Keterangan'].map((h) => el('th', { scope: 'col' }, h)))),
            el(
              'tbody',
              {},
              ...f.entries.map((e: any) =>
                el('tr', {}, el('td', {}, String(e.order)), el('td', {}, e.registrationNumber), el('td', {}, e.initials), el('td', {}, e.scores ? String(e.scores.twk) : '—'), el('td', {}, e.scores ? String(e.scores.tiu) : '—'), el('td', {}, e.scores ? String(e.scores.tkp) : '—'), el('td', {}, e.total === null ? '—' : String(e.total)), el('td', {}, RANKING[e.status] || e.status)),
              ),
            ),
          ),
        ),
      ),
    );
    $('papan').hidden = false;
  }
  $('daftar-seleksi').addEventListener('click', (event: any) => {
    const id = event.target.getAttribute && event.target.getAttribute('data-seleksi');
    if (!id) return;
    board(id).then(
      () => $('papan-judul').focus(),
      (error: any) => show($('daftar-seleksi'), 'galat', error.message),
    );
  });

  // Perjanjian kinerja (SAKIP): approved unit targets with realisasi and the head's outputs; then the work ASN chose to publish.
  const realised = (list: any[]) => (list.length ? list.map((r: any) => `${r.period}: ${r.text}`).join('; ') : 'Belum ada realisasi');
  async function agreements(): Promise<void> {
    const data = await gql(
      `query($instansiId: ID!, $year: Int!) {
        performanceAgreements(instansiId: $instansiId, year: $year, first: 50) { edges { node { unitId unitName perjanjianKinerja targets { sasaran indikator target realisasi { period text } } head { name jabatan outputs { rencanaKinerja indikator { iki target } realisasi { period text } } } } } }
        publishedWork(instansiId: $instansiId, first: 20) { edges { node { asnName unitId kind title description year } } }
      }`,
      { instansiId: $('instansi').value, year: Number($('tahun-perjanjian').value) },
    );
    const list = data.performanceAgreements.edges.map((e: any) => e.node);
    $('daftar-perjanjian').replaceChildren(
      ...(list.length
        ? list.map((a: any) =>
            el(
              'article',
              { class: 'pk', 'aria-label': a.unitName },
              el('h3', {}, a.unitName),
              el('p', {}, a.perjanjianKinerja ? `Perjanjian kinerja nomor ${a.perjanjianKinerja}` : 'Perjanjian kinerja'),
              a.head ? el('p', {}, `Ditandatangani ${a.head.name}, ${a.head.jabatan}`) : '',
              el(
                'div',
                { class: 'tabel', tabindex: '0', role: 'region', 'aria-label': `Sasaran ${a.unitName}` },
                el(
                  'table',
                  {},
                  el('caption', {}, 'Sasaran dan realisasi'),
                  el('thead', {}, el('tr', {}, ...['Sasaran', 'Indikator', 'Target', 'Realisasi'].map((h) => el('th', { scope: 'col' }, h)))),
                  el('tbody', {}, ...a.targets.map((t: any) => el('tr', {}, el('td', {}, t.sasaran), el('td', {}, t.indikator), el('td', {}, t.target), el('td', {}, realised(t.realisasi))))),
                ),
              ),
              a.head && a.head.outputs.length
                ? el('ul', {}, ...a.head.outputs.map((o: any) => el('li', {}, `${o.rencanaKinerja} — target ${o.indikator.map((i: any) => `${i.iki}: ${i.target}`).join(', ')}; realisasi: ${realised(o.realisasi)}`)))
                : '',
            ),
          )
        : [el('p', {}, 'Belum ada perjanjian kinerja yang disetujui untuk tahun ini.')]),
    );
    const work = data.publishedWork.edges.map((e: any) => e.node);
    $('karya').replaceChildren(
      ...(work.length
        ? work.map((w: any) => el('li', {}, el('strong', {}, `${w.kind === 'AWARD' ? 'Penghargaan' : 'Karya'}: ${w.title}`), ` — ${w.asnName}, ${unitName(w.unitId)} (${w.year}): ${w.description}`))
        : [el('li', {}, 'Belum ada karya yang ditayangkan.')]),
    );
  }
  for (const [form, load] of [['form-predikat', predikat], ['form-jp', jp], ['form-perjanjian', agreements]] as Array<[string, () => Promise<void>]>) {
    $(form).addEventListener('submit', (event: any) => {
      event.preventDefault();
      load().catch((error: any) => show($(form).nextElementSibling, 'galat', error.message));
    });
  }

  $('form-dasbor').addEventListener('submit', (event: any) => {
    event.preventDefault();
    dashboard().catch((error: any) => show($('tabel-dasbor').tBodies[0], 'galat', error.message));
  });

  async function start(): Promise<void> {
    route();
    $('tahun').value = String(new Date().getFullYear());
    $('periode').value = String(new Date().getFullYear());
    for (const id of ['tahun-jp', 'tahun-perjanjian']) $(id).value = String(new Date().getFullYear());
    // Predikat are published when a year's annual evaluations close (by January of the next year): the last closed year.
    $('tahun-predikat').value = String(new Date().getFullYear() - 1);
    const { instansiList } = await gql('query { instansiList { id name } }');
    $('instansi').replaceChildren(...instansiList.map((i: any) => el('option', { value: i.id }, i.name)));
    $('instansi').addEventListener('change', () => {
      $('topik').hidden = true;
      $('papan').hidden = true;
      loadUnits();
    });
    if (instansiList.length) await loadUnits();
    document.body.dataset.ready = 'true';
  }
  start().catch((error: any) => {
    document.body.dataset.ready = 'error';
    show($('hasil-kirim'), 'galat', error.message);
  });
}

export function portalScript(unsur: ReadonlyArray<[string, string]>): string {
  return `"use strict";(${portalClient.toString()})(${JSON.stringify(unsur)});\n`;
}
