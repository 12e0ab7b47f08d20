// `npm run chaos`: the pipeline under Redis, worker and database faults (issue 10). Starts its own redis-server
// (append-only, fsync always) on a free port, the test database behind a TCP proxy, two API processes and two
// workers, then runs each scenario with a platform that retries until 2xx. Prints, per scenario: events sent and
// stored, effects doubled, work lost, replies sent twice, processes that died. Exit code 1 unless all are clean.
//   npm run chaos [-- --only redis-restart,worker-kill] [--messages 120] [--replies 10] [--points ingest:stored]
import { parseArgs } from 'node:util';
import { startCluster } from './cluster.js';
import { LOG_DIR } from './processes.js';
import type { ScenarioResult } from './scenario.js';
import { SCENARIOS } from './scenarios.js';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    messages: { type: 'string', default: '120' },
    replies: { type: 'string', default: '10' },
    points: { type: 'string' },
  },
});
const size = {
  messages: Number(values.messages),
  replies: Number(values.replies),
  points: values.points?.split(','),
};
const chosen = values.only ? SCENARIOS.filter((s) => values.only!.split(',').includes(s.name)) : SCENARIOS;
if (chosen.length === 0) {
  console.error(`Unknown scenario. Choose from: ${SCENARIOS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

const clean = (r: ScenarioResult) =>
  r.sent === r.stored && !r.doubled && !r.lost && !r.repliesSentTwice && !r.died && r.problems.length === 0;

function row(r: ScenarioResult) {
  const cells = [
    r.name.padEnd(30),
    r.sent,
    r.stored,
    r.doubled,
    r.lost,
    `${r.repliesSent}/${r.replies}`,
    r.repliesUnknown,
    r.repliesSentTwice,
    r.died,
    `${r.seconds}s`,
    clean(r) ? 'ok' : 'FAIL',
  ];
  return cells.map((c, i) => (i === 0 ? c : String(c).padStart(8))).join(' ');
}

console.log(
  `chaos: ${chosen.map((s) => s.name).join(', ')}; ${size.messages} events, ${size.replies} replies each`,
);
console.log(`logs of the Aspirasi processes: ${LOG_DIR}`);
const started = Date.now();
const cluster = await startCluster();
const results: ScenarioResult[] = [];
const header = [
  'scenario'.padEnd(30),
  'sent',
  'stored',
  'doubled',
  'lost',
  'replies',
  'unknown',
  'twice',
  'died',
  'time',
  '',
]
  .map((h, i) => (i === 0 ? h : h.padStart(8)))
  .join(' ');
console.log(header);
try {
  for (const scenario of chosen) {
    for (const r of await scenario.run(cluster, size)) {
      results.push(r);
      console.log(row(r));
      for (const note of r.notes) console.log(`    ${note}`);
      for (const problem of r.problems.slice(0, 10)) console.log(`    ! ${problem}`);
    }
  }
} finally {
  await cluster.stop();
}
const failed = results.filter((r) => !clean(r));
console.log(
  `\n${results.length - failed.length}/${results.length} clean in ${Math.round((Date.now() - started) / 1000)} s` +
    ' (replies = reached the platform / accepted; unknown = waiting for an officer to check; twice = sent twice)',
);
process.exit(failed.length ? 1 : 0);
