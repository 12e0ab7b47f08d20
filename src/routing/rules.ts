// The routing rule engine: rules are data, evaluated in priority order; the first match wins.
import type { MessageType, Platform, Topic, Urgency } from '../domain/labels.js';

export interface RuleConditions {
  topics?: string[];
  regions?: string[];
  types?: string[];
  urgencies?: string[];
  platforms?: string[];
  accountIds?: string[];
  keywords?: string[];
}

export interface RoutingRule {
  id: string;
  name: string;
  priority: number;
  enabled: boolean;
  conditions: RuleConditions;
  action: { agencyId: string; officerId?: string | null };
}

export interface RoutingSubject {
  text: string;
  topic: Topic;
  urgency: Urgency;
  type: MessageType;
  region: string | null;
  platform: Platform;
  accountId: string;
  topicConfidence: number;
}

export type RoutingDecision =
  | { kind: 'rule'; rule: RoutingRule; agencyId: string; officerId: string | null }
  | { kind: 'triage'; reason: 'low_confidence' | 'no_rule' };

const nonEmpty = (list?: string[]): list is string[] => Array.isArray(list) && list.length > 0;

/** Lower-case, collapse spaces, so keywords match however the citizen typed them. */
export function normalizeForKeywords(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

function keywordHit(normalizedText: string, keywords: string[]): boolean {
  return keywords.some((k) => normalizedText.includes(normalizeForKeywords(k)));
}

/** Does one rule match? `trustTopic` false means topic-based conditions cannot match (low confidence). */
export function ruleMatches(rule: RoutingRule, subject: RoutingSubject, trustTopic: boolean): boolean {
  const c = rule.conditions;
  const dependsOnModel = nonEmpty(c.topics) || nonEmpty(c.types) || nonEmpty(c.urgencies);
  if (dependsOnModel && !trustTopic) return false;
  if (nonEmpty(c.topics) && !c.topics.includes(subject.topic)) return false;
  if (nonEmpty(c.types) && !c.types.includes(subject.type)) return false;
  if (nonEmpty(c.urgencies) && !c.urgencies.includes(subject.urgency)) return false;
  if (nonEmpty(c.regions) && !(subject.region && c.regions.includes(subject.region))) return false;
  if (nonEmpty(c.platforms) && !c.platforms.includes(subject.platform)) return false;
  if (nonEmpty(c.accountIds) && !c.accountIds.includes(subject.accountId)) return false;
  if (nonEmpty(c.keywords) && !keywordHit(normalizeForKeywords(subject.text), c.keywords)) return false;
  return true;
}

/**
 * First enabled rule in priority order that matches. Rules that need the classifier's topic/type/urgency
 * are skipped when its confidence is below `minConfidence`; keyword/channel rules still apply.
 */
export function decideRoute(
  rules: RoutingRule[],
  subject: RoutingSubject,
  minConfidence: number,
): RoutingDecision {
  const trustTopic = subject.topicConfidence >= minConfidence;
  const ordered = rules.filter((r) => r.enabled).sort((a, b) => a.priority - b.priority);
  const rule = ordered.find((r) => ruleMatches(r, subject, trustTopic));
  if (rule)
    return { kind: 'rule', rule, agencyId: rule.action.agencyId, officerId: rule.action.officerId ?? null };
  return { kind: 'triage', reason: trustTopic ? 'no_rule' : 'low_confidence' };
}
