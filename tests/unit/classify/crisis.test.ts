import { describe, expect, it } from 'vitest';
import { crisisLevel } from '../../../src/classify/lexicon/crisis.js';

const level = (t: string) => crisisLevel(t).level;

describe('crisis lexicon with negation and hearsay', () => {
  it('rates an ongoing flood, fire or landslide as kritis', () => {
    expect(level('air sudah sepinggang, banjir masuk rumah, tolong')).toBe('kritis');
    expect(level('rumah warga terbakar di RT 5!!')).toBe('kritis');
    expect(level('longsor menimbun jalan desa pagi ini')).toBe('kritis');
  });

  it('ignores a negated hazard', () => {
    expect(level('alhamdulillah tidak ada korban jiwa')).toBeNull();
    expect(level('mohon normalisasi sungai agar tidak banjir')).toBeNull();
  });

  it('lowers a flood that is over or only heard of', () => {
    expect(level('banjir kemarin sudah surut')).toBe('normal');
    expect(level('katanya dulu pernah longsor di sini')).toBe('normal');
  });

  it('keeps an unresolved flood kritis ("belum surut sampai sekarang")', () => {
    expect(level('banjir belum surut sampai sekarang')).toBe('kritis');
  });

  it('reads "bantuan banjir" as an aid matter but "mohon bantuan, banjir" as a plea', () => {
    expect(level('bantuan banjir belum sampai ke kampung kami')).toBe('tinggi');
    expect(level('mohon bantuan banjir sudah masuk rumah')).toBe('kritis');
  });

  it('keeps injuries kritis even when they happened earlier today', () => {
    expect(level('rumah roboh kena gempa tadi pagi, nenek luka di kepala')).toBe('kritis');
  });

  it('reads "sejak semalam" as still going', () => {
    expect(level('warga kebanjiran sejak semalam belum ada yang datang')).toBe('kritis');
  });

  it('rates a risk without harm as tinggi, not kritis', () => {
    expect(level('jalan rusak parah, rawan kecelakaan')).toBe('tinggi');
  });

  it('rates a cut-off road as tinggi', () => {
    expect(level('jalan putus total, kampung kami terisolasi')).toBe('tinggi');
  });

  it('leaves everyday words to the model (no floor for "sakit" or "padam")', () => {
    expect(level('anak saya sakit, mau tanya jadwal puskesmas')).toBeNull();
  });

  it('finds nothing in a plain question', () => {
    expect(level('kapan pendaftaran beasiswa dibuka?')).toBeNull();
  });

  it('keeps negation inside its own sentence', () => {
    expect(level('Tidak ada yang peduli. Rumah kami terendam banjir.')).toBe('kritis');
  });
});
