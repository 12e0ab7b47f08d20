// Turns text into model features: stemmed unigrams and bigrams over normalized, stopword-filtered tokens.
// Training and classification both go through analyzeText, so features always match.
import type { Word } from '../lexicon/match.js';
import { stemId, tokenizeId } from './natural.js';
import { cleanText, tokensOfCleaned } from './normalize.js';
import { STOPWORDS } from './stopwords.js';

export interface AnalyzedText {
  /** lowercased, cleaned text with punctuation (for surface cues) */
  cleaned: string;
  /** every normalized token with its stem (for lexicons, which need function words like "tidak") */
  words: Word[];
  /** stems of the content words (no stopwords, numbers or sentence breaks), in order: what features are of */
  content: string[];
  /** the tokenizer's tokens of the cleaned text with sentence breaks marked, before slang expansion */
  tokens: string[];
  /** the content words themselves (the scorer finds their ids through them, see TextWord) */
  contentWords: TextWord[];
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
/** A word as analyzeText makes it: one object per token, shared by every text (words are never modified but
 *  for the memo). `indexed`/`stemId` remember the id of the stem in the last feature index that looked it up
 *  (model/feature-index.ts), which saves a lookup in a large map per word and model. */
export interface TextWord extends Word {
  content: boolean;
  indexed: number;
  stemId: number;
  /** the danger cues' word-set bits (danger/cues.ts), -1 until first read */
  cueMask: number;
}

const textWords = new Map<string, TextWord>();
const TEXT_WORD_LIMIT = 200_000;

/** One lookup per token instead of the stem cache, the stopword list and a digits test. */
function wordOf(token: string): TextWord {
  let word = textWords.get(token);
  if (word === undefined) {
    const brk = token === SENTENCE_BREAK;
    const content = !brk && !STOPWORDS.has(token) && !DIGITS_RE.test(token);
    word = { token, stem: brk ? token : stemId(token), content, indexed: 0, stemId: -1, cueMask: -1 };
    if (textWords.size >= TEXT_WORD_LIMIT) textWords.clear();
    textWords.set(token, word);
  }
  return word;
}

const tokenWords = new Map<string, TextWord[]>();

/** The words one token of the tokenizer stands for (slang expands "yg" to "yang", "-an-" loses its hyphens):
 *  tokensOfCleaned of a single token, memoized, so a text costs one lookup per token. */
function wordsOf(token: string): TextWord[] {
  let words = tokenWords.get(token);
  if (words === undefined) {
    words = tokensOfCleaned(token).map(wordOf);
    if (tokenWords.size >= TEXT_WORD_LIMIT) tokenWords.clear();
    tokenWords.set(token, words);
  }
  return words;
}

export function analyzeText(text: string): AnalyzedText {
  const cleaned = cleanText(text.includes('\n') ? text.replace(/\r?\n/g, ' . ') : text);
  const words: TextWord[] = [];
  const content: string[] = [];
  const contentWords: TextWord[] = [];
  // As tokensOfCleaned(marked) (its tokens are the expansions of each tokenizer token, in order).
  const tokens = tokenizeId(cleaned.replace(SENTENCE_END_RE, ` ${SENTENCE_BREAK} `));
  for (const token of tokens) {
    for (const word of wordsOf(token)) {
      words.push(word);
      if (word.content) {
        content.push(word.stem);
        contentWords.push(word);
      }
    }
  }
  let features: string[] | undefined;
  return {
    cleaned,
    words,
    content,
    tokens,
    contentWords,
    get features() {
      return (features ??= ngramFeatures(content));
    },
  };
}

export function textFeatures(text: string): string[] {
  return analyzeText(text).features;
}
