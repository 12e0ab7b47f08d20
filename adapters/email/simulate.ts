// `npx aspirasi simulate --channels email`: a citizen's mail appended (IMAP APPEND) to the mailbox named by
// EMAIL_SIMULATE_IMAP_URL, which the server reads like any other mail (connect that mailbox as an e-mail account).
import type { SampleBuilder } from '../adapter-spec.js';
import { imapAccess, imapClient } from './mailbox.js';

export interface EmailSampleSettings {
  EMAIL_SIMULATE_IMAP_URL?: string;
}

export function sampleMail(id: string, name: string, address: string, text: string, to = 'humas@localhost') {
  const subject = text.split(/\s+/).slice(0, 6).join(' ');
  return [
    `From: ${name} <${address}>`,
    `To: ${to}`,
    `Subject: ${subject}`,
    `Date: ${new Date().toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${id}@warga.simulasi>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    text,
    '',
    'Dikirim dari ponsel saya',
    '',
  ].join('\r\n');
}

export const emailSample: SampleBuilder<EmailSampleSettings> = (ref, c, text, s) => ({
  path: '',
  headers: {},
  body: '',
  deliver: async () => {
    const access = imapAccess(s.EMAIL_SIMULATE_IMAP_URL!);
    const client = imapClient(access);
    client.on('error', () => {});
    try {
      await client.connect();
      const address = `${c.name.toLowerCase().replace(/[^a-z]+/g, '.')}.${c.id.slice(-4)}@warga.simulasi`;
      await client.append(access.mailbox, sampleMail(ref.id, c.name, address, text, access.user));
      return { ok: true, status: `IMAP APPEND ke ${access.mailbox}` };
    } catch (err) {
      return { ok: false, status: `IMAP gagal: ${(err as Error).message}` };
    } finally {
      await client.logout().catch(() => client.close());
    }
  },
});
