// An agency's Calendar and the SLA policy of an urgency, from the process's reference cache (src/sla/reference.ts).
import type { Urgency } from '../domain/labels.js';
import type { Calendar } from './calendar.js';
import type { SlaPolicy } from './policy.js';
import { slaReference } from './reference.js';

const reference = slaReference();

/** The agency's calendar: its own hours and regional days off plus the national list; default when none stored. */
export const agencyCalendar = (agencyId: unknown): Promise<Calendar> => reference.calendar(agencyId);

/** The stored policy for an urgency, or the default when none is stored or the stored one is unusable. */
export const slaPolicyFor = (urgency: Urgency): Promise<SlaPolicy> => reference.slaPolicy(urgency);
