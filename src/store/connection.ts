import mongoose from 'mongoose';

// autoCreate off: the jongodb stand-in lacks the `create` command; collections appear on first insert.
mongoose.set('autoCreate', false);
mongoose.set('strictQuery', true);

export async function connectDatabase(uri: string): Promise<typeof mongoose> {
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 10_000, autoIndex: false });
  // Build indexes explicitly, so the unique keys exist before the first webhook is accepted.
  await Promise.all(Object.values(mongoose.models).map((m) => m.createIndexes()));
  return mongoose;
}

export async function disconnectDatabase(): Promise<void> {
  await mongoose.disconnect();
}

export function databaseState(): 'up' | 'down' {
  return mongoose.connection.readyState === 1 ? 'up' : 'down';
}
