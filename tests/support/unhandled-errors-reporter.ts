// Vitest fails the run on an unhandled error (exit code 1) but its JSON report still says every test passed.
// This reporter writes the count next to that report, so the CI summary line cannot hide it either.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter } from 'vitest/reporters';

export default class UnhandledErrorsReporter implements Reporter {
  onTestRunEnd(_modules: unknown, unhandledErrors: ReadonlyArray<unknown>) {
    const dir = join(process.cwd(), 'test-artifacts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'unhandled-errors.json'), JSON.stringify({ count: unhandledErrors.length }));
    if (unhandledErrors.length) console.error(`[tests] FAIL: ${unhandledErrors.length} unhandled error(s)`);
  }
}
