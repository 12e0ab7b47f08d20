import { describe, expect, it } from 'vitest';
import { getClassifier } from '../../../src/classify/index.js';
import { windowCues } from '../../../src/classify/danger/cues.js';
import { fitPlatt, textWindows } from '../../../src/classify/danger/detector.js';
import { DANGER_THRESHOLD } from '../../../src/classify/danger/train-danger.js';
import { toWords } from '../../../src/classify/lexicon/match.js';

const cues = (text: string) => windowCues(toWords(text));

describe('danger-now cues read negation and time by scope', () => {
  it('"belum surut" keeps a flood going, "sudah surut" ends it', () => {
    expect(cues('air blm surut jg dari kemarin')).toContain('cue:not_ended');
    expect(cues('air blm surut jg dari kemarin')).toContain('cue:hazard_unresolved');
    const over = cues('banjir sudah surut, terima kasih');
    expect(over).toContain('cue:only_ended');
    expect(over).not.toContain('cue:not_ended');
  });

  it('"belum ada bantuan" and a count of days are unresolved', () => {
    expect(cues('belum ada bantuan sama sekali')).toContain('cue:no_help');
    expect(cues('sudah 3 hari banjir')).toContain('cue:duration');
    expect(cues('banyune durung surut wis rong dino')).toEqual(
      expect.arrayContaining(['cue:not_ended', 'cue:duration']),
    );
  });

  it('hearsay and hypotheticals are marked as not current', () => {
    expect(cues('katanya dulu pernah longsor di bukit itu')).toContain('cue:not_current');
    expect(cues('agar tidak banjir, saluran dikeruk')).toContain('cue:hypothetical');
  });

  it('paperwork in intensive care and a weapon with a threat are conjunctions', () => {
    expect(cues('ayah di ICU, BPJS ditolak, RS minta bayar')).toContain('cue:medical_blocked');
    expect(cues('orang mabuk bawa parang mengancam warga sekarang')).toContain('cue:threat_now');
  });
});

describe('the danger detector on the trained model', () => {
  const classifier = getClassifier();
  const danger = (t: string) => classifier.danger(t) ?? 0;
  const emergency =
    'Sampai hari ini air belum surut, ibu saya yang sakit jantung sudah sesak dan kami tidak punya perahu.';
  const greetings =
    'Assalamualaikum wr wb. Yth Bapak Camat, semoga Bapak sehat selalu. Kami mengucapkan terima kasih atas ' +
    'pembangunan jalan tahun lalu. Kampung kami rukun dan warganya rajin gotong royong. ';

  it('reads a long letter by windows: the greeting does not dilute a late emergency', () => {
    expect(textWindows(toWords(greetings + emergency)).length).toBeGreaterThan(2);
    // As high as the emergency with its one neighbour alone: the four sentences before it take nothing away.
    const neighbour = 'Kampung kami rukun dan warganya rajin gotong royong. ';
    expect(danger(greetings + emergency)).toBeGreaterThanOrEqual(danger(neighbour + emergency) - 1e-9);
    expect(danger(greetings + emergency)).toBeGreaterThan(DANGER_THRESHOLD * 3);
    expect(classifier.classify(greetings + emergency).urgency).toBe('kritis');
  });

  it('reads a letter written without sentence ends by chunks, so its late emergency still counts', () => {
    const unpunctuated = (greetings + emergency).replace(/[.!?]/g, ',');
    expect(textWindows(toWords(unpunctuated)).length).toBeGreaterThan(2);
    expect(classifier.classify(unpunctuated).urgency).toBe('kritis');
  });

  it('a closing formula is not a window of its own, so a plain letter with a plea is not kritis', () => {
    const letter =
      'Selamat siang Bapak/Ibu petugas. Izin menyampaikan keluhan melalui saluran resmi ini. Jadwal ' +
      'pertunjukan tari di desa wisata sekarang jarang sekali. Besar harapan kami agar laporan ini segera ' +
      'ditindaklanjuti. Wassalamualaikum wr. wb.';
    const words = (w: { features: string[] }) => w.features.filter((f) => !f.startsWith('cue:'));
    const closingOnly = textWindows(toWords(letter)).filter((w) =>
      words(w).every((f) => /^(wassalamualaikum|wr|wb)(_|$)/.test(f.replace(/_(wr|wb)$/, ''))),
    );
    expect(closingOnly).toEqual([]);
    expect(classifier.classify(letter).urgency).not.toBe('kritis');
  });

  it('an unresolved flood is kritis, a flood that is over is not', () => {
    expect(danger('banjir belum surut sudah 3 hari, belum ada bantuan')).toBeGreaterThanOrEqual(
      DANGER_THRESHOLD,
    );
    expect(classifier.classify('banjir kemarin sudah surut, terima kasih petugas').urgency).not.toBe(
      'kritis',
    );
  });

  it('reports the calibrated danger as the urgency confidence of a kritis message', () => {
    const c = classifier.classify('tanah longsor menimbun rumah, satu keluarga masih di dalam, tolong');
    expect(c.urgency).toBe('kritis');
    expect(c.confidence.urgency).toBeCloseTo(
      danger('tanah longsor menimbun rumah, satu keluarga masih di dalam, tolong'),
      2,
    );
  });
});

describe('Platt calibration', () => {
  it('maps a score that under-states the rate upward', () => {
    const pairs = Array.from({ length: 200 }, (_, i) => ({ p: i < 100 ? 0.1 : 0.3, kritis: i >= 60 }));
    const { a, b } = fitPlatt(pairs);
    const at = (p: number) => 1 / (1 + Math.exp(-(a * Math.log(p / (1 - p)) + b)));
    expect(at(0.3)).toBeGreaterThan(0.9);
    expect(at(0.1)).toBeGreaterThan(0.3);
    expect(at(0.1)).toBeLessThan(0.5);
  });
});
