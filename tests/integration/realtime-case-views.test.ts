// Live case pushes are per user (src/realtime/case-fanout.ts): every socket gets the case as its own user sees it
// (what they may do: claim or take over, the workflow buttons), in the same shape as the REST view; an agency
// that loses the case gets only its id, and an agency that never held it gets nothing.
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { laporWebEvent } from '../support/cases.js';
import { agencyIdOf } from '../support/fixtures.js';

let t: TestApp;
const who = ['pdam.petugas1', 'pdam.petugas2', 'humas.spv', 'dlh.petugas1'] as const;
type Who = (typeof who)[number];
const tokens = {} as Record<Who, string>;
const got = {} as Record<Who, Array<{ event: string; payload: any }>>;

beforeAll(async () => {
  t = await startTestApp();
  for (const name of who) {
    tokens[name] = await t.login(`${name}@demo.aspirasi.id`);
    const socket: Socket = await t.socket(tokens[name]);
    got[name] = [];
    for (const event of ['conversation:new', 'conversation:updated', 'conversation:removed'])
      socket.on(event, (payload) => got[name].push({ event, payload }));
  }
});
afterAll(() => t?.stop());

/** The latest push about case `id` a user received, once `ready` holds for it. */
const latest = (name: Who, id: string, ready: (p: any) => boolean = () => true) =>
  waitFor(async () => {
    const pushes = got[name].filter((p) => (p.payload.conversation?.id ?? p.payload.id) === id);
    const last = pushes.at(-1);
    return last && ready(last.payload) ? last : null;
  }, 10_000);

const act = (name: Who, id: string, action: string, body: object = {}) =>
  t.api(`/api/conversations/${id}/${action}`, { token: tokens[name], body });

describe('per-user live case views', () => {
  it('gives each user their own abilities, drops a transferred case from the old agency, leaks nothing', async () => {
    const body = laporWebEvent('rt', 'Sari', 'Air PDAM mati dua hari di Sempaja Utara, mohon segera');
    expect((await t.postGeneric('lapor-web', body)).status).toBe(200);
    const arrived = await waitFor(async () =>
      got['pdam.petugas1'].find((p) => p.event === 'conversation:new'),
    );
    const id: string = arrived.payload.conversation.id;
    expect(arrived.payload.conversation).toMatchObject({
      agencyId: await agencyIdOf('PDAM'),
      claimAction: 'claim',
    });
    expect(arrived.payload.conversation.availableActions.map((o: any) => o.name)).toContain('accept');

    // One officer takes the case: the others are offered a take-over, the holder nothing.
    expect((await act('pdam.petugas2', id, 'claim')).status).toBe(200);
    const claimed = (p: any) => Boolean(p.conversation?.claimedBy);
    const holder = await latest('pdam.petugas2', id, claimed);
    const colleague = await latest('pdam.petugas1', id, claimed);
    const leadership = await latest('humas.spv', id, claimed);
    expect(holder.payload.conversation).toMatchObject({ claimAction: null, replyNeedsTakeOver: false });
    expect(colleague.payload.conversation).toMatchObject({
      claimAction: 'take_over',
      replyNeedsTakeOver: true,
    });
    expect(leadership.payload.conversation.claimAction).toBe('take_over');

    // The push has the shape of the REST view, for the same user.
    const rest = (await t.api(`/api/conversations/${id}`, { token: tokens['pdam.petugas1'] })).body
      .conversation;
    expect(Object.keys(colleague.payload.conversation).sort()).toEqual(Object.keys(rest).sort());
    expect(colleague.payload.conversation.availableActions).toEqual(rest.availableActions);

    // Transferred to DLH: PDAM's inboxes get only the id; DLH gets the case, free to claim.
    const dlh = await agencyIdOf('DLH');
    expect((await act('pdam.petugas1', id, 'transfer', { agencyId: dlh })).status).toBe(200);
    const moved = (p: any) => p.conversation?.agencyId === dlh;
    expect((await latest('dlh.petugas1', id, moved)).payload.conversation.claimAction).toBe('claim');
    expect((await latest('humas.spv', id, moved)).event).toBe('conversation:updated');
    for (const name of ['pdam.petugas1', 'pdam.petugas2'] as const) {
      const last = await latest(name, id);
      expect(last).toEqual({ event: 'conversation:removed', payload: { id } });
      expect(got[name].some((p) => p.payload.conversation?.agencyId === dlh)).toBe(false);
    }
    // DLH never heard of the case while PDAM held it.
    expect(got['dlh.petugas1'].filter((p) => p.payload.conversation?.agencyId !== dlh)).toEqual([]);
  });
});
