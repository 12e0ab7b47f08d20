// One crisis alert as the API, the socket event and the webhook show it.
import { regionName, topicName } from '../reports/names.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function crisisView(c: any, now = new Date(), cooldownMs = COOLDOWN_MS) {
  return {
    id: String(c._id),
    topic: c.topic,
    topicName: topicName(c.topic),
    region: c.region,
    regionName: regionName(c.region),
    openedAt: c.openedAt,
    lastFiredAt: c.lastFiredAt,
    active: now.getTime() - new Date(c.lastFiredAt).getTime() < cooldownMs,
    reasons: c.reasons,
    count: c.count,
    expected: c.expected,
    mad: c.mad,
    threshold: c.threshold,
    kritisCount: c.kritisCount,
    kritisExpected: c.kritisExpected,
    kritisThreshold: c.kritisThreshold,
    baselineSource: c.baselineSource,
    explanation: c.explanation,
    conversationIds: (c.conversationIds ?? []).map(String),
    conversationCount: (c.conversationIds ?? []).length,
    holdingReply: c.holdingReply ?? null,
  };
}

/** An incident stays open (and merges what comes) until this long after it last fired. */
export const COOLDOWN_MS = 3 * 3600_000;

/** The webhook's form: counts and words, no citizen's message. */
export function crisisWebhookData(view: ReturnType<typeof crisisView>) {
  const { explanation, conversationIds: _ids, ...rest } = view;
  return {
    crisis: {
      ...rest,
      explanation: {
        summary: explanation?.summary,
        topWords: explanation?.topWords,
        channels: explanation?.channels,
      },
    },
  };
}
