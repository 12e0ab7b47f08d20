// The kinds of rollup fact a case yields (src/rollups/facts.ts says what each means).
export const FACT_KINDS = [
  'created',
  'arrived',
  'assigned',
  'first_response',
  'resolved',
  'reopened',
  'sla',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];
