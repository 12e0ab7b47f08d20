import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';
import { CONVERSATION_STATUSES, MESSAGE_TYPES, PLATFORMS, TOPICS, URGENCIES } from '../domain/labels.js';
import { AgencyModel } from '../store/index.js';
import { agencyView } from '../views/user-view.js';

const GAZETTEER_DIR = fileURLToPath(new URL('../../data/gazetteer/', import.meta.url));

/** Region codes and display names of every loaded province (the gazetteer files are the source). */
export function regionNames(): { code: string; name: string }[] {
  return readdirSync(GAZETTEER_DIR)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const file = JSON.parse(readFileSync(GAZETTEER_DIR + f, 'utf8')) as {
        regions: { code: string; name: string }[];
      };
      return file.regions.map(({ code, name }) => ({ code, name }));
    });
}

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
