// Times arrive in UTC; officers read them in their own zone (e.g. WITA = Asia/Makassar).
// Built on Intl (no date library in the officers' first download).
const DEFAULT_ZONE = 'Asia/Makassar';
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(
  lang: 'id' | 'en',
  zone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${lang}|${zone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      ...options,
    });
    formatters.set(key, f);
  }
  return f;
}

/** YYYY-MM-DD of an instant in a zone. */
export function dayInZone(ms: number, zone: string): string {
  return formatter('en', zone, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(ms)
    .filter((p) => p.type !== 'literal')
    .map((p) => p.value)
    .reverse() // en-GB gives day, month, year
    .join('-');
}

/** Compact list time: "14:05" today, "3 Nov 14:05" this year, "3 Nov 2025" before. */
export function formatTime(iso: string, timezone: string, lang: 'id' | 'en', now = Date.now()): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const zone = timezone || DEFAULT_ZONE;
  const time = { hour: '2-digit', minute: '2-digit' } as const;
  const day = dayInZone(ms, zone);
  const today = dayInZone(now, zone);
  if (day === today) return formatter(lang, zone, time).format(ms);
  if (day.slice(0, 4) === today.slice(0, 4)) {
    return formatter(lang, zone, { day: 'numeric', month: 'short', ...time })
      .format(ms)
      .replace(',', '');
  }
  return formatter(lang, zone, { day: 'numeric', month: 'short', year: 'numeric' }).format(ms);
}

/** Full time with the zone's name: "27 Nov 2026 14.05 WITA". */
export function formatDateTime(iso: string, timezone: string, lang: 'id' | 'en'): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  return formatter(lang, timezone || DEFAULT_ZONE, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  })
    .format(ms)
    .replace(',', '');
}
