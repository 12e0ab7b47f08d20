// Times arrive in UTC; officers read them in their own zone (e.g. WITA = Asia/Makassar).
import { DateTime } from 'luxon';

export function formatTime(iso: string, timezone: string, lang: 'id' | 'en', now = Date.now()): string {
  const dt = DateTime.fromISO(iso, { zone: timezone || 'Asia/Makassar' }).setLocale(
    lang === 'id' ? 'id' : 'en',
  );
  if (!dt.isValid) return '';
  const today = DateTime.fromMillis(now, { zone: dt.zone });
  if (dt.hasSame(today, 'day')) return dt.toFormat('HH:mm');
  if (dt.hasSame(today, 'year')) return dt.toFormat('d LLL HH:mm');
  return dt.toFormat('d LLL yyyy');
}

export function formatDateTime(iso: string, timezone: string, lang: 'id' | 'en'): string {
  const dt = DateTime.fromISO(iso, { zone: timezone || 'Asia/Makassar' }).setLocale(
    lang === 'id' ? 'id' : 'en',
  );
  return dt.isValid ? `${dt.toFormat('d LLL yyyy HH:mm')} ${dt.offsetNameShort ?? ''}`.trim() : '';
}
