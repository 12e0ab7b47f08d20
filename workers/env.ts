// What every job handler is given: the process's context plus the ingest pipeline's parts (its classifier).
import type { AppContext } from '../src/context.js';
import type { IngestDeps } from '../src/pipeline/ports.js';
import {
  defineJob as defineAnyJob,
  type JobDefinition,
  type QueueWorkerDefinition,
} from '../src/queue/jobs.js';

export interface WorkerEnv extends AppContext {
  ingest: IngestDeps;
}

export const defineJob = <Data>(def: JobDefinition<WorkerEnv, Data>) => defineAnyJob(def);
export const defineQueueWorker = (def: QueueWorkerDefinition<WorkerEnv>) => def;
