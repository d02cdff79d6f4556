/** The portal's one HTML page (Bahasa Indonesia): nine sections, shown one at a time by the address hash. */
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
        <li><a href="#predikat">Predikat ASN</a></li>
        <li><a href="#jp">Pengembangan kompetensi</a></li>
        <li><a href="#seleksi">Hasil seleksi</a></li>
        <li><a href="#perjanjian">Perjanjian kinerja</a></li>
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

    <section id="predikat" aria-labelledby="predikat-judul" hidden>
      <h2 id="predikat-judul">Sebaran predikat kinerja pegawai per OPD</h2>
      <form id="form-predikat" class="baris">
        <label for="tahun-predikat">Tahun penilaian</label>
        <input id="tahun-predikat" name="tahun" type="number" min="2000" max="2100" inputmode="numeric" required>
        <button type="submit">Tampilkan</button>
      </form>
      <p class="catatan">Jumlah pegawai per predikat dari penilaian tahunan yang sudah ditutup, per OPD. Penilaian perorangan tidak pernah ditampilkan. Jumlah kurang dari <span class="k">5</span> disembunyikan (—), dan bila semua pegawai OPD mendapat predikat yang sama, rinciannya juga disembunyikan agar predikat tiap orang tidak dapat diketahui.</p>
      <div class="tabel" tabindex="0" role="region" aria-labelledby="tabel-predikat-judul"><table id="tabel-predikat">
        <caption id="tabel-predikat-judul">Predikat per OPD</caption>
        <thead><tr><th scope="col">OPD</th><th scope="col">Dinilai</th><th scope="col">Sangat baik</th><th scope="col">Baik</th><th scope="col">Butuh perbaikan</th><th scope="col">Kurang</th><th scope="col">Sangat kurang</th></tr></thead>
        <tbody></tbody>
      </table></div>
    </section>

    <section id="jp" aria-labelledby="jp-judul" hidden>
      <h2 id="jp-judul">Pengembangan kompetensi (20 JP) per OPD</h2>
      <form id="form-jp" class="baris">
        <label for="tahun-jp">Tahun</label>
        <input id="tahun-jp" name="tahun" type="number" min="2000" max="2100" inputmode="numeric" required>
        <button type="submit">Tampilkan</button>
      </form>
      <p class="catatan">Persentase PNS yang memenuhi paling sedikit 20 jam pelajaran setahun (PP 11/2017 ps. 203). Angka dari kurang dari <span class="k">5</span> pegawai disembunyikan (—).</p>
      <figure>
        <figcaption id="grafik-jp-judul">PNS memenuhi 20 JP (%) per OPD</figcaption>
        <div id="grafik-jp" role="img" aria-labelledby="grafik-jp-judul"></div>
      </figure>
      <div class="tabel" tabindex="0" role="region" aria-labelledby="tabel-jp-judul"><table id="tabel-jp">
        <caption id="tabel-jp-judul">Kepatuhan 20 JP per OPD</caption>
        <thead><tr><th scope="col">OPD</th><th scope="col">Memenuhi 20 JP (%)</th><th scope="col">Pegawai</th></tr></thead>
        <tbody></tbody>
      </table></div>
    </section>

    <section id="seleksi" aria-labelledby="seleksi-judul" hidden>
      <h2 id="seleksi-judul">Hasil seleksi ASN</h2>
      <p class="catatan">Papan peringkat seleksi yang diumumkan: nomor peserta, inisial, dan nilai SKD. Nama lengkap, NIK, dan tanggal lahir tidak ditampilkan.</p>
      <ul id="daftar-seleksi" class="topik"></ul>
      <article id="papan" aria-labelledby="papan-judul" hidden>
        <h3 id="papan-judul" tabindex="-1"></h3>
        <p id="papan-status"></p>
        <div id="papan-formasi"></div>
      </article>
    </section>

    <section id="perjanjian" aria-labelledby="perjanjian-judul" hidden>
      <h2 id="perjanjian-judul">Perjanjian kinerja unit dan pimpinannya</h2>
      <form id="form-perjanjian" class="baris">
        <label for="tahun-perjanjian">Tahun</label>
        <input id="tahun-perjanjian" name="tahun" type="number" min="2000" max="2100" inputmode="numeric" required>
        <button type="submit">Tampilkan</button>
      </form>
      <p class="catatan">Sasaran, indikator, dan target perjanjian kinerja (SAKIP) yang telah disetujui, dengan realisasi yang dicatat pimpinan unit: keluaran, bukan penilaian.</p>
      <div id="daftar-perjanjian"></div>
      <h3>Karya dan penghargaan ASN</h3>
      <p class="catatan">Ditayangkan atas persetujuan ASN yang bersangkutan, yang dapat menariknya kapan saja.</p>
      <ul id="karya" class="apresiasi"></ul>
    </section>
  </main>
  <footer><p>Data dari API publik Akuntabel. Penilaian perorangan ASN tidak pernah ditampilkan (UU 14/2008 ps. 17 huruf h).</p></footer>
</body>
</html>
`;
