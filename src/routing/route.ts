// Turns a classification into an agency: routing rules first, else the account's own agency, else humas triage.
import type { InboundMessage } from '../../adapters/types.js';
import type { Classification } from '../domain/labels.js';
import { referenceCaches, type ReferenceCaches } from '../cache/reference-cache.js';
import { cached, humasAgencyId } from '../cache/reference-data.js';
import { RoutingRuleModel } from '../store/index.js';
import { decideRoute, type RoutingRule } from './rules.js';

export { humasAgencyId };

export interface RouteResult {
  agencyId: string;
  ruleId: string | null;
  officerId: string | null;
  reason: 'rule' | 'low_confidence' | 'no_rule' | 'spam';
  isHumas: boolean;
}

const rulesFromStore = async (): Promise<RoutingRule[]> => {
  const docs = await RoutingRuleModel.find({ enabled: true }).sort({ priority: 1 }).lean();
  return docs.map((d) => ({
    id: String(d._id),
    name: d.name,
    priority: d.priority,
    enabled: d.enabled,
    conditions: d.conditions ?? {},
    action: {
      agencyId: String(d.action!.agencyId),
      officerId: d.action?.officerId ? String(d.action.officerId) : null,
    },
  }));
};

/** Enabled rules in priority order, from a process's cache (src/cache/reference-cache.ts). */
export const routingReference = (caches: ReferenceCaches = referenceCaches) => ({
  routingRules: () => caches.get('routing-rules', rulesFromStore),
});

export const loadRules = (): Promise<RoutingRule[]> => routingReference().routingRules();

export async function routeMessage(
  msg: InboundMessage,
  c: Classification,
  minConfidence: number,
): Promise<RouteResult> {
  // Confident spam never reaches an agency: humas sees it under the spam filter, where it can be restored.
  if (c.type === 'spam' && c.confidence.type >= minConfidence) {
    return { agencyId: await humasAgencyId(), officerId: null, ruleId: null, reason: 'spam', isHumas: true };
  }
  const decision = decideRoute(
    await loadRules(),
    {
      text: msg.text,
      topic: c.topic,
      urgency: c.urgency,
      type: c.type,
      region: c.region,
      platform: msg.platform,
      accountId: msg.accountId,
      topicConfidence: c.confidence.topic,
    },
    minConfidence,
  );
  const humasId = await humasAgencyId();
  if (decision.kind === 'rule') {
    const { agencyId, officerId, rule } = decision;
    return { agencyId, officerId, ruleId: rule.id, reason: 'rule', isHumas: agencyId === humasId };
  }
  const agencyId = (await cached.accountAgencyId(msg.platform, msg.accountId)) ?? humasId;
  return { agencyId, officerId: null, ruleId: null, reason: decision.reason, isHumas: agencyId === humasId };
}
