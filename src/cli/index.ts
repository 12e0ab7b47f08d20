// `npx aspirasi <command>`: a table of commands. Each command gets its argv tail and its streams and
// returns the process exit code. Add a command by adding one line to COMMANDS.
import { adminCommand } from './commands/admin.js';
import { classifyCommand } from './commands/classify.js';
import { evalCommand } from './commands/eval.js';
import { genericSecretCommand } from './commands/generic-secret.js';
import { jobsCommand } from './commands/jobs.js';
import { seedCommand } from './commands/seed.js';
import { simulateCommand } from './commands/simulate.js';
import { trainCommand } from './commands/train.js';
import type { Command } from './command.js';

export const COMMANDS: Record<string, Command> = {
  classify: classifyCommand,
  train: trainCommand,
  eval: evalCommand,
  seed: seedCommand,
  simulate: simulateCommand,
  admin: adminCommand,
  'generic-secret': genericSecretCommand,
  jobs: jobsCommand,
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(15)} ${c.summary}`);
  return `Penggunaan: npx aspirasi <perintah> [argumen]\n\nPerintah:\n${lines.join('\n')}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`Perintah tidak dikenal: ${name}\n\n${usage()}`);
    return 2;
  }
  return command.run(args, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
}

const isEntry = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry || process.env.ASPIRASI_CLI === '1') {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`aspirasi: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
