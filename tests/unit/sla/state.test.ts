import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../../src/sla/calendar.js';
import { computeSlaSchedule } from '../../../src/sla/policy.js';
import { activeMilestones, metDeadline, slaState } from '../../../src/sla/state.js';
import { local, WITA } from './helpers.js';

// Normal case opened Mon 31 Aug 2026 08:00 WITA: reply due Tue 08:30 (warn Mon 15:00, escalate Wed 09:00);
// resolution due Mon 7 Sep 08:00 (warn Thu 3 Sep 14:37:30, escalate Mon 14 Sep 08:00).
const schedule = computeSlaSchedule({
  startedAt: local('2026-08-31 08:00'),
  urgency: 'normal',
  calendar: defaultCalendar(WITA),
});

describe('slaState before the first reply', () => {
  it('is ok, then warning, then breached, then escalated on the first-response target', () => {
    expect(slaState(schedule, local('2026-08-31 14:00'))).toEqual({
      phase: 'ok',
      minutesLeft: 18 * 60 + 30,
      target: 'first_response',
    });
    expect(slaState(schedule, local('2026-08-31 15:00')).phase).toBe('warning');
    expect(slaState(schedule, local('2026-09-01 08:30'))).toMatchObject({
      phase: 'breached',
      minutesLeft: 0,
    });
    expect(slaState(schedule, local('2026-09-01 09:30'))).toMatchObject({
      phase: 'breached',
      minutesLeft: -60,
    });
    expect(slaState(schedule, local('2026-09-02 09:00')).phase).toBe('escalated');
  });

  it('ignores a reply recorded after the moment asked about', () => {
    expect(slaState(schedule, local('2026-09-01 09:00'), local('2026-09-01 10:00')).target).toBe(
      'first_response',
    );
  });
});

describe('slaState after the first reply', () => {
  const repliedAt = local('2026-09-01 08:00');

  it('follows the resolution target', () => {
    expect(slaState(schedule, local('2026-09-01 09:00'), repliedAt)).toMatchObject({
      phase: 'ok',
      target: 'resolution',
    });
    expect(slaState(schedule, local('2026-09-03 15:00'), repliedAt).phase).toBe('warning');
    expect(slaState(schedule, local('2026-09-07 09:00'), repliedAt).phase).toBe('breached');
    expect(slaState(schedule, local('2026-09-14 08:00'), repliedAt).phase).toBe('escalated');
  });

  it('freezes at the moment of resolution', () => {
    const resolvedAt = local('2026-09-04 10:00');
    const later = slaState(schedule, local('2026-09-30 10:00'), repliedAt, resolvedAt);
    expect(later).toEqual({ phase: 'ok', minutesLeft: 3 * 24 * 60 - 120, target: 'resolution' });
    const late = slaState(schedule, local('2026-09-30 10:00'), repliedAt, local('2026-09-08 08:00'));
    expect(late.phase).toBe('breached');
  });
});

describe('deadline helpers', () => {
  it('says whether a target was met', () => {
    expect(metDeadline(schedule.firstResponseDueAt, local('2026-09-01 08:30'))).toBe(true);
    expect(metDeadline(schedule.firstResponseDueAt, local('2026-09-01 08:31'))).toBe(false);
    expect(metDeadline(schedule.firstResponseDueAt, null)).toBe(false);
  });

  it('picks the timeline whose timers should be pending', () => {
    expect(activeMilestones(schedule)).toBe(schedule.firstResponse);
    expect(activeMilestones(schedule, local('2026-09-01 08:00'))).toBe(schedule.resolution);
  });
});
