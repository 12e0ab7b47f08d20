#!/usr/bin/env node
// `npx aspirasi <command>`: runs src/cli/index.ts through tsx in a child process, passing argv, stdin,
// stdout, stderr and the exit code straight through.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Resolve tsx from the repo, not from the caller's directory, so the command works from anywhere.
const tsxLoader = pathToFileURL(createRequire(join(root, 'package.json')).resolve('tsx')).href;
const child = spawn(
  process.execPath,
  ['--import', tsxLoader, join(root, 'src/cli/index.ts'), ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    cwd: process.cwd(),
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' },
  },
);
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
