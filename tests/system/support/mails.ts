// Raw mails as citizens' mail programs and mail servers write them, for delivery into the test mailbox.
let seq = 0;
export const uniqueId = (tag: string) => `<${tag}.${Date.now()}.${++seq}@warga.test>`;

const date = () => new Date().toUTCString().replace('GMT', '+0000');

export function plainMail(o: {
  from: string;
  subject: string;
  body: string;
  messageId: string;
  headers?: Record<string, string>;
}) {
  const extra = Object.entries(o.headers ?? {})
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  return (
    `From: ${o.from}\r\nTo: Humas Kaltim <humas@kaltim.test>\r\nSubject: ${o.subject}\r\nDate: ${date()}\r\n` +
    `Message-ID: ${o.messageId}\r\n${extra}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${o.body}\r\n`
  );
}

/** An HTML mail from a webmail, quoting the earlier thread, with a signature and a PDF attached. */
export function htmlMailWithAttachment(o: { from: string; messageId: string; pdf: Buffer }) {
  const html =
    '<html><body><div>Selamat siang,</div><div>Jalan di <b>Jl. Pramuka</b> berlubang besar dan sudah memakan korban.</div>' +
    '<div>Mohon segera ditambal.</div><div><br></div><div>-- <br>Andi Pratama<br>Warga Sempaja</div>' +
    '<div class="gmail_quote"><div>Pada Sen, 1 Des 2026 pukul 09.00 Humas &lt;humas@kaltim.test&gt; menulis:</div>' +
    '<blockquote>Terima kasih, laporan sebelumnya sudah kami terima.</blockquote></div></body></html>';
  const b = 'b1_batas';
  return (
    `From: Andi Pratama <${o.from}>\r\nTo: humas@kaltim.test\r\nSubject: Jalan berlubang di Pramuka\r\n` +
    `Date: ${date()}\r\nMessage-ID: ${o.messageId}\r\nMIME-Version: 1.0\r\n` +
    `Content-Type: multipart/mixed; boundary="${b}"\r\n\r\n` +
    `--${b}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n` +
    `--${b}\r\nContent-Type: application/pdf; name="foto-jalan.pdf"\r\nContent-Disposition: attachment; filename="foto-jalan.pdf"\r\n` +
    `Content-Transfer-Encoding: base64\r\n\r\n${o.pdf.toString('base64')}\r\n--${b}--\r\n`
  );
}

/** An out-of-office answer (RFC 3834). */
export const outOfOffice = (messageId: string) =>
  plainMail({
    from: 'Kepala Seksi <kasi@instansi.test>',
    subject: 'Balasan otomatis: sedang cuti',
    body: 'Saya sedang cuti sampai 10 Desember.',
    messageId,
    headers: { 'Auto-Submitted': 'auto-replied' },
  });

/** A bounce (RFC 3464 delivery status notification) from the mail server. */
export function bounce(messageId: string) {
  const b = 'dsn_batas';
  return (
    `From: Mail Delivery System <MAILER-DAEMON@mx.kaltim.test>\r\nTo: humas@kaltim.test\r\n` +
    `Subject: Undelivered Mail Returned to Sender\r\nDate: ${date()}\r\nMessage-ID: ${messageId}\r\nMIME-Version: 1.0\r\n` +
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"\r\n\r\n` +
    `--${b}\r\nContent-Type: text/plain\r\n\r\nAlamat tidak ditemukan.\r\n` +
    `--${b}\r\nContent-Type: message/delivery-status\r\n\r\nStatus: 5.1.1\r\n--${b}--\r\n`
  );
}
