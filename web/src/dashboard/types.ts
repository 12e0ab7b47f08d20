// Report shapes served by src/api/reports.ts. Rows and buckets are the server's own types (type-only imports, so
// nothing from src/ is bundled); only the JSON envelope is spelled out here, where dates arrive as ISO strings.
import type { BacklogBucket } from '../../../src/reports/backlog';
import type { SummaryRow } from '../../../src/reports/summary';
import type { Timeseries as DailyVolume } from '../../../src/reports/timeseries';

export type { SummaryRow };

/** The requested window and grouping, echoed back with each grouped report. */
interface ReportWindow {
  from: string;
  to: string;
  groupBy: string;
}

export interface Summary extends ReportWindow {
  rows: SummaryRow[];
  total: SummaryRow;
}

export interface Timeseries extends ReportWindow, DailyVolume {}

export interface Backlog {
  asOf: string;
  buckets: BacklogBucket[];
}
