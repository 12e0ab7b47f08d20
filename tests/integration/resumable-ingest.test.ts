// A worker may die, or the database fail, between any two steps of ingest. Whatever step it was, the next
// delivery of the same event (BullMQ's retry or the platform's redelivery) finishes the work exactly once:
// one message, one created/classified/routed event per case, the right message count, the follow-up handed off.
import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { inject } from 'vitest';
import type { InboundMessage } from '../../adapters/types.js';
import { withDatabaseName } from '../../src/bootstrap/database.js';
import { loadConfig } from '../../src/config.js';
import { log } from '../../src/log.js';
import { classifyBaseline } from '../../src/classify/baseline.js';
import { ingestMessage } from '../../src/pipeline/ingest.js';
import { applyDeliveryStatus, RECEIPT_EARLY_RETRIES } from '../../src/pipeline/message-actions.js';
import type { IngestDeps } from '../../src/pipeline/ports.js';
import { createRedis } from '../../src/queue/redis.js';
import { createPublisher } from '../../src/realtime/publisher.js';
import { seedDemo } from '../../src/seed/seed.js';
import {
  connectDatabase,
  ConversationModel,
  disconnectDatabase,
  EventModel,
  MessageModel,
} from '../../src/store/index.js';

const redis = createRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const handedOff: string[] = [];
let failHandOff = false;
const prefix = `test-resume-${randomBytes(4).toString('hex')}`;
const slaQueue = new Queue('sla', { connection: redis, prefix });
const deps: IngestDeps = {
  classifier: { classify: classifyBaseline },
  publisher: createPublisher(redis, prefix),
  queues: { sla: slaQueue },
  minConfidence: 0.5,
  log,
  onRouted: async (conversationId) => {
    if (failHandOff) throw new Error('Redis unreachable');
    handedOff.push(`routed:${conversationId}`);
  },
  onCitizenMessage: async (conversationId, messageId) => {
    if (failHandOff) throw new Error('Redis unreachable');
    handedOff.push(`citizen:${conversationId}:${messageId}`);
  },
};

beforeAll(async () => {
  const uri = withDatabaseName(inject('mongoUri'), `t_${randomBytes(6).toString('hex')}`);
  await connectDatabase(uri);
  await seedDemo(loadConfig({ NODE_ENV: 'test', MONGODB_URI: uri }));
});
afterAll(async () => {
  await disconnectDatabase();
  await slaQueue.close();
  redis.disconnect();
});
afterEach(() => {
  vi.restoreAllMocks();
  failHandOff = false;
});

let seq = 0;
function citizenMessage(thread: string, text: string): InboundMessage {
  seq++;
  return {
    platform: 'generic',
    accountId: 'lapor-web',
    externalId: `resume-${thread}-${seq}`,
    threadKey: `thread:${thread}`,
    visibility: 'private',
    author: { id: `warga-${thread}`, name: 'Rina' },
    text,
    attachments: [],
    createdAt: new Date(Date.now() + seq).toISOString(),
    action: 'create',
  };
}

/** Makes the nth call of a model method fail as a dropped database connection would. */
function failNthCall(target: object, method: string, nth = 1) {
  const original = (target as Record<string, (...a: unknown[]) => unknown>)[method];
  let calls = 0;
  vi.spyOn(target as Record<string, () => unknown>, method).mockImplementation(function (
    this: unknown,
    ...args: unknown[]
  ) {
    if (++calls === nth) throw new Error(`connection ${calls} to 127.0.0.1:27017 closed`);
    return original.apply(this, args);
  });
}

async function caseOf(m: InboundMessage) {
  const stored = await MessageModel.findOne({ dedupeKey: `generic:lapor-web:${m.externalId}` }).lean();
  const conv = await ConversationModel.findById(stored!.conversationId).lean();
  const events = await EventModel.find({ conversationId: conv!._id }).lean();
  const count = (type: string) => events.filter((e) => e.type === type).length;
  return { stored: stored!, conv: conv!, count };
}

const FAULTS: { step: string; inject: () => void }[] = [
  { step: 'opening the case', inject: () => failNthCall(ConversationModel.prototype, 'save') },
  { step: 'writing the creation events', inject: () => failNthCall(EventModel, 'bulkWrite') },
  { step: 'storing the message', inject: () => failNthCall(MessageModel, 'create') },
  // The opening message has no case to apply to (the case was opened with it): its next stage write is `done`.
  { step: 'handing off the follow-up', inject: () => (failHandOff = true) },
  { step: 'recording stage done', inject: () => failNthCall(MessageModel, 'updateOne', 1) },
];

describe('a new case, with a failure at each step of ingest', () => {
  it.each(FAULTS)(
    'is finished exactly once by the next delivery after a failure $step',
    async ({ inject: fault }) => {
      const m = citizenMessage(`open-${seq}`, 'Jalan berlubang di depan sekolah');
      fault();
      await expect(ingestMessage(m, deps)).rejects.toThrow();
      vi.restoreAllMocks();
      failHandOff = false;

      const again = await ingestMessage(m, deps);
      expect(again.kind).toBe('created');
      expect((await ingestMessage(m, deps)).kind).toBe('duplicate');

      const { stored, conv, count } = await caseOf(m);
      expect(await MessageModel.countDocuments({ dedupeKey: stored.dedupeKey })).toBe(1);
      expect(stored.pipeline?.stage).toBe('done');
      expect([count('created'), count('classified'), count('routed')]).toEqual([1, 1, 1]);
      expect(conv.messageCount).toBe(1);
      expect(handedOff).toContain(`routed:${String(conv._id)}`);
    },
  );
});

describe('a later message of the case', () => {
  it('raises the urgency and counts once, though the first delivery failed after updating the case', async () => {
    const thread = `later-${seq}`;
    const first = citizenMessage(thread, 'Lampu jalan mati di gang kami');
    await ingestMessage(first, deps);
    const urgent = citizenMessage(thread, 'Sekarang banjir masuk rumah, ada korban terjebak, darurat');
    failNthCall(MessageModel, 'updateOne', 1); // the move to `done`, after every write to the case
    await expect(ingestMessage(urgent, deps)).rejects.toThrow();
    vi.restoreAllMocks();

    expect((await ingestMessage(urgent, deps)).kind).toBe('appended');
    expect((await ingestMessage(urgent, deps)).kind).toBe('duplicate');
    const { stored, conv, count } = await caseOf(urgent);
    expect(stored.pipeline?.stage).toBe('done');
    expect(conv.messageCount).toBe(2);
    expect(conv.urgency).toBe('kritis');
    expect(count('reclassified')).toBe(1);
    expect(conv.preview).toMatch(/^Sekarang banjir/);
  });

  it('is one message when two deliveries of the same event race', async () => {
    const thread = `race-${seq}`;
    await ingestMessage(citizenMessage(thread, 'Sampah belum diangkut'), deps);
    const m = citizenMessage(thread, 'Sampah masih menumpuk, bau sekali');
    const outcomes = await Promise.all([ingestMessage(m, deps), ingestMessage(m, deps)]);
    expect(outcomes.map((o) => o.kind).sort()).toContain('appended');
    const { conv } = await caseOf(m);
    expect(conv.messageCount).toBe(2);
    expect(await MessageModel.countDocuments({ conversationId: conv._id })).toBe(2);
  });
});

describe('a delivery receipt for a reply Aspirasi never recorded', () => {
  const receipt = {
    platform: 'whatsapp' as const,
    accountId: 'wa-1',
    externalId: 'wamid.sent-elsewhere',
    status: 'delivered' as const,
    at: new Date().toISOString(),
  };

  it('is retried a few times (it may beat the send being recorded), then settles instead of failing for good', async () => {
    await expect(applyDeliveryStatus(receipt, deps, 1)).rejects.toThrow(/not recorded yet/);
    await expect(applyDeliveryStatus(receipt, deps, RECEIPT_EARLY_RETRIES + 1)).resolves.toEqual({
      kind: 'ignored',
    });
  });
});
