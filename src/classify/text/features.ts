// Turns text into model features: stemmed unigrams and bigrams over normalized, stopword-filtered tokens.
// Training and classification both go through analyzeText, so features always match.
import type { Word } from '../lexicon/match.js';
import { stemId } from './natural.js';
import { cleanText, tokensOfCleaned } from './normalize.js';
import { STOPWORDS } from './stopwords.js';

export interface AnalyzedText {
  /** lowercased, cleaned text with punctuation (for surface cues) */
  cleaned: string;
  /** every normalized token with its stem (for lexicons, which need function words like "tidak") */
  words: Word[];
  /** stems of the content words (no stopwords, numbers or sentence breaks), in order: what features are of */
  content: string[];
  /** model features (built on first use: classification scores `content` by feature id instead) */
  readonly features: string[];
}

/** Unigrams and adjacent-pair bigrams ("a_b") of the stems. */
export function ngramFeatures(stems: readonly string[]): string[] {
  const features = stems.slice();
  for (let i = 1; i < stems.length; i++) features.push(stems[i - 1] + '_' + stems[i]);
  return features;
}

/** Sentence ends survive tokenizing as this marker word, so lexicons can keep negation within a sentence. */
export const SENTENCE_BREAK = 'qqbatasqq';
const SENTENCE_END_RE = /[.!?;]+(?=\s|$)|\n/g;

const DIGITS_RE = /^\d+$/;
const BREAK_WORD: Word = { token: SENTENCE_BREAK, stem: SENTENCE_BREAK };

/** What a token always gives: its word (shared between texts; words are never modified) and whether it is
 *  content. One lookup per token instead of the stem cache, the stopword list and a digits test. */
interface TokenInfo {
  word: Word;
  content: boolean;
}
const tokenInfo = new Map<string, TokenInfo>();
const TOKEN_INFO_LIMIT = 200_000;

function infoOf(token: string): TokenInfo {
  let info = tokenInfo.get(token);
  if (info === undefined) {
    const word = token === SENTENCE_BREAK ? BREAK_WORD : { token, stem: stemId(token) };
    const content = token !== SENTENCE_BREAK && !STOPWORDS.has(token) && !DIGITS_RE.test(token);
    info = { word, content };
    if (tokenInfo.size >= TOKEN_INFO_LIMIT) tokenInfo.clear();
    tokenInfo.set(token, info);
  }
  return info;
}

export function analyzeText(text: string): AnalyzedText {
  const cleaned = cleanText(text.includes('\n') ? text.replace(/\r?\n/g, ' . ') : text);
  const words: Word[] = [];
  const content: string[] = [];
  for (const token of tokensOfCleaned(cleaned.replace(SENTENCE_END_RE, ` ${SENTENCE_BREAK} `))) {
    const info = infoOf(token);
    words.push(info.word);
    if (info.content) content.push(info.word.stem);
  }
  let features: string[] | undefined;
  return {
    cleaned,
    words,
    content,
    get features() {
      return (features ??= ngramFeatures(content));
    },
  };
}

export function textFeatures(text: string): string[] {
  return analyzeText(text).features;
}
