// Cases in every status, driven there through the workflow API, and put back exactly as they were between tries
// (so each action is tried on the same case), plus every workflow request a user could make on a case.
import { expect } from 'vitest';
import { AgencyModel, ConversationModel } from '../../src/store/index.js';
import type { TestApp } from './app.js';
import { laporWebEvent, newLaporWebCase } from './cases.js';

export const STATUSES = ['new', 'routed', 'in_progress', 'waiting', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof STATUSES)[number];

type Step = { who: 'holder' | 'setup'; action: string; body?: object };
const REASON = 'Bukan wewenang kami: ini urusan pajak daerah';
const IN_PROGRESS: Step[] = [
  // Another PDAM officer holds the claim lock, so the officer under test sees "take over".
  { who: 'holder', action: 'claim' },
  { who: 'holder', action: 'accept' },
];
/** The moves from a freshly routed PDAM case to each status. */
const PATHS: Record<CaseStatus, Step[]> = {
  routed: [],
  in_progress: IN_PROGRESS,
  waiting: [...IN_PROGRESS, { who: 'setup', action: 'status', body: { status: 'waiting' } }],
  resolved: [...IN_PROGRESS, { who: 'setup', action: 'resolve' }],
  closed: [
    ...IN_PROGRESS,
    { who: 'setup', action: 'resolve' },
    { who: 'setup', action: 'status', body: { status: 'closed' } },
  ],
  // Back to humas (bukan wewenang), closed there, reopened: a new case on the humas desk.
  new: [
    { who: 'setup', action: 'reject', body: { reason: REASON } },
    { who: 'setup', action: 'status', body: { status: 'closed' } },
    { who: 'setup', action: 'status', body: { status: 'new' } },
  ],
};

export interface StagedCase {
  id: string;
  status: CaseStatus;
  /** Puts the case back exactly as it was staged (status, agency, claim, SLA). */
  restore(patch?: Record<string, unknown>): Promise<void>;
}

/** A routed PDAM case moved to `status`; `tokens.holder` is the PDAM officer who claims it, `tokens.setup` sees all. */
export async function stageCase(
  t: TestApp,
  status: CaseStatus,
  tokens: { holder: string; setup: string },
): Promise<StagedCase> {
  const text = `Air PDAM mati total sejak kemarin di Jl. Pramuka gang ${status}, mohon segera diperbaiki`;
  const conv = await newLaporWebCase(t, laporWebEvent(`e2e-${status}`, `Warga ${status}`, text));
  const id = String(conv._id);
  const pdam = await AgencyModel.findOne({ code: 'PDAM' }).lean();
  expect(String(conv.agencyId), 'the PDAM text is routed to PDAM').toBe(String(pdam!._id));
  for (const step of PATHS[status]) {
    const res = await t.api(`/api/conversations/${id}/${step.action}`, {
      token: tokens[step.who],
      body: step.body ?? {},
    });
    expect(res.status, `${status}: ${step.action}`).toBe(200);
  }
  const staged = await ConversationModel.findById(id).lean();
  expect(staged?.status).toBe(status);
  return {
    id,
    status,
    restore: async (patch = {}) => {
      await ConversationModel.replaceOne({ _id: id }, { ...staged!, ...patch });
    },
  };
}

/** Every workflow request of docs/api.md, named by the button that would make it. */
export function workflowRequests(status: CaseStatus, otherAgencyId: string) {
  // The status endpoint names a target; from a routed case "in progress" is accepting it, else reopening.
  const reopenOrAccept = status === 'routed' ? 'accept' : 'reopen';
  return [
    { name: 'accept', action: 'accept', body: {} },
    { name: 'reject', action: 'reject', body: { reason: REASON } },
    { name: 'transfer', action: 'transfer', body: { agencyId: otherAgencyId } },
    { name: 'resolve', action: 'resolve', body: {} },
    { name: 'resolve', action: 'status', body: { status: 'resolved' } },
    { name: 'wait', action: 'status', body: { status: 'waiting' } },
    { name: 'close', action: 'status', body: { status: 'closed' } },
    { name: 'mark_spam', action: 'status', body: { status: 'spam' } },
    { name: reopenOrAccept, action: 'status', body: { status: 'in_progress' } },
    { name: 'reopen', action: 'status', body: { status: 'routed' } },
    { name: 'reopen', action: 'status', body: { status: 'new' } },
  ];
}
