import type { Readable, Writable } from 'node:stream';

export interface CommandIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

export interface Command {
  summary: string;
  run(args: string[], io: CommandIo): Promise<number>;
}
