// Sends a handful of signed citizen messages to a running server, so the inbox has something to show while
// developing or taking screenshots: `npx tsx tests/e2e/demo-traffic.ts http://localhost:3000`.
import { genericDeliveryHeaders } from '../../adapters/generic/index.js';
import { DEV_WEBHOOK_SECRETS } from '../../src/config.js';

const MESSAGES: [string, string][] = [
  [
    'Siti Aminah',
    'Banjir setinggi dada di Jl. Pramuka, ada lansia terjebak di rumah, tolong segera kirim perahu!!',
  ],
  ['Rudi H', 'air pdam mati dr kemarin sore di loa bakung, kapan nyala lg min?'],
  ['Yohanes', 'Jalan poros ke Tenggarong berlubang besar dekat jembatan, sudah 2 motor jatuh minggu ini'],
  ['Nur Aisyah', 'Mau tanya syarat perpanjang KTP-el yang hilang apa aja ya? makasih'],
  ['Dedi Kurniawan', 'Lampu jalan di perumahan kami padam sebulan, rawan begal malam hari'],
  ['Maria', 'Puskesmas tutup jam 11 padahal jadwal sampai jam 2, anak saya demam tinggi'],
  ['Ahmad F', 'Terima kasih Dinas PUPR, jalan depan sekolah sudah diaspal mulus 👍'],
  ['Lina', 'Sampah menumpuk di TPS pasar segiri sudah 5 hari, bau sekali'],
  ['Budi S', 'Pungli di loket samsat, diminta uang tambahan 50rb tanpa kuitansi'],
  ['Wati', 'Bansos PKH ibu saya tidak cair 3 bulan, sudah terdaftar DTKS. hubungi 081234567890'],
];

const base = process.argv[2] ?? 'http://localhost:3000';
const secret = process.env.GENERIC_WEBHOOK_SECRET ?? DEV_WEBHOOK_SECRETS.GENERIC_WEBHOOK_SECRET;
const stamp = Date.now();

for (const [i, [name, text]] of MESSAGES.entries()) {
  const body = JSON.stringify({
    id: `demo-${stamp}-${i}`,
    author: { id: `demo-warga-${stamp}-${i}`, name },
    text,
    createdAt: new Date(Date.now() - (MESSAGES.length - i) * 7 * 60_000).toISOString(),
  });
  const res = await fetch(`${base}/webhooks/generic/demo-web`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...genericDeliveryHeaders(secret, 'demo-web', body) },
    body,
  });
  console.log(`${res.status} ${name}`);
}
