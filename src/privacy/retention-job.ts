// The nightly retention job: personal data of cases finished longer ago than PERSONAL_DATA_RETENTION_DAYS is
// anonymised in bounded batches (one audit entry per run), and long-ended logins (officers' addresses) dropped.
import { recordAudit, SYSTEM } from '../audit/record.js';
import { deleteOldSessions } from '../auth/session.js';
import { childLog } from '../log.js';
import { anonymiseExpired } from './anonymise.js';

const log = childLog('privacy:retention');
export const ANONYMISE_JOB = 'anonymise-personal-data';
/** 03:00 WITA, after the retraining. */
export const ANONYMISE_SCHEDULE = { pattern: '0 3 * * *', tz: 'Asia/Makassar' };
/** Batches per run: a backlog (the first run on an old database) is worked off over a few nights. */
const MAX_BATCHES = 50;

export async function runAnonymise(retentionDays: number, now = new Date()) {
  let conversations = 0;
  let contacts = 0;
  for (let i = 0; i < MAX_BATCHES; i++) {
    const batch = await anonymiseExpired(retentionDays, now);
    conversations += batch.conversations;
    contacts += batch.contacts;
    if (!batch.more) break;
  }
  if (conversations > 0) {
    await recordAudit(
      SYSTEM,
      'personal_data.anonymised',
      { label: `retensi ${retentionDays} hari` },
      {
        data: { conversations, contacts, retentionDays },
      },
    );
  }
  const sessions = await deleteOldSessions(now);
  log.info({ conversations, contacts, sessions, retentionDays }, 'personal data past retention anonymised');
  return { conversations, contacts, sessions };
}
