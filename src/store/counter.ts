import { Schema, model } from 'mongoose';

// Monotonic sequences (ticket numbers per year) via atomic $inc; _id is the sequence name.
const counterSchema = new Schema({
  _id: { type: String, required: true },
  seq: { type: Number, default: 0 },
});
export const CounterModel = model('Counter', counterSchema);

/** Adds `by` to the sequence and returns its new value (the last of the `by` numbers taken). */
export async function nextSequence(name: string, by = 1): Promise<number> {
  const doc = await CounterModel.findOneAndUpdate(
    { _id: name },
    { $inc: { seq: by } },
    { upsert: true, new: true },
  );
  return doc.seq;
}
