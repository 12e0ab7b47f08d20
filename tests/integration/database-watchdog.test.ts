// The database comes back, but the driver does not notice (its server monitor stopped checking, as the chaos runs
// caught now and then after a cut connection): every operation keeps failing with the same "connection N closed".
// The watchdog notices that the database has not answered for a while and connects afresh, with no restart.
import mongoose from 'mongoose';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { watchDatabase, type DatabaseWatchdog } from '../../src/ops/database-watchdog.js';
import { connectDatabase, databaseState, disconnectDatabase, MessageModel } from '../../src/store/index.js';
import { startChaosDatabase, type ChaosDatabase } from '../../scripts/chaos/services.js';

let db: ChaosDatabase;
let dog: DatabaseWatchdog | undefined;

beforeAll(async () => {
  db = await startChaosDatabase(); // standalone, behind a TCP proxy that can cut it off
  await connectDatabase(db.uri);
}, 60_000);
afterAll(async () => {
  dog?.stop();
  await disconnectDatabase();
  await db?.stop();
});

/** What the chaos runs saw: the driver's monitor no longer checks the server (internal state, test only). */
function stopDriverMonitor() {
  const client = mongoose.connection.getClient() as unknown as {
    topology: { s: { servers: Map<string, { monitor?: { monitorId?: { stop(): void } } }> } };
  };
  for (const server of client.topology.s.servers.values()) server.monitor?.monitorId?.stop();
}

it('reconnects the process to a database that came back while its driver stopped looking', async () => {
  await MessageModel.countDocuments();
  stopDriverMonitor();
  await db.proxy.cut();
  // An operation meets the cut connection: the driver marks the server unknown and waits for its monitor.
  void MessageModel.countDocuments().catch(() => {});
  await db.proxy.restore();
  // Back, but not for this driver: without help it would stay "down" for good.
  await new Promise((r) => setTimeout(r, 1500));
  expect(await databaseState(500)).toBe('down');

  dog = watchDatabase(db.uri, { everyMs: 200, reconnectAfterMs: 1000 });
  const deadline = Date.now() + 20_000;
  while ((await databaseState(500)) !== 'up' && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 200));
  expect(await databaseState(500)).toBe('up');
  expect(await MessageModel.countDocuments()).toBeGreaterThanOrEqual(0);
});
