// The outside world of a chaos run: a platform that delivers citizen events to the generic webhook and retries
// each until it gets a 2xx (as Meta, Telegram and the others do), a reply endpoint that counts every reply it
// receives, and an officer who answers cases through the API with an Idempotency-Key, retrying until accepted.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { genericDeliveryHeaders } from '../../adapters/generic/signing.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const RETRY_MS = 400;

export const SOURCE = 'lapor-web';

export interface ReplyEndpoint {
  url: string;
  /** Reply token -> how many times the platform received it. */
  received: Map<string, number>;
  close(): Promise<void>;
}

export async function startReplyEndpoint(): Promise<ReplyEndpoint> {
  const received = new Map<string, number>();
  let next = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const token = /\[r:([\w-]+)\]/.exec(body)?.[1] ?? 'untagged';
      received.set(token, (received.get(token) ?? 0) + 1);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `platform-reply-${++next}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/balasan`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface CitizenEvent {
  id: string;
  author: { id: string; name: string };
  text: string;
  createdAt: string;
  threadId: string;
}

const TEXTS = [
  'Jalan di depan pasar berlubang besar, motor sering jatuh',
  'Air PDAM mati sudah tiga hari di RT 04',
  'Sampah menumpuk di TPS belum diangkut seminggu',
  'Lampu jalan padam sepanjang jalan poros, rawan begal',
  'Banjir setinggi lutut masuk rumah warga, mohon bantuan',
  'Kapan pencairan bansos PKH tahap dua?',
  'Puskesmas tutup jam 11 padahal jadwal sampai jam 2',
  'Pungli di kantor kelurahan untuk urus KTP',
];

/** `threads` events per thread: the first opens a case, the others append to it. */
export function citizenEvents(run: string, count: number, perThread = 2): CitizenEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const thread = Math.floor(i / perThread);
    return {
      id: `${run}-e${i}`,
      author: { id: `${run}-warga${thread}`, name: `Warga ${thread}` },
      text: `${TEXTS[i % TEXTS.length]} (${run} #${i})`,
      createdAt: new Date(Date.now() + i).toISOString(),
      threadId: `${run}-t${thread}`,
    };
  });
}

export interface Delivery {
  /** Events the platform got a 2xx for. */
  acknowledged: Set<string>;
  attempts: number;
  refusals: number;
}

/**
 * Delivers every event, `concurrency` at a time, to the API processes in turn; each retried until 2xx.
 * `result` fills in as it goes (the scenarios time their faults on it).
 */
export async function deliver(
  events: CitizenEvent[],
  apiUrls: () => string[],
  secret: string,
  result: Delivery,
  opts: { concurrency?: number; gapMs?: number } = {},
): Promise<Delivery> {
  let cursor = 0;
  const worker = async () => {
    for (let i = cursor++; i < events.length; i = cursor++) {
      const raw = JSON.stringify(events[i]);
      for (let attempt = 0; ; attempt++) {
        const urls = apiUrls();
        const url = `${urls[(i + attempt) % urls.length]}/webhooks/generic/${SOURCE}`;
        result.attempts++;
        const status = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...genericDeliveryHeaders(secret, SOURCE, raw) },
          body: raw,
          signal: AbortSignal.timeout(5000),
        }).then(
          (r) => r.status,
          () => 0,
        );
        if (status >= 200 && status < 300) break;
        result.refusals++;
        await sleep(RETRY_MS);
      }
      result.acknowledged.add(events[i].id);
      if (opts.gapMs) await sleep(opts.gapMs);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency ?? 4 }, worker));
  return result;
}

export interface ReplyRequest {
  conversationId: string;
  token: string;
}

/** An officer's reply, repeated with the same Idempotency-Key until an API process accepts it (202). */
export async function replyUntilAccepted(
  conversationId: string,
  apiUrls: () => string[],
  authToken: string,
): Promise<{ token: string; attempts: number }> {
  const token = randomUUID();
  const key = randomUUID();
  const body = JSON.stringify({ text: `Terima kasih, laporan sedang kami tindak lanjuti. [r:${token}]` });
  for (let attempt = 0; ; attempt++) {
    const urls = apiUrls();
    const url = `${urls[attempt % urls.length]}/api/conversations/${conversationId}/replies`;
    const status = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${authToken}`,
        'idempotency-key': key,
      },
      body,
      signal: AbortSignal.timeout(10_000),
    }).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 202) return { token, attempts: attempt + 1 };
    if (status >= 400 && status < 500) throw new Error(`reply refused with HTTP ${status}`);
    await sleep(RETRY_MS);
  }
}
