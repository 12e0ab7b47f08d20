// The inbound job's place in the queue: a possible emergency at the front, ahead of ordinary traffic, and the cheap pre-filter in front of
// the crisis lexicon never hides a text the lexicon reads as kritis (src/pipeline/inbound-priority.ts).
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../src/classify/corpus.js';
import { crisisLevel } from '../../../src/classify/lexicon/crisis.js';
import { KRITIS_PHRASES } from '../../../src/classify/lexicon/crisis-words.js';
import { CRISIS_CANDIDATE, inboundPlacement } from '../../../src/pipeline/inbound-priority.js';

describe('inbound priority', () => {
  it('puts a flood report with people trapped ahead of ordinary messages', () => {
    const flood = inboundPlacement({ text: 'Tolong banjir sudah masuk rumah, ada anak terjebak di atap' });
    const lamp = inboundPlacement({ text: 'Lampu PJU di Jl. Pahlawan mati sudah seminggu' });
    expect(flood).toEqual({ lifo: true }); // BullMQ hands out a LIFO add next
    expect(lamp).toEqual({});
  });

  it('keeps a negated or past danger ordinary, as the lexicon does', () => {
    expect(inboundPlacement({ text: 'Alhamdulillah banjir kemarin sudah surut, tidak ada korban' })).toEqual(
      {},
    );
  });

  it('lets through every corpus text and every phrase, in any affixed form, that the lexicon reads as kritis', () => {
    const texts = [
      ...readCorpus().examples.map((e) => e.text),
      ...KRITIS_PHRASES.map((p) => `warga melapor ${p} di kampung kami sekarang`),
      'rumah kami kebanjiran sekarang, tolong',
      'anak saya menenggelamkan diri? tidak, dia tenggelam di sungai',
      'warga menyetrum ikan lalu kesetrum sendiri, pingsan',
    ];
    const kritis = texts.filter((t) => crisisLevel(t).level === 'kritis');
    expect(kritis.length).toBeGreaterThan(50);
    expect(kritis.filter((t) => !CRISIS_CANDIDATE.test(t))).toEqual([]);
  });
});
