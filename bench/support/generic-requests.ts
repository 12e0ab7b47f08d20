// Signed generic-webhook deliveries, prepared ahead of a load run (bench/support/load.ts).
import { randomBytes } from 'node:crypto';
import { genericDeliveryHeaders } from '../../adapters/generic/index.js';
import type { PreparedRequest } from './load.js';

export const BENCH_SOURCE = 'bench';

const TEXTS = [
  'Jalan di depan pasar Segiri berlubang besar, mohon segera diperbaiki',
  'Lampu PJU di Jl. Pahlawan mati sudah seminggu',
  'Air PDAM tidak mengalir sejak pagi di Sungai Pinang',
  'Kapan bansos PKH cair min?',
  'Sampah menumpuk di TPS Jl. Juanda, bau sekali',
];

/** `count` deliveries of distinct messages (distinct ids, so none is a duplicate of another). */
export function prepareDeliveries(master: string, count: number, text?: (i: number) => string) {
  const run = randomBytes(4).toString('hex');
  const prepared: PreparedRequest[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const body = Buffer.from(
      JSON.stringify({
        id: `${run}-${i}`,
        author: { id: `warga-${run}-${i % 500}`, name: 'Warga' },
        threadId: `${run}-${i}`,
        text: text ? text(i) : TEXTS[i % TEXTS.length],
        createdAt: new Date().toISOString(),
      }),
    );
    prepared[i] = {
      path: `/webhooks/generic/${BENCH_SOURCE}`,
      headers: {
        'content-type': 'application/json',
        'content-length': String(body.length),
        ...genericDeliveryHeaders(master, BENCH_SOURCE, body),
      },
      body,
    };
  }
  let next = 0;
  return () => prepared[next++ % count];
}
