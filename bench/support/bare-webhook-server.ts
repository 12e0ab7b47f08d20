// The ceiling of webhook acknowledgement on this machine: a bare node:http server that checks the generic
// webhook's HMAC and adds one BullMQ job to the same Redis, nothing else. Run as its own process by
// bench/ack-rate.bench.ts; prints {"port"} once listening.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';

const { REDIS_URL = 'redis://127.0.0.1:6379', QUEUE_PREFIX = 'bench-bare', SOURCE_SECRET = '' } = process.env;
const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
const queue = new Queue('inbound', { connection, prefix: QUEUE_PREFIX });

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const timestamp = String(req.headers['x-aspirasi-timestamp']);
    const given = Buffer.from(String(req.headers['x-aspirasi-signature']));
    const expected = Buffer.from(
      `sha256=${createHmac('sha256', SOURCE_SECRET).update(`${timestamp}.`).update(body).digest('hex')}`,
    );
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      res.writeHead(401).end();
      return;
    }
    const jobId = createHash('sha256').update(body).digest('hex').slice(0, 40);
    queue.add('message', { raw: body.toString('utf8') }, { jobId }).then(
      () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"received":1}'),
      () => res.writeHead(503).end(),
    );
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }));
});
process.on('SIGTERM', () => {
  server.close();
  void queue.close().then(() => connection.quit().finally(() => process.exit(0)));
});
