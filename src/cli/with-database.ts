// What the commands that write to the database share: a valid config, MONGODB_URI, a connection closed at the end.
import { ConfigError, loadConfig, type Config } from '../config.js';
import { connectDatabase, disconnectDatabase } from '../store/index.js';
import type { CommandIo } from './command.js';

export async function withDatabase(
  io: CommandIo,
  run: (config: Config) => Promise<number>,
  missingUriHint = 'contoh: MONGODB_URI=mongodb://host:27017/aspirasi npx aspirasi <perintah>',
): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    io.stderr.write(`${(err as ConfigError).message}\n`);
    return 2;
  }
  if (!config.MONGODB_URI) {
    io.stderr.write(`MONGODB_URI belum diatur. ${missingUriHint}\n`);
    return 2;
  }
  await connectDatabase(config.MONGODB_URI);
  try {
    return await run(config);
  } finally {
    await disconnectDatabase();
  }
}
