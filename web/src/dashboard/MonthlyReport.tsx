import { useState } from 'react';
import { DateTime } from 'luxon';
import { toastError } from '../lib/toast';

async function openReport(month: string, format: 'html' | 'pdf') {
  const res = await fetch(`/api/reports/monthly?month=${month}&format=${format}`, {
    credentials: 'same-origin',
  });
  if (!res.ok)
    throw new Error(
      ((await res.json().catch(() => ({}))) as { error?: { message?: string } }).error?.message ??
        'Laporan tidak dapat dibuat.',
    );
  const url = URL.createObjectURL(await res.blob());
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The monthly evaluation report of the user's scope, as a printable page or a PDF. */
export function MonthlyReport() {
  const last = DateTime.now().minus({ months: 1 }).toFormat('yyyy-MM');
  const [month, setMonth] = useState(last);
  return (
    <section className="card" aria-labelledby="monthly-title">
      <header className="card-head">
        <h2 id="monthly-title">Evaluasi kinerja bulanan</h2>
        <label>
          Bulan{' '}
          <input
            type="month"
            value={month}
            max={DateTime.now().toFormat('yyyy-MM')}
            onChange={(e) => e.target.value && setMonth(e.target.value)}
          />
        </label>
      </header>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => openReport(month, 'html').catch(toastError)}
      >
        Buka laporan
      </button>{' '}
      <button
        type="button"
        className="btn btn-small"
        onClick={() => openReport(month, 'pdf').catch(toastError)}
      >
        ⬇ PDF
      </button>
    </section>
  );
}
