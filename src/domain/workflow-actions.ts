// What can be done to a case, and what the status machine answers.
import type { ConversationStatus } from './labels.js';

export const WORKFLOW_ACTIONS = [
  'route',
  'accept',
  'reject',
  'transfer',
  'first_reply',
  'wait',
  'citizen_message',
  'resolve',
  'close',
  'mark_spam',
  'reopen',
] as const;
export type WorkflowActionType = (typeof WORKFLOW_ACTIONS)[number];

export type WorkflowAction =
  /** Disposisi by humas to an agency. */
  | { type: 'route'; agencyId: string; agencyIsHumas?: boolean }
  /** The agency takes the case. */
  | { type: 'accept' }
  /** Bukan wewenang: the agency sends the case back to humas. */
  | { type: 'reject'; reason: string }
  /** Move to another agency without going through humas. */
  | { type: 'transfer'; agencyId: string; agencyIsHumas?: boolean }
  | { type: 'first_reply' }
  /** Waiting on the citizen (pauses the resolution clock). */
  | { type: 'wait' }
  | { type: 'citizen_message' }
  | { type: 'resolve' }
  | { type: 'close' }
  | { type: 'mark_spam' }
  | { type: 'reopen' };

export interface CaseState {
  status: ConversationStatus;
  /** The agency holding the case; absent or humas while it is in triage. */
  agencyId?: string | null;
  agencyIsHumas?: boolean;
}

export type TransitionResult =
  { ok: true; status: ConversationStatus; changed: boolean } | { ok: false; reason: string };
