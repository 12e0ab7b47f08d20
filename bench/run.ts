// `npm run bench`: runs every bench/*.bench.ts in its own process, one after another (one core each, no
// interference), and passes their output through. Each bench prints its figures and the ratio to its target.
// `npm run bench -- ack pipeline` runs the benches whose names contain a word given; `--long` runs the steady-rate
// part of bench/pipeline.bench.ts for 10 minutes instead of 2.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const words = args.filter((a) => !a.startsWith('--'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (words.length === 0 || words.some((w) => f.includes(w))))
  .sort();
const long = args.includes('--long') ? { BENCH_STEADY_SECONDS: '600' } : {};
let failed = 0;
for (const file of files) {
  process.stdout.write(`\n# ${file}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], {
    stdio: 'inherit',
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', LOG_LEVEL: 'silent', ...long },
  });
  if (result.status !== 0) {
    failed++;
    process.stdout.write(`# ${file} failed (exit ${result.status ?? result.signal})\n`);
  }
}
process.exitCode = failed ? 1 : 0;
