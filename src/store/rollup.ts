import { Schema, model } from 'mongoose';

/**
 * One value of one report dimension in one period of one scope (src/rollups/contributions.ts), kept up to date with
 * $inc as facts happen: counters `c.*`, response-time histograms `h.<name>.<bucket>` (src/rollups/histogram.ts) and,
 * on the total documents, arrivals by weekday and hour `hw.<weekday>-<hour>`.
 * _id is `${scope}|${dim}|${value}|${period}|${key}`, so an increment is an upsert by _id.
 */
const rollupSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** "p" for the province, else the agency id. */
    scope: { type: String, required: true },
    dim: { type: String, required: true },
    value: { type: String, required: true },
    period: { type: String, enum: ['day', 'week', 'month'], required: true },
    /** YYYY-MM-DD, YYYY-Www or YYYY-MM in the scope's time zone. */
    key: { type: String, required: true },
    c: { type: Schema.Types.Mixed, default: {} },
    h: { type: Schema.Types.Mixed, default: {} },
    hw: { type: Schema.Types.Mixed, default: {} },
  },
  { versionKey: false, minimize: false },
);

// Summaries and time series: find({ scope, dim, period, key: { $in: keys } }).
rollupSchema.index({ scope: 1, dim: 1, period: 1, key: 1 });

export const RollupModel = model('Rollup', rollupSchema);
