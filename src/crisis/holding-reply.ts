// The alert's one-click answer: a pre-approved holding reply (a global canned response, which only admins can
// write) sent to every grouped conversation at once through the normal reply path, each with its own ticket
// number, and only once per alert.
import type { Actor } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { DomainError } from '../domain/errors.js';
import { CannedResponseModel, CrisisModel } from '../store/index.js';
import { replyToLinked } from '../replies/linked-replies.js';

export async function sendHoldingReply(
  ctx: AppContext,
  actor: Actor,
  crisisId: string,
  cannedResponseId: string,
) {
  const canned = await CannedResponseModel.findOne({ _id: cannedResponseId, agencyId: null }).lean();
  if (!canned) {
    throw new DomainError(
      'invalid_holding_reply',
      'Pilih tanggapan sementara yang sudah disetujui (balasan cepat umum).',
    );
  }
  const claimed = await CrisisModel.findOneAndUpdate(
    { _id: crisisId, holdingReply: null },
    { $set: { holdingReply: { status: 'sending', by: actor.id, cannedResponseId, at: new Date() } } },
    { new: true },
  ).lean();
  if (!claimed) {
    const exists = await CrisisModel.exists({ _id: crisisId });
    if (!exists) throw new DomainError('not_found', 'Peringatan krisis tidak ditemukan.');
    throw new DomainError('already_sent', 'Tanggapan sementara untuk peringatan ini sudah dikirim.');
  }
  const [first, ...rest] = claimed.conversationIds;
  // The grouped conversations are one incident, like linked cases: the linked-reply path fills {{ticket}} per case.
  const results = first
    ? await replyToLinked(ctx, actor, { _id: first, linkedIds: rest }, { text: canned.body, takeOver: false })
    : [];
  const summary = {
    status: 'sent',
    by: actor.id,
    cannedResponseId,
    at: new Date(),
    sent: results.filter((r) => r.ok).length,
    failed: results.filter((r) => !r.ok).length,
  };
  await CrisisModel.updateOne({ _id: crisisId }, { $set: { holdingReply: summary } });
  return { results: results.map(({ message: _m, ...r }) => r), holdingReply: summary };
}
