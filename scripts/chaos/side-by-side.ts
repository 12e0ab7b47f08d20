// Two API processes and two workers on one Redis and one database, no fault: every webhook goes to the first API
// process while an officer's inbox is connected to the second, which must still see every new case live; and the
// jobs must be spread over both workers.
import { Queue } from 'bullmq';
import { io } from 'socket.io-client';
import { createRedis } from '../../src/queue/redis.js';
import type { Cluster } from './cluster.js';
import { runBurst, type ScenarioResult } from './scenario.js';

export async function sideBySide(
  c: Cluster,
  size: { messages: number; replies: number },
): Promise<ScenarioResult> {
  const socket = io(c.apis[1].url, {
    auth: { token: c.adminToken },
    transports: ['websocket'],
    forceNew: true,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const seenLive = new Set<string>();
  socket.on('conversation:new', (p: { conversation: { id: string } }) => seenLive.add(p.conversation.id));
  const result = await runBurst(c, 'side-by-side', { ...size, apiUrls: () => [c.apis[0].url] });
  socket.close();

  const connection = createRedis(c.redis.url);
  const inbound = new Queue('inbound', { connection, prefix: c.prefix });
  const done = await inbound.getCompleted(0, 5000);
  const byWorker = new Map<string, number>();
  for (const job of done) {
    const id = (job.data as { message?: { externalId?: string } }).message?.externalId ?? '';
    if (!id.startsWith(result.run)) continue;
    const who = job.processedBy ?? '?';
    byWorker.set(who, (byWorker.get(who) ?? 0) + 1);
  }
  await inbound.close();
  connection.disconnect();

  const cases = Math.ceil(result.stored / 2);
  result.notes.push(
    `new cases pushed live to the officer on api2 (webhooks to api1): ${seenLive.size}/${cases}`,
    `inbound jobs per worker: ${[...byWorker.values()].join(' / ')}`,
  );
  if (seenLive.size < cases)
    result.problems.push(`only ${seenLive.size} of ${cases} new cases reached api2 live`);
  if (byWorker.size < 2) result.problems.push('all inbound jobs ran on one worker');
  return result;
}
