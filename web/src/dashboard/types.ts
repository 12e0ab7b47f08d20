// Report shapes served by src/api/reports.ts.
export interface Percentiles {
  p50Minutes: number | null;
  p90Minutes: number | null;
}

export interface SummaryRow {
  key: string;
  label: string;
  volume: number;
  firstResponse: Percentiles;
  resolution: Percentiles;
  slaMetShare: number | null;
}

export interface Summary {
  from: string;
  to: string;
  groupBy: string;
  rows: SummaryRow[];
  total: SummaryRow;
}

export interface Timeseries {
  from: string;
  to: string;
  interval: 'day';
  groupBy: string;
  buckets: string[];
  series: { key: string; label: string; counts: number[] }[];
}

export interface Backlog {
  asOf: string;
  buckets: { key: string; label: string; count: number; byUrgency: Record<string, number> }[];
}
