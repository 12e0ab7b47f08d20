import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/auth/access.js';
import { CONVERSATION_STATUSES, type ConversationStatus } from '../../../src/domain/labels.js';
import { caseAbilities, forUser } from '../../../src/views/case-abilities.js';
import type { ConversationView } from '../../../src/views/conversation-view.js';
import { applyAction } from '../../../src/domain/transitions.js';

const PDAM = 'agency-pdam';
const HUMAS = 'agency-humas';
const actor = (over: Partial<Actor> = {}): Actor => ({
  id: 'u-andi',
  name: 'Andi',
  role: 'officer',
  agencyId: PDAM,
  agencyIsHumas: false,
  timezone: 'Asia/Makassar',
  ...over,
});
const leadership = actor({ id: 'u-spv', role: 'supervisor', agencyId: HUMAS, agencyIsHumas: true });

function view(status: ConversationStatus, over: Partial<ConversationView> = {}): ConversationView {
  const atHumas = status === 'new' || status === 'rejected';
  const agencyId = atHumas ? HUMAS : PDAM;
  return {
    status,
    agencyId,
    agency: { id: agencyId, code: atHumas ? 'HUMAS' : 'PDAM', shortName: 'x', isHumas: atHumas },
    claimedBy: null,
    ...over,
  } as ConversationView;
}

const names = (status: ConversationStatus, who = leadership) =>
  caseAbilities(who, view(status)).availableActions.map((o) => o.name);

describe('what a user may do to a case', () => {
  it('offers, per status, the moves of the status machine (DESIGN.md)', () => {
    expect(names('new')).toEqual(['transfer', 'close', 'mark_spam']);
    expect(names('routed')).toEqual(['accept', 'reject', 'transfer', 'mark_spam']);
    expect(names('in_progress')).toEqual(['reject', 'transfer', 'resolve', 'wait', 'mark_spam']);
    expect(names('waiting')).toEqual(['transfer', 'resolve', 'close', 'mark_spam']);
    expect(names('resolved')).toEqual(['close', 'reopen']);
    expect(names('closed')).toEqual(['reopen']);
    expect(names('rejected')).toEqual(['transfer', 'close', 'mark_spam']);
    expect(names('spam')).toEqual(['reopen']);
  });

  it('names the status a reopen leads to: the holding agency, or the humas desk', () => {
    const reopen = (v: ConversationView) =>
      caseAbilities(leadership, v).availableActions.find((o) => o.name === 'reopen');
    expect(reopen(view('closed'))).toEqual({ name: 'reopen', endpoint: 'status', status: 'routed' });
    const closedAtHumas = view('closed', {
      agencyId: HUMAS,
      agency: { id: HUMAS, code: 'HUMAS', shortName: 'Humas', isHumas: true },
    });
    expect(reopen(closedAtHumas)?.status).toBe('new');
    expect(reopen(view('resolved'))?.status).toBe('in_progress');
    expect(reopen(view('spam'))?.status).toBe('new');
  });

  it('offers only moves the status machine accepts, for every status', () => {
    for (const status of CONVERSATION_STATUSES) {
      const v = view(status);
      for (const offer of caseAbilities(leadership, v).availableActions) {
        if (offer.endpoint !== 'status') continue;
        // The status endpoint answers 409 unless the move leads exactly to the status asked for.
        const state = { status, agencyId: v.agencyId, agencyIsHumas: v.agency!.isHumas };
        const moved = applyAction(state, { type: offer.name } as never);
        expect(moved.ok && moved.status, `${status} ${offer.name}`).toBe(offer.status);
      }
    }
  });

  it('lets humas not reject a case it holds (bukan wewenang is for agencies)', () => {
    expect(names('new')).not.toContain('reject');
  });

  it('offers claim on a free case, take over on one held by another, nothing to the holder', () => {
    expect(caseAbilities(actor(), view('routed')).claimAction).toBe('claim');
    const held = view('in_progress', { claimedBy: 'u-budi' });
    expect(caseAbilities(actor(), held)).toMatchObject({
      claimAction: 'take_over',
      replyNeedsTakeOver: true,
    });
    const mine = view('in_progress', { claimedBy: 'u-andi' });
    expect(caseAbilities(actor(), mine)).toMatchObject({ claimAction: null, replyNeedsTakeOver: false });
    expect(caseAbilities(actor(), view('closed')).claimAction).toBeNull();
  });

  it("offers nothing on another agency's case", () => {
    const dlhOfficer = actor({ agencyId: 'agency-dlh' });
    expect(caseAbilities(dlhOfficer, view('routed'))).toEqual({
      availableActions: [],
      claimAction: null,
      replyNeedsTakeOver: false,
    });
    expect(caseAbilities(leadership, view('routed')).availableActions).not.toHaveLength(0);
  });

  it('adds the abilities to the shared view without changing it', () => {
    const shared = view('routed');
    const mine = forUser(shared, actor());
    expect(mine).toMatchObject({ ...shared, claimAction: 'claim' });
    expect(shared).not.toHaveProperty('claimAction');
  });
});
