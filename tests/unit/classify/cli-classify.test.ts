import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { classifyCommand } from '../../../src/cli/commands/classify.js';

async function run(input: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (d) => out.push(String(d)));
  stderr.on('data', (d) => err.push(String(d)));
  const code = await classifyCommand.run([], { stdin: Readable.from([input]), stdout, stderr });
  return { code, out: out.join(''), err: err.join('') };
}

describe('aspirasi classify', () => {
  it('writes one JSON line per input line with labels, confidence and PII', async () => {
    const { code, out } = await run(
      '{"text":"lampu jalan mati di bpp, hub 081234567890"}\n{"text":"kapan bansos cair?"}\n',
    );
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(code).toBe(0);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ region: 'balikpapan', pii: [{ kind: 'phone' }] });
    expect(Object.keys(lines[0])).toEqual(
      expect.arrayContaining(['topic', 'urgency', 'type', 'region', 'confidence']),
    );
  });

  it('names bad lines on stderr, still classifies the rest and exits non-zero', async () => {
    const { code, out, err } = await run(
      '{"text":"jalan rusak"}\nbukan json\n{"teks":"salah kunci"}\n{"text":"sampah numpuk"}\n',
    );
    expect(out.trim().split('\n')).toHaveLength(2);
    expect(err).toContain('baris 2');
    expect(err).toContain('baris 3');
    expect(code).toBe(1);
  });
});
