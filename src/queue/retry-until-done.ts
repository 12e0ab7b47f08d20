// Start-up work that needs Redis (scheduling a repeatable job) must not be lost because Redis was away when the
// process started: keep trying in the background until it succeeds.
import type { Logger } from 'pino';

const RETRY_EVERY_MS = 5000;

export function retryUntilDone(task: () => Promise<unknown>, log: Logger, what: string): void {
  let warned = false;
  const attempt = () =>
    task().catch((err: Error) => {
      if (!warned) log.warn({ err: err.message }, `could not ${what} yet; retrying until Redis answers`);
      warned = true;
      setTimeout(attempt, RETRY_EVERY_MS).unref();
    });
  void attempt();
}
