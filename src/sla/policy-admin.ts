// Admin view and edit of the SLA policies (one per urgency); stored overrides win over DEFAULT_SLA_POLICIES.
import { z } from 'zod';
import { referenceCaches } from '../cache/reference-cache.js';
import { URGENCIES, type Urgency } from '../domain/labels.js';
import { SlaPolicyModel } from '../store/index.js';
import { slaPolicyFor } from './agency-calendar.js';
import { policyProblem, type SlaPolicy } from './policy.js';

export const slaPolicyBody = z.object({
  firstResponseMinutes: z.number().positive(),
  resolutionMinutes: z.number().positive(),
  clock: z.enum(['working', '24x7']),
  warnAtFraction: z.number(),
  escalateAtFraction: z.number(),
});

export async function listSlaPolicies(): Promise<SlaPolicy[]> {
  return Promise.all(URGENCIES.map((u) => slaPolicyFor(u)));
}

/** Store a policy; returns the Indonesian problem instead when it is unusable. New targets apply to later changes. */
export async function saveSlaPolicy(urgency: Urgency, body: z.infer<typeof slaPolicyBody>) {
  const policy: SlaPolicy = { urgency, ...body };
  const problem = policyProblem(policy);
  if (problem) return { ok: false as const, problem };
  await SlaPolicyModel.updateOne({ urgency }, { $set: policy }, { upsert: true });
  await referenceCaches.announce('sla-policies');
  return { ok: true as const, policy };
}
