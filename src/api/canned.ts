// Canned responses: global ones (agencyId null, by admins) and per agency (by its supervisors or admins).
// Variables {{ticket}}, {{nama}}, {{instansi}}, {{petugas}} are filled by the composer (and by linked replies).
import { Router } from 'express';
import { Types } from 'mongoose';
import { z } from 'zod';
import { seesAllAgencies, type Actor } from '../auth/access.js';
import { CannedResponseModel } from '../store/index.js';
import { requireRole } from './auth.js';
import { ApiError, notFound, parseOr400 } from './errors.js';
import { isDuplicateKey } from '../store/errors.js';

const objectId = z.string().refine((v) => Types.ObjectId.isValid(v), 'id tidak valid');
const body = z.object({
  title: z.string().trim().min(1, 'judul wajib diisi').max(120),
  body: z.string().trim().min(1, 'isi wajib diisi').max(4000),
  agencyId: objectId.nullable().optional(),
});
const listQuery = z.object({ agencyId: objectId.optional() });

export interface CannedResponseView {
  id: string;
  title: string;
  body: string;
  agencyId: string | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const view = (c: any): CannedResponseView => ({
  id: String(c._id),
  title: c.title,
  body: c.body,
  agencyId: c.agencyId ? String(c.agencyId) : null,
});

/** Supervisors edit their own agency's responses; only admins touch the global ones or other agencies'. */
function mayEdit(actor: Actor, agencyId: string | null) {
  if (actor.role === 'admin') return;
  if (actor.role === 'supervisor' && agencyId === actor.agencyId) return;
  throw new ApiError(403, 'forbidden', 'Anda hanya dapat mengubah balasan cepat instansi Anda sendiri.');
}

const duplicate = () => new ApiError(409, 'duplicate_title', 'Sudah ada balasan cepat dengan judul itu.');

export function cannedRouter(): Router {
  const router = Router();
  router.get('/canned-responses', async (req, res) => {
    const q = parseOr400(listQuery, req.query);
    // Leadership may browse another agency's set (e.g. the case they are looking at); others get their own.
    const agencyId = q.agencyId && seesAllAgencies(req.actor!) ? q.agencyId : req.actor!.agencyId;
    const items = await CannedResponseModel.find({ agencyId: { $in: [agencyId, null] } })
      .sort({ title: 1 })
      .lean();
    res.json({ items: items.map(view) });
  });
  router.post('/canned-responses', requireRole('admin', 'supervisor'), async (req, res) => {
    const b = parseOr400(body, req.body);
    const agencyId =
      b.agencyId === undefined ? (req.actor!.role === 'admin' ? null : req.actor!.agencyId) : b.agencyId;
    mayEdit(req.actor!, agencyId);
    try {
      const doc = await CannedResponseModel.create({ title: b.title, body: b.body, agencyId });
      res.status(201).json({ item: view(doc.toObject()) });
    } catch (err) {
      throw isDuplicateKey(err) ? duplicate() : err;
    }
  });
  router.put('/canned-responses/:id', requireRole('admin', 'supervisor'), async (req, res) => {
    const b = parseOr400(body, req.body);
    const doc = Types.ObjectId.isValid(String(req.params.id))
      ? await CannedResponseModel.findById(String(req.params.id))
      : null;
    if (!doc) throw notFound('Balasan cepat');
    mayEdit(req.actor!, doc.agencyId ? String(doc.agencyId) : null);
    doc.set({ title: b.title, body: b.body });
    try {
      await doc.save();
    } catch (err) {
      throw isDuplicateKey(err) ? duplicate() : err;
    }
    res.json({ item: view(doc.toObject()) });
  });
  router.delete('/canned-responses/:id', requireRole('admin', 'supervisor'), async (req, res) => {
    const doc = Types.ObjectId.isValid(String(req.params.id))
      ? await CannedResponseModel.findById(String(req.params.id)).lean()
      : null;
    if (!doc) throw notFound('Balasan cepat');
    mayEdit(req.actor!, doc.agencyId ? String(doc.agencyId) : null);
    await CannedResponseModel.deleteOne({ _id: doc._id });
    res.status(204).end();
  });
  return router;
}
