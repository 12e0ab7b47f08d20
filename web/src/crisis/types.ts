// Crisis alert shapes served by src/api/crises.ts (the server's own view type; dates arrive as ISO strings).
import type { crisisView } from '../../../src/crisis/view';

type View = ReturnType<typeof crisisView>;
export type CrisisAlert = Omit<View, 'openedAt' | 'lastFiredAt'> & { openedAt: string; lastFiredAt: string };

export interface CrisisList {
  items: CrisisAlert[];
  holdingReplies: { id: string; title: string; body: string }[];
}

export interface HoldingReplyResult {
  results: { conversationId: string; ticketNumber: string; ok: boolean; error?: { message: string } }[];
}
