// GET /lapor: the website form, server-rendered in Bahasa Indonesia, usable on a phone and inside an iframe.
// Its behaviour (photo, proof of work, sending) is in assets/lapor.js; without JavaScript it says so.
import { PHOTO_MAX_BYTES } from './photo.js';
import { TEXT_MAX, TEXT_MIN } from '../../adapters/webform/submission.js';
import { esc } from '../reports/monthly/html.js';

export interface FormPageOptions {
  regions: { code: string; name: string }[];
  /** Replies also go by e-mail (SMTP configured). */
  repliesByEmail: boolean;
  embed: boolean;
}

const field = (id: string, label: string, input: string, hint = '') =>
  `<div class="field"><label for="${id}">${label}</label>${input}${hint ? `<p class="hint" id="${id}-hint">${hint}</p>` : ''}</div>`;

export function renderFormPage(o: FormPageOptions): string {
  const options = o.regions.map((r) => `<option value="${esc(r.code)}">${esc(r.name)}</option>`).join('');
  const replies = o.repliesByEmail
    ? 'Balasan petugas dikirim ke e-mail Anda (bila diisi) dan selalu tampil di halaman status laporan.'
    : 'Balasan petugas tampil di halaman status laporan.';
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lapor — sampaikan pengaduan atau aspirasi</title>
<link rel="stylesheet" href="/lapor/lapor.css">
<script src="/lapor/lapor.js" defer></script>
</head>
<body class="${o.embed ? 'embed' : ''}">
<main>
<h1>Sampaikan laporan Anda</h1>
<p class="lead">Pengaduan, aspirasi, atau pertanyaan untuk pemerintah daerah. Anda langsung mendapat nomor tiket untuk memantau tindak lanjutnya. ${replies}</p>
<noscript><p class="error">Formulir ini memerlukan JavaScript (untuk perlindungan anti-spam). Aktifkan JavaScript lalu muat ulang halaman.</p></noscript>
<form id="lapor" novalidate data-photo-max="${PHOTO_MAX_BYTES}">
${field('text', 'Isi laporan <span class="req">(wajib)</span>', `<textarea id="text" name="text" rows="6" required minlength="${TEXT_MIN}" maxlength="${TEXT_MAX}" aria-describedby="text-hint"></textarea>`, 'Ceritakan apa yang terjadi, di mana, dan sejak kapan.')}
${field('regionCode', 'Wilayah (kabupaten/kota)', `<select id="regionCode" name="regionCode"><option value="">— tidak dipilih —</option>${options}</select>`)}
${field('photo', 'Foto (opsional)', '<input id="photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp" aria-describedby="photo-hint">', `JPG, PNG atau WebP, maksimal ${PHOTO_MAX_BYTES / 1024 / 1024} MB. Data lokasi di dalam foto dihapus, kecuali Anda mencentang pilihan di bawah.`)}
<div class="check"><input id="shareLocation" name="shareLocation" type="checkbox"><label for="shareLocation">Bagikan lokasi foto (GPS) agar petugas tahu tempat kejadian</label></div>
${field('name', 'Nama (opsional)', '<input id="name" name="name" type="text" maxlength="100" autocomplete="name">')}
<fieldset><legend>Kontak <span class="req">(isi salah satu)</span></legend>
${field('email', 'E-mail', '<input id="email" name="email" type="email" maxlength="254" autocomplete="email" inputmode="email">')}
${field('whatsapp', 'Nomor WhatsApp', '<input id="whatsapp" name="whatsapp" type="tel" maxlength="20" autocomplete="tel" inputmode="tel" placeholder="0812 3456 7890">')}
</fieldset>
<div class="check"><input id="consent" name="consent" type="checkbox" required><label for="consent">Saya setuju data pribadi saya (nama, kontak, foto) dipakai hanya untuk menindaklanjuti laporan ini, sesuai UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi.</label></div>
<p id="problem" class="error" role="alert" hidden></p>
<button type="submit" id="send">Kirim laporan</button>
<p id="progress" class="hint" aria-live="polite" hidden></p>
</form>
<section id="receipt" hidden aria-live="polite">
<h2>Laporan Anda diterima</h2>
<p>Nomor tiket: <strong id="ticket"></strong></p>
<p>Kode pantau: <strong id="code"></strong></p>
<p>Simpan keduanya. Dengan nomor tiket dan kode pantau Anda bisa melihat status dan balasan petugas.</p>
<p><a id="status-link" href="/lapor/status" target="_blank" rel="noopener">Buka halaman status laporan</a></p>
<button type="button" id="again">Kirim laporan lain</button>
</section>
<p class="foot"><a href="/lapor/status" target="_blank" rel="noopener">Cek status laporan</a></p>
</main>
</body>
</html>`;
}
