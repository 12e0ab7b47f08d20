import mongoose from 'mongoose';

// autoCreate off: the jongodb stand-in lacks the `create` command; collections appear on first insert.
mongoose.set('autoCreate', false);
mongoose.set('strictQuery', true);

export async function connectDatabase(uri: string): Promise<typeof mongoose> {
  // Heartbeats are polled: the streaming monitor (exhaust replies) is what the test database's stand-in drops
  // under load ("Server ended moreToCome unexpectedly"), and a real mongod answers polls just as well.
  await mongoose.connect(uri, {
    serverSelectionTimeoutMS: 10_000,
    autoIndex: false,
    serverMonitoringMode: 'poll',
  });
  // Build indexes explicitly, so the unique keys exist before the first webhook is accepted.
  await Promise.all(Object.values(mongoose.models).map((m) => m.createIndexes()));
  return mongoose;
}

export async function disconnectDatabase(): Promise<void> {
  await mongoose.disconnect();
}

/** Ask the server, rather than trusting readyState: some servers flap it on heartbeats while queries work. */
export async function databaseState(timeoutMs = 1500): Promise<'up' | 'down'> {
  const db = mongoose.connection.db;
  if (!db) return 'down';
  const timeout = new Promise<'down'>((resolve) => setTimeout(() => resolve('down'), timeoutMs).unref());
  const ping = db
    .admin()
    .ping()
    .then(() => 'up' as const)
    .catch(() => 'down' as const);
  return Promise.race([ping, timeout]);
}
