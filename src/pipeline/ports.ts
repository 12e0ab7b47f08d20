import type { TextClassifier } from '../classify/load.js';
import type { Classification } from '../domain/labels.js';
import type { RealtimePublisher } from '../realtime/publisher.js';
import type { Queue } from 'bullmq';
import type { Logger } from 'pino';

export interface InboundMessageNotice extends Pick<
  Classification,
  'topic' | 'urgency' | 'type' | 'region' | 'pii'
> {
  messageId: string;
  conversationId: string;
  platform: string;
  at: Date;
  /** The message opened the case. */
  opensCase: boolean;
}

/** What ingest needs from the outside world; injected so tests and workers wire real parts. */
export interface IngestDeps {
  classifier: TextClassifier;
  publisher: RealtimePublisher;
  /** Case changes schedule their SLA timers here (src/workflow/change-case.ts). */
  queues: { sla: Queue };
  minConfidence: number;
  log: Logger;
  /** A new case was stored and routed, its SLA timers scheduled: find it an officer. Idempotent per case. */
  onRouted?: (conversationId: string, agencyId: string) => Promise<void>;
  /** Called once per stored citizen message with its own classification (crisis detection counts it). */
  onInboundMessage?: (notice: InboundMessageNotice) => Promise<void>;
  /** A citizen wrote again in an existing case (reopen, SLA clock). Must be idempotent per message. */
  onCitizenMessage?: (conversationId: string, messageId: string) => Promise<void>;
}
