// The authorization matrix: every route of the running app and every socket event, for every actor, on a target of
// agency A and one of agency B, against the one table of expected statuses (authz-matrix.table.ts).
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserModel } from '../../src/store/index.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { agencyIdOf, insertCase } from '../support/fixtures.js';
import { ACTORS, ROUTES, SOCKET_EVENTS, type ActorName, type Row } from './authz-matrix.table.js';
import { REQUESTS, type World } from './authz-requests.js';
import { listRoutes } from './routes.js';

const LOGINS = {
  offA: 'pupr.petugas1@demo.aspirasi.id',
  offB: 'dinkes.petugas1@demo.aspirasi.id',
  spvA: 'pupr.spv@demo.aspirasi.id',
  humas: 'humas.spv@demo.aspirasi.id',
  admin: '', // the seeded admin
} as const;

let t: TestApp;
let w: World;

/** Every request comes from its own client address (TRUST_PROXY=1): the matrix is not about rate limits. */
const clientAddress = () => `10.${[1, 2, 3].map(() => randomBytes(1)[0]).join('.')}`;

const expected = (row: Row, actor: ActorName, target: 'A' | 'B') => {
  const cell = row[ACTORS.indexOf(actor)];
  return typeof cell === 'number' ? cell : cell[target === 'A' ? 0 : 1];
};
/** Rows with a number for every actor do not depend on the target's agency: one target is enough. */
const targetsOf = (row: Row) =>
  row.some((c) => typeof c !== 'number') ? (['A', 'B'] as const) : (['A'] as const);
/** Every route (or event) found has a row in authz-matrix.table.ts, and every row names one that exists. */
function expectOneRowEach(found: string[], table: Record<string, Row>, what: string) {
  expect(
    found.filter((k) => !(k in table)),
    `${what}s without a row in authz-matrix.table.ts`,
  ).toEqual([]);
  expect(
    Object.keys(table).filter((k) => !found.includes(k)),
    `rows without a ${what}`,
  ).toEqual([]);
}
const isAllowed = (status: number) => ![401, 403, 404, 405].includes(status);

beforeAll(async () => {
  execFileSync('node', ['scripts/build-web.mjs'], { stdio: 'ignore' }); // the SPA route exists only with web/dist
  t = await startTestApp({ TRUST_PROXY: '1' });
  const agency = { A: await agencyIdOf('PUPR'), B: await agencyIdOf('DINKES'), C: await agencyIdOf('DLH') };
  const users = {} as World['users'];
  const tokens: World['tokens'] = {};
  for (const [actor, email] of Object.entries(LOGINS) as [Exclude<ActorName, 'anon'>, string][]) {
    const address = email || t.config.SEED_ADMIN_EMAIL;
    const password = email ? t.seed!.demoPassword : t.config.SEED_ADMIN_PASSWORD;
    const user = (await UserModel.findOne({ email: address }).lean())!;
    users[actor] = { id: String(user._id), email: address, password };
    tokens[actor] = await t.login(address, password);
  }
  const shared = {
    A: await insertCase({ agencyId: agency.A }),
    B: await insertCase({ agencyId: agency.B }),
  };
  w = { t, agency, users, tokens, shared };
}, 120_000);
afterAll(async () => {
  await t?.stop();
});

describe('authorization matrix', () => {
  it('has exactly one row per route of the routers, and a request for each', () => {
    const routes = listRoutes(t.app.express!);
    expectOneRowEach(routes, ROUTES, 'route');
    expect(
      Object.keys(ROUTES).filter((r) => !(r in REQUESTS)),
      'rows without a request',
    ).toEqual([]);
  });

  it('answers every route, actor and target with the expected status', async () => {
    const mismatches: string[] = [];
    let cells = 0;
    for (const [route, row] of Object.entries(ROUTES)) {
      const [verb] = route.split(' ');
      const method = verb === 'ANY' ? 'GET' : verb!;
      for (const target of targetsOf(row)) {
        for (const actor of ACTORS) {
          const want = expected(row, actor, target);
          const req = await REQUESTS[route]!(w, { actor, target, allowed: isAllowed(want) });
          const token = req.token ?? w.tokens[actor];
          const res = await fetch(`${t.url}${req.path}`, {
            method,
            headers: {
              'x-forwarded-for': clientAddress(),
              ...(token ? { authorization: `Bearer ${token}` } : {}),
              ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
            },
            body: req.body === undefined ? undefined : JSON.stringify(req.body),
          });
          const text = await res.text();
          const body =
            res.headers.get('content-type')?.startsWith('application/json') && text ? JSON.parse(text) : text;
          const got = req.status ? req.status({ status: res.status, body }) : res.status;
          cells++;
          if (got !== want)
            mismatches.push(
              `${route} as ${actor} on ${target}: ${got} (expected ${want}) ${text.slice(0, 160)}`,
            );
        }
      }
    }
    console.log(`[authz] ${Object.keys(ROUTES).length} routes, ${cells} cells checked`);
    expect(mismatches).toEqual([]);
  }, 600_000);
});

describe('socket authorization matrix', () => {
  /** A socket of the actor, or null when the server refuses to connect it. */
  const connect = async (actor: ActorName): Promise<Socket | null> => {
    if (actor === 'anon') {
      const refused = await t.socket('').then(
        (s) => (s.close(), false),
        () => true,
      );
      return refused ? null : ({} as Socket);
    }
    return t.socket(w.tokens[actor]!);
  };
  const ack = (s: Socket, event: string, payload: unknown) =>
    new Promise<{ ok: boolean }>((resolve) => s.emit(event, payload, resolve));

  it('has exactly one row per socket event the server listens to', async () => {
    const client = await t.socket(w.tokens.admin!);
    const [server] = [...t.app.io!.of('/').sockets.values()];
    const internal = ['disconnect', 'disconnecting', 'error'];
    const events = [
      'connection',
      ...server!
        .eventNames()
        .map(String)
        .filter((e) => !internal.includes(e)),
    ];
    client.close();
    expectOneRowEach(events, SOCKET_EVENTS, 'socket event');
  });

  it('answers every socket event, actor and target as the table says', async () => {
    const observer = await t.socket(w.tokens.admin!);
    const mismatches: string[] = [];
    for (const [event, row] of Object.entries(SOCKET_EVENTS)) {
      for (const target of ['A', 'B'] as const) {
        for (const actor of ACTORS) {
          const want = expected(row, actor, target);
          const socket = await connect(actor);
          const id = w.shared[target].id;
          let got: number;
          if (!socket) got = 401;
          else if (event === 'connection') got = 200;
          else if (event === 'presence:typing') {
            await ack(observer, 'presence:viewing', { conversationId: id });
            await ack(socket, 'presence:viewing', { conversationId: id });
            const typing = new Promise<boolean>((resolve) => {
              const timer = setTimeout(() => resolve(false), 400);
              observer.on('presence', (p: { viewers: { id: string; typing: boolean }[] }) => {
                if (p.viewers.some((v) => v.id === w.users[actor as 'offA'].id && v.typing)) {
                  clearTimeout(timer);
                  resolve(true);
                }
              });
            });
            socket.emit('presence:typing', { conversationId: id, typing: true });
            got = (await typing) ? 200 : 404;
            observer.off('presence');
          } else {
            const payload = event.startsWith('presence') ? { conversationId: id } : { id };
            got = (await ack(socket, event, payload)).ok ? 200 : 404;
          }
          socket?.close?.();
          if (got !== want) mismatches.push(`${event} as ${actor} on ${target}: ${got} (expected ${want})`);
        }
      }
    }
    observer.close();
    expect(mismatches).toEqual([]);
  }, 120_000);
});
