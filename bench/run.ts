// `npm run bench`: runs every bench/*.bench.ts in its own process, one after another (one core each, no
// interference), and passes their output through. Each bench prints its figures and the ratio to its target.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
let failed = 0;
for (const file of files) {
  process.stdout.write(`\n# ${file}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], {
    stdio: 'inherit',
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', LOG_LEVEL: 'silent' },
  });
  if (result.status !== 0) {
    failed++;
    process.stdout.write(`# ${file} failed (exit ${result.status ?? result.signal})\n`);
  }
}
process.exitCode = failed ? 1 : 0;
