// An in-process SMTP server (smtp-server) that keeps what it receives, parsed by mailparser: the receiving end of
// every test of mail Aspirasi sends.
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { waitFor } from './app.js';

export interface SmtpSink {
  url: string;
  mails: ParsedMail[];
  /** The first mail received for `address`. */
  waitForMailTo(address: string, timeoutMs?: number): Promise<ParsedMail>;
  /** Answer the next DATA commands with this SMTP code (e.g. 451, 550) instead of accepting. */
  refuseWith(code: number | null): void;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: ParsedMail[] = [];
  let refusal: number | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          if (refusal) {
            callback(Object.assign(new Error('refused by test'), { responseCode: refusal }));
            return;
          }
          mails.push(mail);
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  const to = (m: ParsedMail) =>
    (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value.map((v) => v.address));
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    waitForMailTo: (address, timeoutMs = 8000) =>
      waitFor(async () => mails.find((m) => to(m).includes(address)), timeoutMs),
    refuseWith: (code) => (refusal = code),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
