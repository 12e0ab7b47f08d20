// THE authorization table: for every route and socket event, the status each actor gets, on a target of agency A
// and one of agency B. A single number means the same for both targets (the route has no agency-owned target).
// authz-matrix.test.ts lists the routes from the routers themselves: a route or socket event without a row here
// fails the test, and so does a row without a route.
//
// Actors: anon = no login; offA / offB = officer of agency A (PUPR) / B (Dinkes); spvA = supervisor of agency A;
// humas = supervisor of the humas desk (leadership); admin.
// Socket events use statuses too: 401 = cannot connect, 200 = done, 404 = refused as unknown.

export const ACTORS = ['anon', 'offA', 'offB', 'spvA', 'humas', 'admin'] as const;
export type ActorName = (typeof ACTORS)[number];
export type Cell = number | readonly [onA: number, onB: number];
export type Row = readonly [anon: Cell, offA: Cell, offB: Cell, spvA: Cell, humas: Cell, admin: Cell];

/** Seen by who may see the target (agency A's or B's): 401 anonymous, 404 to those who may not see it. */
const seen = (ok: number): Row => [401, [ok, 404], [404, ok], [ok, 404], [ok, ok], [ok, ok]];

export const ROUTES: Record<string, Row> = {
  //                                                anon  offA        offB        spvA        humas       admin
  // Public
  'GET /healthz': /*                            */ [200, 200, 200, 200, 200, 200],
  'GET /metrics': /*                            */ [200, 200, 200, 200, 200, 200],
  'GET /^(?!\\/(api|webhooks|socket\\.io)\\/).*/': [200, 200, 200, 200, 200, 200],
  'GET /webhooks/:channel': /*                  */ [200, 200, 200, 200, 200, 200],
  'GET /webhooks/:channel/:source': /*          */ [405, 405, 405, 405, 405, 405],
  'POST /webhooks/:channel': /*                 */ [401, 401, 401, 401, 401, 401],
  'POST /webhooks/:channel/:source': /*         */ [401, 401, 401, 401, 401, 401],
  'GET /api/public/tickets/:ticketNumber': /*   */ [200, 200, 200, 200, 200, 200],
  'GET /api/public/stats': /*                   */ [200, 200, 200, 200, 200, 200],
  'GET /transparansi': /*                       */ [200, 200, 200, 200, 200, 200],
  'GET /lapor': /*                              */ [200, 200, 200, 200, 200, 200],
  'GET /lapor/status': /*                       */ [200, 200, 200, 200, 200, 200],
  'GET /lapor/lapor.js': /*                     */ [200, 200, 200, 200, 200, 200],
  'GET /lapor/lapor.css': /*                    */ [200, 200, 200, 200, 200, 200],
  'GET /lapor/embed.js': /*                     */ [200, 200, 200, 200, 200, 200],
  'GET /api/public/reports/challenge': /*       */ [200, 200, 200, 200, 200, 200],
  // The website form needs a solved proof of work from everyone, logged in or not.
  'POST /api/public/reports': /*                */ [400, 400, 400, 400, 400, 400],
  'GET /open311/v2/services.json': /*           */ [200, 200, 200, 200, 200, 200],
  'GET /open311/v2/requests.json': /*           */ [200, 200, 200, 200, 200, 200],
  'GET /open311/v2/requests/:id.json': /*       */ [200, 200, 200, 200, 200, 200],
  'GET /open311/v2/tokens/:token.json': /*      */ [200, 200, 200, 200, 200, 200],
  // Open311 clients authenticate with their api_key, never with a login: without one, nobody may post.
  'POST /open311/v2/requests.json': /*          */ [403, 403, 403, 403, 403, 403],
  'POST /api/auth/login': /*                    */ [200, 200, 200, 200, 200, 200],
  'POST /api/auth/session': /*                  */ [200, 200, 200, 200, 200, 200],
  // Own login
  'POST /api/auth/logout': /*                   */ [401, 204, 204, 204, 204, 204],
  'GET /api/me': /*                             */ [401, 200, 200, 200, 200, 200],
  'POST /api/me/password': /*                   */ [401, 400, 400, 400, 400, 400],
  'PATCH /api/me/presence': /*                  */ [401, 200, 200, 200, 200, 200],
  'GET /api/officers': /*                       */ [401, 200, 200, 200, 200, 200],
  'GET /api/agencies': /*                       */ [401, 200, 200, 200, 200, 200],
  'GET /api/labels': /*                         */ [401, 200, 200, 200, 200, 200],
  // Cases (target: a case of agency A / B)
  'GET /api/conversations': /* listed or not    */ seen(200),
  'GET /api/conversations/:id': /*              */ seen(200),
  'GET /api/media/:id': /* a file of the case   */ seen(200),
  // The case is the website form's: no templates there (400), and the Telegram bot of its photo is not connected.
  'GET /api/conversations/:id/templates': /*    */ seen(400),
  'GET /api/conversations/:id/messages/:messageId/attachments/:index': seen(409),
  'POST /api/conversations/:id/replies': /*     */ seen(202),
  'POST /api/conversations/:id/replies/:messageId/resend': seen(200),
  'POST /api/conversations/:id/replies/:messageId/confirm-sent': seen(200),
  'PATCH /api/conversations/:id/classification': seen(200),
  'POST /api/conversations/:id/accept': /*      */ seen(200),
  'POST /api/conversations/:id/reject': /*      */ seen(200),
  'POST /api/conversations/:id/resolve': /*     */ seen(200),
  'POST /api/conversations/:id/transfer': /*    */ seen(200),
  'POST /api/conversations/:id/status': /*      */ seen(200),
  'POST /api/conversations/:id/assign': /*      */ seen(200),
  'POST /api/conversations/:id/claim': /*       */ seen(200),
  'POST /api/conversations/:id/notes': /*       */ seen(200),
  'POST /api/conversations/:id/tags': /*        */ seen(200),
  'POST /api/conversations/:id/links': /*       */ seen(200),
  'DELETE /api/conversations/:id/links/:otherId': seen(200),
  'POST /api/conversations/:id/linked-replies': seen(202),
  // Label corrections awaiting review (target: an officer's correction on a case of agency A / B)
  'GET /api/corrections': /*                    */ [401, 403, 403, 200, 200, 200],
  'POST /api/corrections/:id/review': /*        */ [401, 403, 403, [200, 404], [200, 200], [200, 200]],
  // Canned responses (target: a response of agency A / B)
  'GET /api/canned-responses': /*               */ [401, 200, 200, 200, 200, 200],
  'POST /api/canned-responses': /*              */ [401, 403, 403, [201, 403], 403, 201],
  'PUT /api/canned-responses/:id': /*           */ [401, 403, 403, [200, 403], 403, 200],
  'DELETE /api/canned-responses/:id': /*        */ [401, 403, 403, [204, 403], 403, 204],
  // Routing and SLA
  'GET /api/routing-rules': /*                  */ [401, 403, 403, 200, 200, 200],
  'POST /api/routing-rules': /*                 */ [401, 403, 403, 403, 403, 201],
  'PUT /api/routing-rules/:id': /*              */ [401, 403, 403, 403, 403, 200],
  'DELETE /api/routing-rules/:id': /*           */ [401, 403, 403, 403, 403, 204],
  'POST /api/routing-rules/dry-run': /*         */ [401, 403, 403, 200, 200, 200],
  'GET /api/sla-policies': /*                   */ [401, 200, 200, 200, 200, 200],
  'PUT /api/sla-policies/:urgency': /*          */ [401, 403, 403, 403, 403, 200],
  // Reports (scoped inside, see reports.test.ts)
  'GET /api/reports/summary': /*                */ [401, 403, 403, 200, 200, 200],
  'GET /api/reports/timeseries': /*             */ [401, 403, 403, 200, 200, 200],
  'GET /api/reports/backlog': /*                */ [401, 403, 403, 200, 200, 200],
  'GET /api/reports/monthly': /*                */ [401, 403, 403, 200, 200, 200],
  'GET /api/reports/drift': /*                  */ [401, 403, 403, 403, 403, 200],
  // Good replies for the monthly report (target: a reply in a case of agency A / B)
  'POST /api/reports/good-replies': /*          */ [401, 403, 403, [201, 404], 201, 201],
  'DELETE /api/reports/good-replies/:id': /*    */ [401, 403, 403, [204, 404], 204, 204],
  // Crisis alerts: humas leadership and admins
  'GET /api/crises': /*                         */ [401, 403, 403, 403, 200, 200],
  'GET /api/crises/:id': /*                     */ [401, 403, 403, 403, 200, 200],
  'POST /api/crises/:id/holding-reply': /*      */ [401, 403, 403, 403, 202, 202],
  // Outgoing webhooks and Open311 clients: admins
  'GET /api/webhook-endpoints': /*              */ [401, 403, 403, 403, 403, 200],
  'POST /api/webhook-endpoints': /*             */ [401, 403, 403, 403, 403, 201],
  'DELETE /api/webhook-endpoints/:id': /*       */ [401, 403, 403, 403, 403, 204],
  'GET /api/webhook-deliveries': /*             */ [401, 403, 403, 403, 403, 200],
  'GET /api/open311-clients': /*                */ [401, 403, 403, 403, 403, 200],
  'POST /api/open311-clients': /*               */ [401, 403, 403, 403, 403, 201],
  // Administration (target for users: a user of agency A / B; for privacy: the citizen of a case of A / B)
  'GET /api/channel-accounts': /*               */ [401, 403, 403, 403, 403, 200],
  'POST /api/channel-accounts': /*              */ [401, 403, 403, 403, 403, 201],
  'GET /api/users': /*                          */ [401, 403, 403, 403, 403, 200],
  'POST /api/users': /*                         */ [401, 403, 403, 403, 403, 201],
  'PATCH /api/users/:id': /*                    */ [401, 403, 403, 403, 403, 200],
  'POST /api/users/:id/password': /*            */ [401, 403, 403, 403, 403, 200],
  'GET /api/audit': /*                          */ [401, 403, 403, 403, 403, 200],
  'GET /api/audit/export': /*                   */ [401, 403, 403, 403, 403, 200],
  'GET /api/privacy/contacts': /*               */ [401, 403, 403, 403, 403, 200],
  'GET /api/privacy/contacts/:id/export': /*    */ [401, 403, 403, 403, 403, 200],
  'POST /api/privacy/contacts/:id/erase': /*    */ [401, 403, 403, 403, 403, 200],
  'ANY /admin/queues/*': /*                     */ [401, 403, 403, 403, 403, 200],
};

export const SOCKET_EVENTS: Record<string, Row> = {
  connection: /*                                */ [401, 200, 200, 200, 200, 200],
  'conversation:join': /*                       */ seen(200),
  'conversation:leave': /*                      */ [401, 200, 200, 200, 200, 200],
  'presence:viewing': /*                        */ seen(200),
  'presence:typing': /*                         */ seen(200),
};
