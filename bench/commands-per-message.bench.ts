// Database commands per citizen message, counted by the MongoDB driver's command monitoring, for a message that
// opens a case and a follow-up in it: everything from the webhook to the last job it leads to (bench/support/per-message.ts).
import { commandsPerMessage, commandsPerMessageInBurst, formatCount } from './support/per-message.js';
import { startBenchStack } from './support/stack.js';

/** Issue 13's targets. */
const TARGET = { opened: 8, followUp: 4 };
const BURST = 50;

const stack = await startBenchStack();
try {
  const counts = await commandsPerMessage(stack.app, stack.config.GENERIC_WEBHOOK_SECRET!);
  console.log(`database commands per message (driver command monitoring), MongoDB: ${stack.databaseKind}`);
  console.log(`  opens a case   ${formatCount(counts.opened)}   target <= ${TARGET.opened}`);
  console.log(`  follow-up      ${formatCount(counts.followUp)}   target <= ${TARGET.followUp}`);
  const burst = await commandsPerMessageInBurst(stack.app, stack.config.GENERIC_WEBHOOK_SECRET!, BURST);
  console.log(`in a burst of ${BURST} new threads, then a follow-up in each (per message)`);
  console.log(`  opens a case   ${burst.opened.toFixed(2)}   target <= ${TARGET.opened}`);
  console.log(`  follow-up      ${burst.followUp.toFixed(2)}   target <= ${TARGET.followUp}`);
  if (process.env.BENCH_VERBOSE) console.log(counts);
} finally {
  await stack.stop();
}
process.exit(0);
