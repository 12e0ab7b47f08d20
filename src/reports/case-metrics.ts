// The dimensions a report can be grouped by (each is a dimension of the rollups, src/rollups/contributions.ts).
export type GroupBy = 'agency' | 'officer' | 'channel' | 'topic' | 'region';
export const GROUP_BYS: readonly GroupBy[] = ['agency', 'officer', 'channel', 'topic', 'region'];

export const UNKNOWN_KEY = 'tidak_diketahui';
