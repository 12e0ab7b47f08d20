// `npx aspirasi simulate` sample: a citizen's report through the website form, with the proof of work a browser
// would compute (the challenge comes from the running server, so the sample is completed against it).
import { randomUUID } from 'node:crypto';
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { SampleBuilder, SampleDelivery } from '../adapter-spec.js';

export const REPORTS_PATH = '/api/public/reports';

/** What the form's script does before sending: fetch a challenge, solve it, encode challenge and solution. */
export async function solveFormProof(serverUrl: string): Promise<string> {
  const res = await fetch(`${serverUrl}${REPORTS_PATH}/challenge`, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`tantangan anti-spam tidak didapat (HTTP ${res.status})`);
  const challenge = (await res.json()) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('tantangan anti-spam tidak terpecahkan');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

export const webformSample: SampleBuilder<object> = (ref, c, text) => {
  const report = {
    submissionId: randomUUID(),
    text,
    name: c.name,
    whatsapp: `0${c.phone.slice(2)}`,
    consent: true,
  };
  const delivery: SampleDelivery = {
    path: REPORTS_PATH,
    headers: {},
    body: JSON.stringify(report),
    prepare: async (serverUrl) => ({
      ...delivery,
      body: JSON.stringify({ ...report, proof: await solveFormProof(serverUrl) }),
    }),
  };
  return delivery;
};
