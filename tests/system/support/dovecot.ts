// A throwaway Dovecot IMAP server (Debian's dovecot-imapd; .ci/run installs it) with its own configuration, mail
// and sockets in a temp directory, on a free loopback port. The system's dovecot service is never touched.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';

export const MAIL_USER = 'humas@kaltim.test';
export const MAIL_PASSWORD = 'sandi-uji-123';
const NOBODY = 65534;

export interface Dovecot {
  port: number;
  imapUrl(mailbox?: string): string;
  /** Delivers a raw RFC 5322 message into a mailbox (IMAP APPEND), as a mail server would. */
  append(raw: string, mailbox?: string): Promise<void>;
  /** Deletes and recreates a mailbox: the server gives it a new UIDVALIDITY. */
  recreate(mailbox: string): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function config(dir: string, port: number) {
  return `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:${dir}/mail/%n
first_valid_uid = ${NOBODY}
default_internal_user = dovecot
default_login_user = dovenull
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = passwd-file
  args = username_format=%u ${dir}/users
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
`;
}

/** The test mailbox's owner on a plain loopback connection (the adapter under test makes its own). */
function mailUserClient(port: number) {
  const client = new ImapFlow({
    host: '127.0.0.1',
    port,
    secure: false,
    logger: false,
    auth: { user: MAIL_USER, pass: MAIL_PASSWORD },
  });
  client.on('error', () => {});
  return client;
}

async function waitForPort(port: number, proc: ChildProcess, log: () => string) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`dovecot exited (${proc.exitCode}): ${log()}`);
    const client = mailUserClient(port);
    try {
      await client.connect();
      await client.logout();
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`dovecot did not answer on ${port}: ${log()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

export async function startDovecot(): Promise<Dovecot> {
  const dir = mkdtempSync(join(tmpdir(), 'aspirasi-dovecot-'));
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'mail'));
  chownSync(join(dir, 'mail'), NOBODY, NOBODY);
  const port = await freePort();
  writeFileSync(
    join(dir, 'users'),
    `${MAIL_USER}:{PLAIN}${MAIL_PASSWORD}:${NOBODY}:${NOBODY}::${dir}/mail/humas\n`,
  );
  writeFileSync(join(dir, 'dovecot.conf'), config(dir, port));
  let output = '';
  const binary = existsSync('/usr/sbin/dovecot') ? '/usr/sbin/dovecot' : 'dovecot';
  const proc = spawn(binary, ['-F', '-c', join(dir, 'dovecot.conf')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (c) => (output += c));
  proc.stderr!.on('data', (c) => (output += c));
  await waitForPort(port, proc, () => output);

  const session = async <T>(work: (client: ImapFlow) => Promise<T>) => {
    const client = mailUserClient(port);
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.logout().catch(() => client.close());
    }
  };
  return {
    port,
    imapUrl: (mailbox = 'INBOX') =>
      `imap://${encodeURIComponent(MAIL_USER)}:${MAIL_PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(mailbox)}`,
    append: (raw, mailbox = 'INBOX') =>
      session(async (c) => {
        if (mailbox !== 'INBOX') await c.mailboxCreate(mailbox).catch(() => {});
        await c.append(mailbox, raw);
      }),
    recreate: (mailbox) =>
      session(async (c) => {
        await c.mailboxDelete(mailbox).catch(() => {});
        await c.mailboxCreate(mailbox);
      }),
    stop: async () => {
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
