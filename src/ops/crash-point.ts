// Fault injection for `npm run chaos` (scripts/chaos): with ASPIRASI_CRASH_AT=<step> the process kills itself
// (SIGKILL: no cleanup, no graceful shutdown) the first time it passes that step, as a power cut would.
// It is read from the environment directly because it is a test facility, not configuration; never in production.
const target = process.env.NODE_ENV === 'production' ? undefined : process.env.ASPIRASI_CRASH_AT;

export function crashPoint(step: string): void {
  if (target && step === target) process.kill(process.pid, 'SIGKILL');
}
