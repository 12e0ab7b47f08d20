// The routing rule engine: priority order, AND across conditions / OR inside one, keywords however typed,
// low classifier confidence, and triage when nothing matches.
import { describe, expect, it } from 'vitest';
import { decideRoute, type RoutingRule, type RoutingSubject } from '../../../src/routing/rules.js';

const rule = (
  id: string,
  priority: number,
  conditions: RoutingRule['conditions'],
  agencyId = id,
): RoutingRule => ({
  id,
  name: id,
  priority,
  enabled: true,
  conditions,
  action: { agencyId },
});

const subject = (over: Partial<RoutingSubject> = {}): RoutingSubject => ({
  text: 'Jalan rusak parah',
  topic: 'infrastruktur',
  urgency: 'normal',
  type: 'pengaduan',
  region: 'samarinda',
  platform: 'instagram',
  accountId: 'ig-kaltim',
  topicConfidence: 0.9,
  ...over,
});

// Shaped like the seed: keyword rules first (10..), topic rules after (100..).
const SEEDED = [
  rule('topic-pupr', 100, { topics: ['infrastruktur'] }, 'PUPR'),
  rule('kw-pdam', 10, { keywords: ['pdam', 'meteran air', 'air ledeng'] }, 'PDAM'),
  rule('topic-dinkes', 101, { topics: ['kesehatan'] }, 'DINKES'),
];
const MIN = 0.35;

describe('decideRoute', () => {
  it('sends water-utility complaints to PDAM, not public works, although their topic is infrastruktur', () => {
    const d = decideRoute(SEEDED, subject({ text: 'Air PDAM mati 3 hari di Loa Janan!!' }), MIN);
    expect(d).toMatchObject({ kind: 'rule', agencyId: 'PDAM' });
    const road = decideRoute(SEEDED, subject(), MIN);
    expect(road).toMatchObject({ kind: 'rule', agencyId: 'PUPR' });
  });

  it('matches keywords however the citizen typed them: case, punctuation, line breaks and extra spaces', () => {
    for (const text of ['METERAN-AIR rusak', 'meteran   air\nbocor', 'cek #meteran_air dong', '...Pdam?']) {
      expect(decideRoute(SEEDED, subject({ text }), MIN)).toMatchObject({ agencyId: 'PDAM' });
    }
    // Whole words only: "airport" is not "air ledeng", and a keyword inside another word does not count.
    expect(decideRoute(SEEDED, subject({ text: 'pdamkar datang terlambat', topic: 'lainnya' }), MIN)).toEqual(
      {
        kind: 'triage',
        reason: 'no_rule',
      },
    );
  });

  it('evaluates in priority order whatever order the rules are stored in, and skips disabled rules', () => {
    const rules = [
      rule('late', 50, { topics: ['infrastruktur'] }),
      rule('early', 5, { regions: ['samarinda'] }),
      { ...rule('earliest-but-off', 1, {}), enabled: false },
    ];
    expect(decideRoute(rules, subject(), MIN)).toMatchObject({ kind: 'rule', agencyId: 'early' });
  });

  it('needs every condition of a rule (AND) but any value inside one condition (OR)', () => {
    const rules = [
      rule('bpbd-bontang', 1, {
        topics: ['bencana', 'lingkungan'],
        regions: ['bontang'],
        platforms: ['whatsapp'],
      }),
    ];
    const hit = subject({ topic: 'lingkungan', region: 'bontang', platform: 'whatsapp' });
    expect(decideRoute(rules, hit, MIN).kind).toBe('rule');
    expect(decideRoute(rules, { ...hit, region: 'samarinda' }, MIN).kind).toBe('triage');
    expect(decideRoute(rules, { ...hit, region: null }, MIN).kind).toBe('triage');
    expect(decideRoute(rules, { ...hit, platform: 'x' }, MIN).kind).toBe('triage');
  });

  it('routes by channel account and by message type', () => {
    const rules = [
      rule('dinkes-account', 1, { accountIds: ['wa-dinkes'] }),
      rule('info-requests', 2, { types: ['permintaan_informasi'] }),
    ];
    expect(decideRoute(rules, subject({ accountId: 'wa-dinkes' }), MIN)).toMatchObject({
      agencyId: 'dinkes-account',
    });
    expect(decideRoute(rules, subject({ type: 'permintaan_informasi' }), MIN)).toMatchObject({
      agencyId: 'info-requests',
    });
  });

  it('with low topic confidence ignores model-based rules but still applies keyword rules', () => {
    const unsure = subject({ topicConfidence: 0.2 });
    expect(decideRoute(SEEDED, unsure, MIN)).toEqual({ kind: 'triage', reason: 'low_confidence' });
    expect(decideRoute(SEEDED, { ...unsure, text: 'tagihan pdam naik' }, MIN)).toMatchObject({
      agencyId: 'PDAM',
    });
  });

  it('sends to humas triage (no_rule) when nothing matches, and carries the officer of a rule that names one', () => {
    expect(decideRoute(SEEDED, subject({ topic: 'pariwisata' }), MIN)).toEqual({
      kind: 'triage',
      reason: 'no_rule',
    });
    expect(decideRoute([], subject(), MIN)).toEqual({ kind: 'triage', reason: 'no_rule' });
    const withOfficer = [{ ...rule('pupr', 1, {}), action: { agencyId: 'PUPR', officerId: 'u1' } }];
    expect(decideRoute(withOfficer, subject(), MIN)).toMatchObject({ agencyId: 'PUPR', officerId: 'u1' });
  });
});
