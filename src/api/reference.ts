import { Router } from 'express';
import { CONVERSATION_STATUSES, MESSAGE_TYPES, PLATFORMS, TOPICS, URGENCIES } from '../domain/labels.js';
import { regionNames } from '../reports/names.js';
import { AgencyModel } from '../store/index.js';
import { agencyView } from '../views/user-view.js';

export function referenceRouter(): Router {
  const regions = regionNames();
  const router = Router();
  router.get('/agencies', async (_req, res) => {
    const agencies = await AgencyModel.find({ active: true }).sort({ isHumas: -1, shortName: 1 }).lean();
    res.json({
      agencies: agencies.map(agencyView),
    });
  });
  router.get('/labels', (_req, res) => {
    res.json({
      topics: TOPICS,
      urgencies: URGENCIES,
      types: MESSAGE_TYPES,
      platforms: PLATFORMS,
      statuses: CONVERSATION_STATUSES,
      regions,
    });
  });
  return router;
}
