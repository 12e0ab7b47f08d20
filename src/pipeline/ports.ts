import type { Classification } from '../domain/labels.js';
import type { RealtimePublisher } from '../realtime/publisher.js';
import type { Logger } from 'pino';

export interface TextClassifier {
  classify(text: string): Classification;
}

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
  minConfidence: number;
  log: Logger;
  /** Called after a new case is routed (SLA timers, auto-assignment). */
  onRouted?: (conversationId: string) => Promise<void>;
  /** Called once per stored citizen message with its own classification (crisis detection counts it). */
  onInboundMessage?: (notice: InboundMessageNotice) => Promise<void>;
  /** Called after a citizen writes again in an existing case (reopen, SLA clock). */
  onCitizenMessage?: (conversationId: string) => Promise<void>;
}
