// Numbers as an Indonesian reader expects them in the report: "2 jam 5 mnt", "87,5%", "—" for no data.

export function duration(minutes: number | null): string {
  if (minutes === null) return '—';
  if (minutes < 1) return `${Math.round(minutes * 60)} dtk`;
  if (minutes < 60) return `${Math.round(minutes)} mnt`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} jam ${Math.round(minutes % 60)} mnt`;
  const days = Math.floor(minutes / (24 * 60));
  return `${days} hari ${Math.round((minutes % (24 * 60)) / 60)} jam`;
}

export function percent(share: number | null): string {
  return share === null ? '—' : `${(Math.round(share * 1000) / 10).toString().replace('.', ',')}%`;
}

/** "+12" / "-3" / "0" against last month; "" when last month had no data. */
export function change(current: number | null, previous: number | null, asPercentPoints = false): string {
  if (current === null || previous === null) return '';
  const d = asPercentPoints ? Math.round((current - previous) * 1000) / 10 : current - previous;
  const text = String(Math.abs(d)).replace('.', ',') + (asPercentPoints ? ' poin' : '');
  return d > 0 ? `+${text}` : d < 0 ? `-${text}` : '0';
}
