// Turns text into model features: stemmed unigrams and bigrams over normalized, stopword-filtered tokens.
import { stemId } from './natural.js';
import { normalizeTokens } from './normalize.js';
import { STOPWORDS } from './stopwords.js';

/** Stemmed content words of a text, in order (numbers and stopwords removed). */
export function contentStems(text: string): string[] {
  const stems: string[] = [];
  for (const token of normalizeTokens(text)) {
    if (STOPWORDS.has(token) || /^\d+$/.test(token)) continue;
    stems.push(stemId(token));
  }
  return stems;
}

/** Unigrams and adjacent-pair bigrams ("a_b") of the stems. */
export function ngramFeatures(stems: readonly string[]): string[] {
  const features = stems.slice();
  for (let i = 1; i < stems.length; i++) features.push(stems[i - 1] + '_' + stems[i]);
  return features;
}

export function textFeatures(text: string): string[] {
  return ngramFeatures(contentStems(text));
}
