// Is this hour unusual? A robust comparison of the distinct conversations about one topic in one region in the
// last hour with the same hour of the week in recent weeks (median and MAD, so one odd week does not move it),
// falling back to the same hour of recent days, then to a prior, while history is short. Pure.

export const CRISIS_RULES = {
  /** Counters are kept in buckets of this many minutes; the window is the last WINDOW_BUCKETS of them. */
  bucketMinutes: 5,
  windowBuckets: 12,
  /** Weeks of the same hour-of-week used as the baseline; days of the same hour used when weeks are missing. */
  weeks: 8,
  days: 7,
  /** Fewer samples than this and the next fallback is used. */
  minSamples: 3,
  /** Never an alert below this many conversations in the window, however quiet it usually is. */
  minCount: 8,
  /** The window must exceed the expected count by this many robust deviations, and be at least double it. */
  deviations: 4,
  minRatio: 2,
  /** Kritis conversations: fewer are needed, as each is an emergency. */
  minKritis: 3,
  kritisDeviations: 3,
  /** With no history at all: about one conversation an hour per topic and region. */
  priorExpected: 1,
} as const;

export type BaselineSource = 'hour_of_week' | 'hour_of_day' | 'prior';

export interface Baseline {
  source: BaselineSource;
  totals: number[];
  kritis: number[];
}

export interface Assessment {
  fire: boolean;
  reasons: ('volume' | 'kritis')[];
  count: number;
  kritisCount: number;
  expected: number;
  mad: number;
  threshold: number;
  kritisExpected: number;
  kritisThreshold: number;
  source: BaselineSource;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function mad(values: readonly number[]): number {
  const m = median(values);
  return median(values.map((v) => Math.abs(v - m)));
}

/** Robust spread: 1.4826 × MAD (the standard deviation for normal data), floored by Poisson noise and by 1. */
function spread(values: readonly number[], expected: number): number {
  return Math.max(1.4826 * mad(values), Math.sqrt(Math.max(expected, 0)), 1);
}

function threshold(values: readonly number[], expected: number, deviations: number): number {
  return Math.max(expected + deviations * spread(values, expected), CRISIS_RULES.minRatio * expected);
}

/** The baseline samples to use, given the windows of past weeks and days that lie within the known history. */
export function chooseBaseline(
  weeks: { total: number; kritis: number }[],
  days: { total: number; kritis: number }[],
): Baseline {
  const pick = (xs: { total: number; kritis: number }[], source: BaselineSource): Baseline => ({
    source,
    totals: xs.map((x) => x.total),
    kritis: xs.map((x) => x.kritis),
  });
  if (weeks.length >= CRISIS_RULES.minSamples) return pick(weeks, 'hour_of_week');
  if (days.length >= CRISIS_RULES.minSamples) return pick(days, 'hour_of_day');
  return { source: 'prior', totals: [], kritis: [] };
}

export function assess(current: { total: number; kritis: number }, baseline: Baseline): Assessment {
  const prior = baseline.source === 'prior';
  const expected = prior ? CRISIS_RULES.priorExpected : median(baseline.totals);
  const kritisExpected = prior ? 0 : median(baseline.kritis);
  const volumeThreshold = Math.max(
    CRISIS_RULES.minCount,
    threshold(baseline.totals, expected, CRISIS_RULES.deviations),
  );
  const kritisThreshold = Math.max(
    CRISIS_RULES.minKritis,
    threshold(baseline.kritis, kritisExpected, CRISIS_RULES.kritisDeviations),
  );
  const reasons: Assessment['reasons'] = [];
  if (current.total >= volumeThreshold) reasons.push('volume');
  if (current.kritis >= kritisThreshold) reasons.push('kritis');
  return {
    fire: reasons.length > 0,
    reasons,
    count: current.total,
    kritisCount: current.kritis,
    expected,
    mad: prior ? 0 : mad(baseline.totals),
    threshold: Math.ceil(volumeThreshold),
    kritisExpected,
    kritisThreshold: Math.ceil(kritisThreshold),
    source: baseline.source,
  };
}
