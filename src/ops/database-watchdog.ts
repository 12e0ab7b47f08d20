// Self-recovery from a database outage without a restart. The MongoDB driver recovers by itself from nearly every
// outage, but the chaos runs caught it, now and then, never checking the server again after a cut connection
// (every operation then fails with the same "connection N to ... closed" until the process restarts - the
// symptom issue 10 reported). So: when the database has not answered a ping for RECONNECT_AFTER_MS, drop the
// driver's client and connect afresh. Operations in flight fail and are retried by their jobs; nothing is lost.
import mongoose from 'mongoose';
import { childLog } from '../log.js';
import { connectDatabase, databaseState } from '../store/index.js';

const log = childLog('database');
const CHECK_EVERY_MS = 5000;
const RECONNECT_AFTER_MS = 20_000;

export interface DatabaseWatchdog {
  stop(): void;
}

export function watchDatabase(
  uri: string,
  opts = { everyMs: CHECK_EVERY_MS, reconnectAfterMs: RECONNECT_AFTER_MS },
): DatabaseWatchdog {
  let downSince: number | null = null;
  let busy = false;
  const check = async () => {
    if (busy) return;
    busy = true;
    try {
      if ((await databaseState(2000)) === 'up') {
        if (downSince !== null) log.info({ downMs: Date.now() - downSince }, 'database reachable again');
        downSince = null;
        return;
      }
      if (downSince === null) {
        downSince = Date.now();
        log.warn('database not answering; operations will retry');
      }
      if (Date.now() - downSince < opts.reconnectAfterMs) return;
      log.warn(
        { downMs: Date.now() - downSince },
        'database still not answering: reconnecting with a fresh client',
      );
      await mongoose.connection.close().catch(() => {});
      await connectDatabase(uri).then(
        () => log.info('database reconnected'),
        (err: Error) => log.warn({ err: err.message }, 'database reconnect failed; trying again'),
      );
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void check(), opts.everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
