// Case workflow endpoints (issue 5): disposition, status, assignment, claim lock, notes, tags, links.
// Each returns {conversation}; the rules live in src/workflow, this file only validates and dispatches.
import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { CONVERSATION_STATUSES } from '../domain/labels.js';
import { assignConversation } from '../workflow/assignment.js';
import { runCaseAction } from '../workflow/case-actions.js';
import { claimConversation } from '../workflow/claim.js';
import { publishConversation, recordEvent } from '../workflow/deps.js';
import { changeTags, linkConversations, replyToLinked, unlinkConversations } from '../workflow/links.js';
import { visibleConversation } from './conversations.js';
import { parseOr400 } from './errors.js';

const id = z.string().min(1, 'wajib diisi');
const bodies = {
  reject: z.object({ reason: z.string().trim().min(3, 'alasan penolakan wajib diisi').max(1000) }),
  resolve: z.object({ note: z.string().trim().max(2000).optional() }),
  transfer: z.object({ agencyId: id, reason: z.string().trim().max(1000).optional() }),
  status: z.object({ status: z.enum(CONVERSATION_STATUSES) }),
  assign: z.object({ userId: id.nullable() }),
  notes: z.object({ text: z.string().trim().min(1, 'catatan kosong').max(4000) }),
  claim: z.object({ takeOver: z.boolean().optional() }),
  tags: z
    .object({
      add: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
      remove: z.array(z.string()).max(20).default([]),
    })
    .refine((b) => b.add.length + b.remove.length > 0, 'isi add atau remove'),
  link: z.object({ conversationId: id }),
  linkedReply: z.object({
    text: z.string().trim().min(1, 'balasan kosong').max(8000),
    visibility: z.enum(['public', 'private']).optional(),
    takeOver: z.boolean().optional(),
  }),
};

export function workflowRouter(ctx: AppContext): Router {
  const router = Router();
  const base = '/conversations/:id';

  router.post(`${base}/accept`, async (req, res) => {
    const conv = await visibleConversation(req.actor!, req.params.id);
    res.json({ conversation: await runCaseAction(ctx, req.actor!, conv, { kind: 'accept' }) });
  });
  router.post(`${base}/reject`, async (req, res) => {
    const { reason } = parseOr400(bodies.reject, req.body ?? {});
    const conv = await visibleConversation(req.actor!, req.params.id);
    res.json({ conversation: await runCaseAction(ctx, req.actor!, conv, { kind: 'reject', reason }) });
  });
  router.post(`${base}/resolve`, async (req, res) => {
    const { note } = parseOr400(bodies.resolve, req.body ?? {});
    const conv = await visibleConversation(req.actor!, req.params.id);
    res.json({ conversation: await runCaseAction(ctx, req.actor!, conv, { kind: 'resolve', note }) });
  });
  router.post(`${base}/transfer`, async (req, res) => {
    const body = parseOr400(bodies.transfer, req.body ?? {});
    const conv = await visibleConversation(req.actor!, req.params.id);
    res.json({ conversation: await runCaseAction(ctx, req.actor!, conv, { kind: 'transfer', ...body }) });
  });
  router.post(`${base}/status`, async (req, res) => {
    const { status } = parseOr400(bodies.status, req.body ?? {});
    const conv = await visibleConversation(req.actor!, req.params.id);
    res.json({ conversation: await runCaseAction(ctx, req.actor!, conv, { kind: 'status', status }) });
  });
  router.post(`${base}/assign`, async (req, res) => {
    const { userId } = parseOr400(bodies.assign, req.body ?? {});
    const conv = await visibleConversation(req.actor!, req.params.id);
    res.json({ conversation: await assignConversation(ctx, req.actor!, conv, userId) });
  });
  router.post(`${base}/claim`, async (req, res) => {
    const { takeOver } = parseOr400(bodies.claim, req.body ?? {});
    const conv = await visibleConversation(req.actor!, req.params.id);
    res.json({ conversation: await claimConversation(ctx, req.actor!, conv, Boolean(takeOver)) });
  });
  router.post(`${base}/notes`, async (req, res) => {
    const { text } = parseOr400(bodies.notes, req.body ?? {});
    const conv = await visibleConversation(req.actor!, req.params.id);
    // Stored as `note`, not `text`: the history view strips `text` (citizen text kept for training).
    await recordEvent(conv, 'note', req.actor!.id, { note: text });
    res.json({ conversation: await publishConversation(ctx, conv._id) });
  });
  router.post(`${base}/tags`, async (req, res) => {
    const { add, remove } = parseOr400(bodies.tags, req.body ?? {});
    const conv = await visibleConversation(req.actor!, req.params.id);
    res.json({ conversation: await changeTags(ctx, req.actor!, conv, add, remove) });
  });
  router.post(`${base}/links`, async (req, res) => {
    const { conversationId } = parseOr400(bodies.link, req.body ?? {});
    const conv = await visibleConversation(req.actor!, req.params.id);
    res.json({ conversation: await linkConversations(ctx, req.actor!, conv, conversationId) });
  });
  router.delete(`${base}/links/:otherId`, async (req, res) => {
    const conv = await visibleConversation(req.actor!, req.params.id);
    res.json({ conversation: await unlinkConversations(ctx, req.actor!, conv, req.params.otherId) });
  });
  router.post(`${base}/linked-replies`, async (req, res) => {
    const body = parseOr400(bodies.linkedReply, req.body ?? {});
    const conv = await visibleConversation(req.actor!, req.params.id);
    res.status(202).json({ results: await replyToLinked(ctx, req.actor!, conv, body) });
  });
  return router;
}
