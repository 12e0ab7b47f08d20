import { describe, expect, it } from 'vitest';
import { slaMet, type ReportCase } from '../../../src/reports/case-metrics.js';
import { summarize } from '../../../src/reports/summary.js';
import { dailyVolume } from '../../../src/reports/timeseries.js';
import { backlogByAge } from '../../../src/reports/backlog.js';
import { toCsv } from '../../../src/reports/csv.js';

const T0 = new Date('2026-11-20T00:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

function kase(over: Partial<ReportCase>): ReportCase {
  return {
    id: Math.random().toString(36).slice(2),
    createdAt: T0,
    firstRespondedAt: null,
    resolvedAt: null,
    firstResponseDueAt: at(60),
    resolutionDueAt: at(60 * 24),
    firstResponseBreached: false,
    resolutionBreached: false,
    status: 'in_progress',
    urgency: 'normal',
    agencyId: 'pupr',
    officerId: null,
    platform: 'whatsapp',
    topic: 'infrastruktur',
    region: 'samarinda',
    ...over,
  };
}

describe('slaMet', () => {
  const now = at(60 * 48);
  it('is met when answered and resolved in time', () => {
    expect(slaMet(kase({ firstRespondedAt: at(30), resolvedAt: at(600) }), now)).toBe(true);
  });
  it('is missed when the first answer came late', () => {
    expect(slaMet(kase({ firstRespondedAt: at(90) }), now)).toBe(false);
  });
  it('is missed when nobody answered by the deadline', () => {
    expect(slaMet(kase({}), now)).toBe(false);
  });
  it('is undecided while the first-response clock still runs', () => {
    expect(slaMet(kase({}), at(10))).toBeNull();
  });
  it('is undecided without an SLA policy', () => {
    expect(slaMet(kase({ firstResponseDueAt: null }), now)).toBeNull();
  });
});

describe('summarize', () => {
  const now = at(600); // resolution clocks (24 h) still running
  const cases = [
    kase({ agencyId: 'pupr', firstRespondedAt: at(10), resolvedAt: at(100) }),
    kase({ agencyId: 'pupr', firstRespondedAt: at(30) }),
    kase({ agencyId: 'pupr', firstRespondedAt: at(120) }),
    kase({ agencyId: 'dinkes', firstRespondedAt: at(5) }),
  ];
  const { rows, total } = summarize(cases, 'agency', (k) => k.toUpperCase(), now);

  it('groups by agency, largest first, with labels', () => {
    expect(rows.map((r) => [r.key, r.label, r.volume])).toEqual([
      ['pupr', 'PUPR', 3],
      ['dinkes', 'DINKES', 1],
    ]);
  });
  it('reports first-response median and p90 in minutes', () => {
    expect(rows[0].firstResponse).toEqual({ p50Minutes: 30, p90Minutes: 102 });
    expect(rows[0].resolution).toEqual({ p50Minutes: 100, p90Minutes: 100 });
  });
  it('counts the SLA-met share over decided cases', () => {
    expect(rows[0].slaMetShare).toBeCloseTo(2 / 3, 3);
    expect(total.volume).toBe(4);
    expect(total.slaMetShare).toBe(0.75);
  });
  it('puts cases without an officer under the unknown key', () => {
    const byOfficer = summarize(cases, 'officer', (k) => k, now);
    expect(byOfficer.rows[0].key).toBe('tidak_diketahui');
  });
});

describe('dailyVolume', () => {
  it('counts days in the viewer zone, not UTC', () => {
    // 23:30 UTC on the 20th is 07:30 on the 21st in WITA.
    const cases = [
      kase({ createdAt: new Date('2026-11-20T23:30:00Z') }),
      kase({ createdAt: new Date('2026-11-20T01:00:00Z') }),
    ];
    const ts = dailyVolume(cases, 'channel', (k) => k, {
      from: new Date('2026-11-19T16:00:00Z'),
      to: new Date('2026-11-21T16:00:00Z'),
      zone: 'Asia/Makassar',
    });
    expect(ts.buckets).toEqual(['2026-11-20', '2026-11-21']);
    expect(ts.series).toEqual([{ key: 'whatsapp', label: 'whatsapp', counts: [1, 1] }]);
  });

  it('stays right across a daylight-saving change (zones are data, not only WIB/WITA/WIT)', () => {
    // 22:30 UTC on 29 March 2026 is 00:30 on the 30th in Berlin, after the switch to summer time.
    const ts = dailyVolume([kase({ createdAt: new Date('2026-03-29T22:30:00Z') })], 'channel', (k) => k, {
      from: new Date('2026-03-27T23:00:00Z'),
      to: new Date('2026-03-30T22:00:00Z'),
      zone: 'Europe/Berlin',
    });
    expect(ts.buckets).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(ts.series[0].counts).toEqual([0, 0, 1]);
  });

  it('leaves out cases outside the range', () => {
    const ts = dailyVolume([kase({ createdAt: new Date('2026-12-01T00:00:00Z') })], 'channel', (k) => k, {
      from: new Date('2026-11-19T16:00:00Z'),
      to: new Date('2026-11-21T16:00:00Z'),
      zone: 'Asia/Makassar',
    });
    expect(ts.series).toEqual([]);
  });
});

describe('backlogByAge', () => {
  it('buckets open cases by age and urgency', () => {
    const now = at(60 * 24 * 10);
    const buckets = backlogByAge(
      [
        { createdAt: at(60 * 24 * 10 - 30), urgency: 'kritis' },
        { createdAt: at(60 * 24 * 8), urgency: 'normal' },
        { createdAt: T0, urgency: 'rendah' },
      ],
      now,
    );
    expect(buckets.map((b) => b.count)).toEqual([1, 0, 1, 0, 1]);
    expect(buckets[0].byUrgency.kritis).toBe(1);
    expect(buckets[4].byUrgency.rendah).toBe(1);
  });
});

describe('toCsv', () => {
  it('quotes commas and quotes, and defuses formulas from citizen text', () => {
    const csv = toCsv(
      ['nama', 'n'],
      [
        ['Dinas "PU", Kaltim', 3],
        ['=HYPERLINK("x")', -2],
      ],
    );
    expect(csv).toBe('\uFEFFnama,n\r\n"Dinas ""PU"", Kaltim",3\r\n"\'=HYPERLINK(""x"")",-2\r\n');
  });
});
