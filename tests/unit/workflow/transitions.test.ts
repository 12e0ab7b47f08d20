import { describe, expect, it } from 'vitest';
import { CONVERSATION_STATUSES, type ConversationStatus } from '../../../src/domain/labels.js';
import {
  WORKFLOW_ACTIONS,
  type WorkflowAction,
  type WorkflowActionType,
} from '../../../src/domain/workflow-actions.js';
import { applyAction, availableActions } from '../../../src/domain/transitions.js';

/** A well-formed action of each type, so only the status decides. */
const ACTION: Record<WorkflowActionType, WorkflowAction> = {
  route: { type: 'route', agencyId: 'dinas-pupr' },
  accept: { type: 'accept' },
  reject: { type: 'reject', reason: 'Jalan nasional, wewenang BBPJN' },
  transfer: { type: 'transfer', agencyId: 'dinas-pupr' },
  first_reply: { type: 'first_reply' },
  wait: { type: 'wait' },
  citizen_message: { type: 'citizen_message' },
  resolve: { type: 'resolve' },
  close: { type: 'close' },
  mark_spam: { type: 'mark_spam' },
  reopen: { type: 'reopen' },
};

const AT_AGENCY = { agencyId: 'dinkes', agencyIsHumas: false };

/** Every legal move, written out by hand from the status flow ("Case status flow" in README.md) and src/domain/transitions.ts: [from, action, to]. */
const LEGAL: Array<[ConversationStatus, WorkflowActionType, ConversationStatus]> = [
  ['new', 'route', 'routed'],
  ['rejected', 'route', 'routed'],
  ['routed', 'accept', 'in_progress'],
  ['routed', 'reject', 'rejected'],
  ['in_progress', 'reject', 'rejected'],
  ['routed', 'transfer', 'routed'],
  ['in_progress', 'transfer', 'routed'],
  ['waiting', 'transfer', 'routed'],
  ['new', 'first_reply', 'in_progress'],
  ['routed', 'first_reply', 'in_progress'],
  ['rejected', 'first_reply', 'in_progress'],
  ['in_progress', 'wait', 'waiting'],
  ['new', 'citizen_message', 'new'],
  ['routed', 'citizen_message', 'routed'],
  ['in_progress', 'citizen_message', 'in_progress'],
  ['rejected', 'citizen_message', 'rejected'],
  ['spam', 'citizen_message', 'spam'],
  ['waiting', 'citizen_message', 'in_progress'],
  ['resolved', 'citizen_message', 'in_progress'],
  ['closed', 'citizen_message', 'routed'],
  ['in_progress', 'resolve', 'resolved'],
  ['waiting', 'resolve', 'resolved'],
  ['resolved', 'close', 'closed'],
  ['waiting', 'close', 'closed'],
  ['new', 'close', 'closed'],
  ['rejected', 'close', 'closed'],
  ['new', 'mark_spam', 'spam'],
  ['routed', 'mark_spam', 'spam'],
  ['rejected', 'mark_spam', 'spam'],
  ['in_progress', 'mark_spam', 'spam'],
  ['waiting', 'mark_spam', 'spam'],
  ['resolved', 'reopen', 'in_progress'],
  ['closed', 'reopen', 'routed'],
  ['spam', 'reopen', 'new'],
];

describe('applyAction: legal moves', () => {
  it.each(LEGAL)('%s --%s--> %s', (from, action, to) => {
    expect(applyAction({ status: from, ...AT_AGENCY }, ACTION[action])).toEqual({
      ok: true,
      status: to,
      changed: from !== to,
    });
  });

  it('sends a closed case that never left humas back to triage, not to an agency queue', () => {
    const humasCase = { status: 'closed' as const, agencyId: 'humas', agencyIsHumas: true };
    expect(applyAction(humasCase, ACTION.citizen_message)).toMatchObject({ ok: true, status: 'new' });
    expect(applyAction({ status: 'closed' }, ACTION.reopen)).toMatchObject({ ok: true, status: 'new' });
  });
});

describe('applyAction: illegal moves', () => {
  const legal = new Set(LEGAL.map(([from, action]) => `${from}:${action}`));
  const illegal = CONVERSATION_STATUSES.flatMap((status) =>
    WORKFLOW_ACTIONS.filter((a) => !legal.has(`${status}:${a}`)).map((a) => [status, a] as const),
  );

  it('refuses every move not in the table, with an Indonesian reason naming the status', () => {
    expect(illegal.length).toBe(CONVERSATION_STATUSES.length * WORKFLOW_ACTIONS.length - LEGAL.length);
    for (const [status, action] of illegal) {
      const result = applyAction({ status, ...AT_AGENCY }, ACTION[action]);
      expect(result.ok, `${status}:${action}`).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/^Tidak dapat .+: status kasus [A-Z]/);
    }
  });

  it('explains common mistakes in the words an officer needs', () => {
    const reasonFor = (status: ConversationStatus, action: WorkflowActionType) => {
      const r = applyAction({ status, ...AT_AGENCY }, ACTION[action]);
      return r.ok ? '' : r.reason;
    };
    expect(reasonFor('new', 'accept')).toBe(
      'Tidak dapat menerima kasus: status kasus Baru. Kasus belum didisposisikan ke instansi mana pun.',
    );
    expect(reasonFor('in_progress', 'close')).toContain('Selesaikan kasus terlebih dahulu');
    expect(reasonFor('routed', 'route')).toContain('gunakan "alihkan"');
    expect(reasonFor('spam', 'route')).toContain('buka kembali');
    expect(reasonFor('closed', 'resolve')).toBe(
      'Tidak dapat menyelesaikan kasus: status kasus Ditutup. ' +
        'Aksi ini hanya berlaku untuk kasus berstatus Sedang ditangani, Menunggu warga.',
    );
  });

  it('requires a reason to reject, and does not let humas reject to itself', () => {
    expect(applyAction({ status: 'routed', ...AT_AGENCY }, { type: 'reject', reason: '  ' })).toEqual({
      ok: false,
      reason: 'Alasan penolakan (mengapa bukan wewenang instansi ini) wajib diisi.',
    });
    const atHumas = { status: 'in_progress' as const, agencyId: 'humas', agencyIsHumas: true };
    const r = applyAction(atHumas, ACTION.reject);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('Humas adalah meja triase terakhir');
  });

  it('checks the destination of a disposisi or transfer', () => {
    const routed = { status: 'routed' as const, ...AT_AGENCY };
    expect(applyAction(routed, { type: 'transfer', agencyId: 'dinkes' })).toEqual({
      ok: false,
      reason: 'Kasus sudah berada di instansi tersebut.',
    });
    expect(applyAction(routed, { type: 'transfer', agencyId: '' })).toEqual({
      ok: false,
      reason: 'Pilih instansi tujuan.',
    });
    const r = applyAction({ status: 'new' }, { type: 'route', agencyId: 'humas', agencyIsHumas: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('tolak (bukan wewenang)');
  });
});

describe('a case end to end', () => {
  it('goes from a new message through rejection, re-routing, waiting, resolution and a reopen', () => {
    const steps: Array<[WorkflowAction, ConversationStatus]> = [
      [{ type: 'route', agencyId: 'dinas-pupr' }, 'routed'],
      [{ type: 'reject', reason: 'Jalan nasional, bukan wewenang provinsi' }, 'rejected'],
      [{ type: 'route', agencyId: 'bbpjn' }, 'routed'],
      [{ type: 'accept' }, 'in_progress'],
      [{ type: 'wait' }, 'waiting'],
      [{ type: 'citizen_message' }, 'in_progress'],
      [{ type: 'resolve' }, 'resolved'],
      [{ type: 'close' }, 'closed'],
      [{ type: 'citizen_message' }, 'routed'],
    ];
    let state = { status: 'new' as ConversationStatus, agencyId: null as string | null };
    for (const [action, expected] of steps) {
      const r = applyAction(state, action);
      expect(r, action.type).toMatchObject({ ok: true, status: expected });
      if (r.ok)
        state = { status: r.status, agencyId: 'agencyId' in action ? action.agencyId : state.agencyId };
    }
  });
});

describe('availableActions', () => {
  it('lists what can be done, for showing only working buttons', () => {
    expect(availableActions('routed')).toEqual([
      'accept',
      'reject',
      'transfer',
      'first_reply',
      'citizen_message',
      'mark_spam',
    ]);
    expect(availableActions('closed')).toEqual(['citizen_message', 'reopen']);
  });
});
