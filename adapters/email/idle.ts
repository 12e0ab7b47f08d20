// IMAP IDLE (RFC 2177): one open connection per mailbox, on which the server announces new mail at once. It only
// hints: the mail itself is still read by the poller from its cursor, so a lost hint costs a tick, never a mail.
import type { PolledAccount, StopWatch } from '../poller.js';
import { imapAccess, imapClient } from './mailbox.js';

const RECONNECT_MS = 30_000;

export async function watchMailbox(account: PolledAccount, changed: () => void): Promise<StopWatch | null> {
  if (!account.credentials.imapUrl) return null;
  const access = imapAccess(account.credentials.imapUrl);
  let stopped = false;
  let client = imapClient(access, { autoIdleDelay: 1000 });
  let timer: NodeJS.Timeout | undefined;

  const open = async (): Promise<boolean> => {
    // IDLE a second after opening, instead of imapflow's default 15 s: this connection only ever waits.
    client = imapClient(access, { autoIdleDelay: 1000 });
    client.on('error', () => {}); // followed by 'close', which reconnects
    client.on('exists', () => changed());
    client.on('close', () => reconnectLater());
    await client.connect();
    if (!client.capabilities.has('IDLE')) {
      stopped = true; // polling alone; no connection held open for nothing
      await client.logout().catch(() => client.close());
      return false;
    }
    await client.mailboxOpen(access.mailbox, { readOnly: true });
    changed(); // anything that came while no connection was open
    return true; // imapflow enters IDLE by itself once the connection is quiet
  };
  const reconnectLater = () => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => void open().catch(() => reconnectLater()), RECONNECT_MS);
  };
  if (!(await open())) return null;
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await client.logout().catch(() => client.close());
  };
}
