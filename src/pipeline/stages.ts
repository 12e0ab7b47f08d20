// The ingest stages recorded on each inbound message (README "Resumable pipeline"). Each arrow is work that is
// safe to repeat; only after it succeeded does the stage move, with a compare-and-set, so a retry or a platform
// redelivery arriving at any point runs exactly the arrows that are left:
//
//   (nothing) --store--> stored --apply to case, announce + hand off--> done
//
// Applying to the case needs no stage of its own: the case records the message's change key
// (src/workflow/change-case.ts), so a resumed delivery applies it once. A message that opened its case is stored
// as `applied` (the case was opened with it), which reads as "only announce + hand off left".
import { INGEST_STAGES } from '../store/message.js';
import { MessageModel } from '../store/index.js';

export type IngestStage = (typeof INGEST_STAGES)[number];

/** Messages stored before stages existed were processed in one go: they count as done. */
export function stageOf(message: { pipeline?: { stage?: string | null } | null }): IngestStage {
  return (message.pipeline?.stage as IngestStage | undefined) ?? 'done';
}

/** Remaining stages in order, from the one the message is at. */
export function remainingStages(stage: IngestStage): IngestStage[] {
  return INGEST_STAGES.slice(INGEST_STAGES.indexOf(stage));
}

export async function advanceStage(messageId: unknown, from: IngestStage, to: IngestStage): Promise<void> {
  await MessageModel.updateOne(
    { _id: messageId, 'pipeline.stage': from },
    { $set: { 'pipeline.stage': to } },
  );
}
