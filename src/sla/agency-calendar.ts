// An agency's Calendar and the SLA policy of an urgency, read through the process's reference cache
// (src/cache/reference-data.ts): one Calendar object per agency, which the clock compiles once.
import { cached } from '../cache/reference-data.js';
import type { Urgency } from '../domain/labels.js';
import type { Calendar } from './calendar.js';
import type { SlaPolicy } from './policy.js';

/** The agency's calendar: its own hours and regional days off plus the national list; default when none stored. */
export const agencyCalendar = (agencyId: unknown): Promise<Calendar> => cached.calendar(agencyId);

/** The stored policy for an urgency, or the default when none is stored or the stored one is unusable. */
export const slaPolicyFor = (urgency: Urgency): Promise<SlaPolicy> => cached.slaPolicy(urgency);
