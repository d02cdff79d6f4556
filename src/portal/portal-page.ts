/** The portal's one HTML page (Bahasa Indonesia): five sections, shown one at a time by the address hash. */
export const PORTAL_HTML = `<!doctype html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Portal Partisipasi Warga — Akuntabel</title>
  <meta name="description" content="Sampaikan aspirasi, pengaduan, dan apresiasi, lacak laporan, isi survei kepuasan, dan lihat kinerja layanan publik.">
  <link rel="stylesheet" href="/portal/portal.css">
  <script src="/portal/portal.js" defer></script>
</head>
<body>
  <a class="skip" href="#utama">Lewati ke isi</a>
  <header>
    <p class="brand">Akuntabel · Portal Partisipasi Warga</p>
    <nav aria-label="Menu utama">
      <ul>
        <li><a href="#dasbor">Dasbor</a></li>
        <li><a href="#kirim">Kirim laporan</a></li>
        <li><a href="#lacak">Lacak laporan</a></li>
        <li><a href="#survei">Survei kepuasan</a></li>
        <li><a href="#forum">Forum</a></li>
      </ul>
    </nav>
  </header>
  <main id="utama" tabindex="-1">
    <h1 id="judul">Kinerja layanan publik</h1>
    <div class="pilih-instansi">
      <label for="instansi">Pemerintah daerah</label>
      <select id="instansi" name="instansi"></select>
    </div>

    <section id="dasbor" aria-labelledby="dasbor-judul">
      <h2 id="dasbor-judul">Dasbor transparansi</h2>
      <form id="form-dasbor" class="baris">
        <label for="tahun">Tahun</label>
        <input id="tahun" name="tahun" type="number" min="2000" max="2100" inputmode="numeric" required>
        <button type="submit">Tampilkan</button>
      </form>
      <p class="catatan">Hanya angka agregat per unit. Angka dari kurang dari <span id="k">5</span> responden atau laporan disembunyikan (—) agar tidak ada orang yang dapat dikenali.</p>
      <figure>
        <figcaption id="grafik-judul">Indeks Kepuasan Masyarakat (IKM) per unit</figcaption>
        <div id="grafik" role="img" aria-labelledby="grafik-judul"></div>
      </figure>
      <div class="tabel" tabindex="0" role="region" aria-labelledby="tabel-judul"><table id="tabel-dasbor">
        <caption id="tabel-judul">Ringkasan per unit</caption>
        <thead><tr><th scope="col">Unit</th><th scope="col">IKM</th><th scope="col">Selesai sesuai SLA (%)</th><th scope="col">Median respons (hari kerja)</th><th scope="col">Laporan</th></tr></thead>
        <tbody></tbody>
      </table></div>
      <h3>Apresiasi warga</h3>
      <ul id="apresiasi" class="apresiasi"></ul>
    </section>

    <section id="kirim" aria-labelledby="kirim-judul" hidden>
      <h2 id="kirim-judul">Kirim laporan</h2>
      <form id="form-kirim">
        <label for="jenis">Jenis</label>
        <select id="jenis" name="jenis" required>
          <option value="PENGADUAN">Pengaduan</option>
          <option value="ASPIRASI">Aspirasi</option>
          <option value="PERMINTAAN_INFORMASI">Permintaan informasi</option>
          <option value="APRESIASI">Apresiasi</option>
          <option value="WBS">Pelaporan pelanggaran (WBS, selalu rahasia)</option>
        </select>
        <label for="unit-kirim">Unit layanan</label>
        <select id="unit-kirim" name="unit" required></select>
        <label for="judul-laporan">Judul</label>
        <input id="judul-laporan" name="judul" required minlength="5" maxlength="200">
        <label for="isi">Isi laporan</label>
        <textarea id="isi" name="isi" required minlength="20" maxlength="4000" rows="6" aria-describedby="isi-bantuan"></textarea>
        <p id="isi-bantuan" class="bantuan">Minimal 20 karakter. Jangan menulis data pribadi orang lain.</p>
        <fieldset>
          <legend>Privasi</legend>
          <label class="pilihan"><input type="radio" name="privasi" value="PUBLIC" checked> Publik — isi dan identitas terlihat petugas</label>
          <label class="pilihan"><input type="radio" name="privasi" value="ANONIM"> Anonim — isi publik, identitas disembunyikan</label>
          <label class="pilihan"><input type="radio" name="privasi" value="RAHASIA"> Rahasia — isi tidak ditampilkan ke publik</label>
        </fieldset>
        <fieldset>
          <legend>Identitas (tidak wajib)</legend>
          <label for="nama">Nama</label>
          <input id="nama" name="nama" autocomplete="name" maxlength="120">
          <label for="hp">Nomor HP</label>
          <input id="hp" name="hp" type="tel" autocomplete="tel" inputmode="tel" pattern="(\\+62|0)8[0-9]{7,12}" aria-describedby="hp-bantuan">
          <p id="hp-bantuan" class="bantuan">Contoh 081234567890.</p>
          <label for="surel">E-mail</label>
          <input id="surel" name="surel" type="email" autocomplete="email" inputmode="email" maxlength="200" aria-describedby="surel-bantuan">
          <p id="surel-bantuan" class="bantuan">Perkembangan laporan dikirim ke e-mail ini. Identitas dienkripsi dan dapat Anda hapus kapan saja; setelah dihapus tidak ada e-mail lagi.</p>
        </fieldset>
        <button type="submit">Kirim</button>
      </form>
      <div id="hasil-kirim" class="hasil" role="status" aria-live="polite"></div>
    </section>

    <section id="lacak" aria-labelledby="lacak-judul" hidden>
      <h2 id="lacak-judul">Lacak laporan</h2>
      <form id="form-lacak" class="baris">
        <label for="nomor">Nomor pelacakan</label>
        <input id="nomor" name="nomor" required autocomplete="off" autocapitalize="characters" placeholder="XXXX-XXXX-XXXX">
        <button type="submit">Lacak</button>
      </form>
      <div id="hasil-lacak" class="hasil" role="status" aria-live="polite"></div>
    </section>

    <section id="survei" aria-labelledby="survei-judul" hidden>
      <h2 id="survei-judul">Survei Kepuasan Masyarakat</h2>
      <form id="form-survei">
        <label for="unit-survei">Unit layanan</label>
        <select id="unit-survei" name="unit" required></select>
        <label for="periode">Periode</label>
        <input id="periode" name="periode" required pattern="20[0-9]{2}(-(S[12]|Q[1-4]|0[1-9]|1[0-2]))?" aria-describedby="periode-bantuan">
        <p id="periode-bantuan" class="bantuan">Misalnya 2026 atau 2026-Q1.</p>
        <div id="unsur"></div>
        <label for="bukti">Nomor bukti layanan (tidak wajib)</label>
        <input id="bukti" name="bukti" maxlength="64" autocomplete="off">
        <button type="submit">Kirim jawaban</button>
      </form>
      <div id="hasil-survei" class="hasil" role="status" aria-live="polite"></div>
    </section>

    <section id="forum" aria-labelledby="forum-judul" hidden>
      <h2 id="forum-judul">Forum warga</h2>
      <p class="catatan">Topik dibuka oleh unit layanan. Tulisan warga ditayangkan setelah dimoderasi; jawaban resmi unit ditandai.</p>
      <ul id="daftar-topik" class="topik"></ul>
      <article id="topik" aria-labelledby="topik-judul" hidden>
        <h3 id="topik-judul" tabindex="-1"></h3>
        <p id="topik-uraian"></p>
        <ol id="tulisan" class="tulisan"></ol>
        <h4>Tindak lanjut unit</h4>
        <ul id="tindak-lanjut"></ul>
        <form id="form-forum">
          <label for="balas">Membalas</label>
          <select id="balas" name="balas"></select>
          <label for="tulisan-isi">Tulisan Anda</label>
          <textarea id="tulisan-isi" name="isi" required minlength="2" maxlength="4000" rows="4" aria-describedby="tulisan-bantuan"></textarea>
          <p id="tulisan-bantuan" class="bantuan">Tanpa akun. Jangan menulis data pribadi; tulisan ditayangkan setelah dimoderasi.</p>
          <button type="submit">Kirim tulisan</button>
        </form>
        <div id="hasil-forum" class="hasil" role="status" aria-live="polite"></div>
      </article>
    </section>
  </main>
  <footer><p>Data dari API publik Akuntabel. Penilaian perorangan ASN tidak pernah ditampilkan (UU 14/2008 ps. 17 huruf h).</p></footer>
</body>
</html>
`;
