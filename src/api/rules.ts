// Routing rules as data, edited by admins, plus a dry run that shows which rule a text would hit.
import { Router } from 'express';
import { Types } from 'mongoose';
import { z } from 'zod';
import type { InboundMessage } from '../../adapters/types.js';
import type { AppContext } from '../context.js';
import { MESSAGE_TYPES, PLATFORMS, TOPICS, URGENCIES, type Classification } from '../domain/labels.js';
import { childLog } from '../log.js';
import { loadTextClassifier, type TextClassifier } from '../classify/load.js';
import { routeMessage } from '../routing/route.js';
import { listSlaPolicies, saveSlaPolicy, slaPolicyBody } from '../sla/policy-admin.js';
import { AgencyModel, RoutingRuleModel, UserModel } from '../store/index.js';
import { recordAudit } from '../audit/record.js';
import { referenceCaches } from '../cache/reference-cache.js';
import { requireRole } from './auth.js';
import { auditContext } from './audit-context.js';
import { ApiError, notFound, parseOr400 } from './errors.js';

const objectId = z.string().refine((v) => Types.ObjectId.isValid(v), 'id tidak valid');
const list = <T extends z.ZodType>(item: T) => z.array(item).max(200).optional();
const ruleBody = z.object({
  name: z.string().trim().min(1, 'nama wajib diisi').max(200),
  priority: z.number().int().min(0).max(1_000_000),
  enabled: z.boolean().default(true),
  conditions: z
    .object({
      topics: list(z.enum(TOPICS)),
      types: list(z.enum(MESSAGE_TYPES)),
      urgencies: list(z.enum(URGENCIES)),
      platforms: list(z.enum(PLATFORMS)),
      regions: list(z.string().trim().min(1)),
      accountIds: list(z.string().trim().min(1)),
      keywords: list(z.string().trim().min(2, 'kata kunci minimal 2 huruf').max(100)),
    })
    .default({}),
  action: z.object({ agencyId: objectId, officerId: objectId.nullable().optional() }),
});
const dryRunBody = z.object({
  text: z.string().trim().min(1, 'teks kosong').max(8000),
  platform: z.enum(PLATFORMS).default('generic'),
  accountId: z.string().default(''),
  /** Override what the classifier says, to test a rule on exactly these labels. */
  topic: z.enum(TOPICS).optional(),
  urgency: z.enum(URGENCIES).optional(),
  type: z.enum(MESSAGE_TYPES).optional(),
  region: z.string().nullable().optional(),
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ruleView = (r: any) => ({
  id: String(r._id),
  name: r.name,
  priority: r.priority,
  enabled: r.enabled,
  conditions: r.conditions ?? {},
  action: {
    agencyId: String(r.action.agencyId),
    officerId: r.action.officerId ? String(r.action.officerId) : null,
  },
  updatedAt: r.updatedAt,
});

async function checkAction(action: z.infer<typeof ruleBody>['action']) {
  if (!(await AgencyModel.exists({ _id: action.agencyId, active: true }))) {
    throw new ApiError(400, 'invalid_agency', 'Instansi tujuan aturan tidak ditemukan.');
  }
  if (
    action.officerId &&
    !(await UserModel.exists({ _id: action.officerId, agencyId: action.agencyId, active: true }))
  ) {
    throw new ApiError(400, 'invalid_officer', 'Petugas tujuan bukan anggota instansi tujuan.');
  }
}

let classifier: Promise<TextClassifier> | undefined;
const getClassifier = () => (classifier ??= loadTextClassifier(childLog('api:rules')));

export function rulesRouter(ctx: AppContext): Router {
  const router = Router();
  const admin = requireRole('admin');

  router.get('/routing-rules', requireRole('admin', 'supervisor'), async (_req, res) => {
    const rules = await RoutingRuleModel.find({}).sort({ priority: 1, _id: 1 }).lean();
    res.json({ items: rules.map(ruleView) });
  });
  router.post('/routing-rules', admin, async (req, res) => {
    const body = parseOr400(ruleBody, req.body);
    await checkAction(body.action);
    const rule = await RoutingRuleModel.create(body);
    await referenceCaches.announce('routing-rules');
    await recordAudit(
      auditContext(req),
      'routing_rule.created',
      { id: String(rule._id), label: body.name },
      {
        data: { after: body },
      },
    );
    res.status(201).json({ rule: ruleView(rule.toObject()) });
  });
  router.put('/routing-rules/:id', admin, async (req, res) => {
    const body = parseOr400(ruleBody, req.body);
    await checkAction(body.action);
    if (!Types.ObjectId.isValid(String(req.params.id))) throw notFound('Aturan');
    const rule = await RoutingRuleModel.findOneAndUpdate(
      { _id: String(req.params.id) },
      { $set: body },
      { new: true },
    ).lean();
    if (!rule) throw notFound('Aturan');
    await referenceCaches.announce('routing-rules');
    await recordAudit(
      auditContext(req),
      'routing_rule.updated',
      { id: String(rule._id), label: body.name },
      {
        data: { after: body },
      },
    );
    res.json({ rule: ruleView(rule) });
  });
  router.delete('/routing-rules/:id', admin, async (req, res) => {
    if (!Types.ObjectId.isValid(String(req.params.id))) throw notFound('Aturan');
    const rule = await RoutingRuleModel.findById(String(req.params.id)).lean();
    const result = await RoutingRuleModel.deleteOne({ _id: String(req.params.id) });
    if (!rule || result.deletedCount === 0) throw notFound('Aturan');
    await referenceCaches.announce('routing-rules');
    await recordAudit(
      auditContext(req),
      'routing_rule.deleted',
      { id: String(rule._id), label: rule.name },
      {
        data: { before: ruleView(rule) },
      },
    );
    res.status(204).end();
  });

  router.post('/routing-rules/dry-run', requireRole('admin', 'supervisor'), async (req, res) => {
    const body = parseOr400(dryRunBody, req.body);
    const classified = (await getClassifier()).classify(body.text);
    const c: Classification = {
      ...classified,
      ...(body.topic ? { topic: body.topic, confidence: { ...classified.confidence, topic: 1 } } : {}),
      ...(body.urgency ? { urgency: body.urgency } : {}),
      ...(body.type ? { type: body.type } : {}),
      ...(body.region !== undefined ? { region: body.region } : {}),
    };
    const message = { text: body.text, platform: body.platform, accountId: body.accountId } as InboundMessage;
    const route = await routeMessage(message, c, ctx.config.CLASSIFY_MIN_CONFIDENCE);
    const [rule, agency] = await Promise.all([
      route.ruleId ? RoutingRuleModel.findById(route.ruleId).lean() : null,
      AgencyModel.findById(route.agencyId).lean(),
    ]);
    res.json({
      classification: {
        topic: c.topic,
        urgency: c.urgency,
        type: c.type,
        region: c.region,
        confidence: c.confidence,
      },
      route: {
        reason: route.reason,
        rule: rule ? { id: String(rule._id), name: rule.name, priority: rule.priority } : null,
        agency: agency ? { id: String(agency._id), code: agency.code, shortName: agency.shortName } : null,
        isHumas: route.isHumas,
      },
    });
  });

  // SLA targets are the other half of "where and how fast": same admins, same page.
  router.get('/sla-policies', async (_req, res) => res.json({ items: await listSlaPolicies() }));
  router.put('/sla-policies/:urgency', admin, async (req, res) => {
    const urgency = parseOr400(z.enum(URGENCIES), req.params.urgency);
    const saved = await saveSlaPolicy(urgency, parseOr400(slaPolicyBody, req.body));
    if (!saved.ok) throw new ApiError(400, 'invalid_policy', `Kebijakan SLA tidak valid: ${saved.problem}.`);
    await recordAudit(
      auditContext(req),
      'sla_policy.updated',
      { label: urgency },
      { data: { after: saved.policy } },
    );
    res.json({ policy: saved.policy });
  });
  return router;
}
