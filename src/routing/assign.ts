// Choosing the officer inside an agency who gets a new case.

export interface OfficerCandidate {
  id: string;
  online: boolean;
  /** Most open cases this officer should hold at once. */
  capacity: number;
  openCount: number;
  lastAssignedAt?: Date | null;
}

/**
 * The online officer with the fewest open cases below capacity; ties go to whoever was assigned least recently
 * (never assigned counts as longest ago), then to the smaller id so the choice is repeatable.
 * null: nobody can take it — the case waits in the agency queue.
 */
export function pickOfficer(candidates: readonly OfficerCandidate[]): string | null {
  let best: OfficerCandidate | null = null;
  for (const c of candidates) {
    if (!c.online || c.openCount >= c.capacity) continue;
    if (!best || comesBefore(c, best)) best = c;
  }
  return best ? best.id : null;
}

function comesBefore(a: OfficerCandidate, b: OfficerCandidate): boolean {
  if (a.openCount !== b.openCount) return a.openCount < b.openCount;
  const aLast = a.lastAssignedAt?.getTime() ?? -Infinity;
  const bLast = b.lastAssignedAt?.getTime() ?? -Infinity;
  if (aLast !== bLast) return aLast < bLast;
  return a.id < b.id;
}

/**
 * Whether an officer has been away long enough that their open cases should return to the agency queue.
 * Never seen counts as away.
 */
export function isStale(lastSeenAt: Date | null | undefined, now: Date, awayAfterMinutes: number): boolean {
  if (!lastSeenAt) return true;
  return now.getTime() - lastSeenAt.getTime() >= awayAfterMinutes * 60_000;
}
