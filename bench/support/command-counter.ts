// Database commands as the MongoDB driver sends them (command monitoring), counted by name and collection.
// The connection must be opened with monitorCommands (withCommandMonitoring); connection upkeep is not counted.
import mongoose from 'mongoose';

const UPKEEP = new Set(['ping', 'hello', 'ismaster', 'isMaster', 'endSessions', 'buildInfo']);

/** The URI with the driver's command monitoring switched on. */
export const withCommandMonitoring = (uri: string) =>
  `${uri}${uri.includes('?') ? '&' : '?'}monitorCommands=true`;

export interface CommandCount {
  total: number;
  /** e.g. { find: 9, insert: 3 } */
  byName: Record<string, number>;
  /** e.g. { 'find conversations': 2 } */
  byTarget: Record<string, number>;
}

export function countCommands() {
  const client = mongoose.connection.getClient();
  if (!client.options.monitorCommands)
    throw new Error('connect withCommandMonitoring(uri) to count commands');
  let count: CommandCount = { total: 0, byName: {}, byTarget: {} };
  let lastAt = 0;
  const onCommand = (e: { commandName: string; command: Record<string, unknown> }) => {
    if (UPKEEP.has(e.commandName)) return;
    lastAt = performance.now();
    const target = `${e.commandName} ${String(e.command[e.commandName] ?? '')}`.trim();
    count.total++;
    count.byName[e.commandName] = (count.byName[e.commandName] ?? 0) + 1;
    count.byTarget[target] = (count.byTarget[target] ?? 0) + 1;
  };
  client.on('commandStarted', onCommand);
  return {
    /** Returns what was counted since the last take and starts again from zero. */
    take(): CommandCount {
      const taken = count;
      count = { total: 0, byName: {}, byTarget: {} };
      return taken;
    },
    /** Milliseconds since the last counted command. */
    quietFor: () => performance.now() - lastAt,
    stop: () => void client.off('commandStarted', onCommand),
  };
}
