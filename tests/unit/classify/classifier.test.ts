import { describe, expect, it } from 'vitest';
import { getClassifier, loadClassifier, maskPii } from '../../../src/classify/index.js';
import { loadConfig } from '../../../src/config.js';

/** The routing threshold below which a case goes to humas triage (src/routing/rules.ts). */
const triageBelow = loadConfig({}).CLASSIFY_MIN_CONFIDENCE;

describe('classifier with the trained model', () => {
  const classifier = getClassifier();

  it('labels a flood report with victims as bencana, kritis, with its region and model version', () => {
    const c = classifier.classify(
      'Banjir sepinggang di Samarinda, ada warga terjebak di atap, tolong segera kirim perahu!!',
    );
    expect(c).toMatchObject({ topic: 'bencana', urgency: 'kritis', type: 'pengaduan', region: 'samarinda' });
    expect(c.modelVersion).toBe(classifier.version);
    expect(c.confidence.topic).toBeGreaterThan(0);
    expect(c.confidence.topic).toBeLessThanOrEqual(1);
  });

  it('does not call a flood that is over kritis', () => {
    const c = classifier.classify(
      'banjir kemarin sudah surut, tidak ada korban, cuma sampah numpuk di jalan',
    );
    expect(c.urgency).not.toBe('kritis');
  });

  it('keeps an emergency asked as a question kritis, but not a question about aid', () => {
    const trapped = classifier.classify(
      'air udah sepinggang masuk rumah, anak2 kejebak di lantai atas, kapan tim evakuasi datang??',
    );
    expect(trapped.type).toBe('permintaan_informasi');
    expect(trapped.urgency).toBe('kritis');
    expect(classifier.classify('min, posko bantuan banjir terdekat di mana ya?').urgency).not.toBe('kritis');
  });

  it('labels a question as permintaan_informasi', () => {
    expect(classifier.classify('min, kapan pendaftaran PPDB SMP dibuka ya?').type).toBe(
      'permintaan_informasi',
    );
  });

  it('labels gambling promotion as spam, lainnya, rendah', () => {
    const c = classifier.classify('SLOT GACOR maxwin hari ini!! depo 10rb langsung WD, cek link di bio');
    expect(c).toMatchObject({ type: 'spam', topic: 'lainnya', urgency: 'rendah' });
  });

  it('reads a loan shark threatening now as a kritis complaint, though "pinjol" is a spam word', () => {
    const threat = classifier.classify(
      'tolong pak, debt collector pinjol ngancam mau bakar rumah kami malam ini, mereka udah nunggu di depan gang bawa parang',
    );
    expect(threat).toMatchObject({ type: 'pengaduan', urgency: 'kritis' });
    expect(threat.topic).not.toBe('lainnya');
    const advert = classifier.classify(
      'pinjol cepat cair tanpa jaminan, dijamin cair 5 menit, cek bio ya kak',
    );
    expect(advert).toMatchObject({ type: 'spam', topic: 'lainnya', urgency: 'rendah' });
  });

  it('returns PII spans that maskPii can hide', () => {
    const text = 'KTP saya 6472010101010001 belum jadi, hubungi 081234567890';
    const c = classifier.classify(text);
    expect(c.topic).toBe('kependudukan');
    expect(maskPii(text, c.pii)).toBe('KTP saya [NIK] belum jadi, hubungi [TELEPON]');
  });

  it('gives text with no known word the lainnya topic, low urgency and low confidence', () => {
    const c = classifier.classify('🙂🙂');
    expect(c.topic).toBe('lainnya');
    expect(['normal', 'rendah']).toContain(c.urgency);
    expect(c.confidence.topic).toBeLessThan(triageBelow);
  });

  it('explains a missing model file', () => {
    expect(() => loadClassifier('/nonexistent/classifier-v1.json')).toThrow();
  });
});
