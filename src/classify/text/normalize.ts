// Normalization of social-media Indonesian before tokenizing: lowercase, URLs, mentions, hashtags, emoji,
// elongations ("bangeeet"), "2" reduplication ("anak2"), then the project's slang dictionary per token.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokenizeId } from './natural.js';

const SLANG_FILE = fileURLToPath(new URL('../../../data/slang/id.json', import.meta.url));

function loadSlang(): Map<string, string> {
  const raw = JSON.parse(readFileSync(SLANG_FILE, 'utf8')) as Record<string, string>;
  const map = new Map<string, string>();
  for (const [key, value] of Object.entries(raw)) if (!key.startsWith('_')) map.set(key, value);
  return map;
}

export const SLANG: ReadonlyMap<string, string> = loadSlang();

/** Emoji that carry meaning for urgency or type; every other emoji is dropped. */
const EMOJI_WORDS: Record<string, string> = {
  '🔥': ' api ',
  '🚒': ' kebakaran ',
  '🌊': ' banjir ',
  '🆘': ' darurat ',
  '🚑': ' ambulans ',
  '⚠': ' bahaya ',
  '🙏': ' mohon ',
  '👍': ' bagus ',
  '👏': ' bagus ',
  '❤': ' terima kasih ',
  '😡': ' kesal ',
  '🤬': ' kesal ',
  '😭': ' sedih ',
  '❓': ' ? ',
};

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/g;
const MENTION_RE = /@([a-z0-9_.]+)/g;
const HASHTAG_RE = /#([a-z0-9_]+)/g;
const EMOJI_RE = /\p{Extended_Pictographic}/gu;
const ELONGATION_RE = /([a-z])\1{2,}/g;
const ODD_SPACE_RE = /\s\s|[^\S ]/;
const REDUPLICATION_RE = /\b([a-z]{2,})2\b/g;

const NON_ASCII_RE = /[^ -~\t\n\r\f\v]/; // anything but printable ASCII and whitespace controls

/** Lowercased, cleaned text (same script, still with punctuation) — used by lexicons and the tokenizer.
 *  Each pass runs only when its trigger can be in the text (most messages have no URL, emoji or "bangeeet"):
 *  skipping a pass that cannot match leaves the text as that pass would. */
export function cleanText(text: string): string {
  const nonAscii = NON_ASCII_RE.test(text);
  let s = (nonAscii ? text.normalize('NFKC') : text).toLowerCase();
  if (s.includes('http') || s.includes('www.')) s = s.replace(URL_RE, ' tautan ');
  if (s.includes('@'))
    s = s.replace(MENTION_RE, (_m, handle: string) => ' ' + handle.replace(/[_.]/g, ' ') + ' ');
  if (s.includes('#')) s = s.replace(HASHTAG_RE, (_m, tag: string) => ' ' + tag.replace(/_/g, ' ') + ' ');
  if (nonAscii) s = s.replace(EMOJI_RE, (e) => EMOJI_WORDS[e] ?? ' ');
  // Squash "bangeeet" but keep dictionary words with real triples ("pppk"); a triple lies inside one word.
  if (hasTripledLetter(s))
    s = s.replace(/[a-z]+/g, (w) => (SLANG.has(w) ? w : w.replace(ELONGATION_RE, '$1')));
  if (s.includes('2')) s = s.replace(REDUPLICATION_RE, '$1 $1');
  // Collapsing changes the text only where whitespace is doubled or is not a plain space.
  return (ODD_SPACE_RE.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
}

/** Whether three equal letters a-z follow each other (what ELONGATION_RE needs): a loop over char codes, where
 *  a regex with a back-reference took a third of cleaning. */
function hasTripledLetter(s: string): boolean {
  let run = 1;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    run = c === s.charCodeAt(i - 1) && c >= 97 && c <= 122 ? run + 1 : 1;
    if (run === 3) return true;
  }
  return false;
}

/** Tokens after cleaning and slang expansion (not yet stemmed or stopword-filtered). */
export function normalizeTokens(text: string): string[] {
  return tokensOfCleaned(cleanText(text));
}

/** Slang expansions as word lists, split once. */
const EXPANSIONS = new Map([...SLANG].map(([k, v]) => [k, v ? v.split(' ') : []]));
const HYPHEN = 45;

/** As normalizeTokens, for text that already went through cleanText. */
export function tokensOfCleaned(cleaned: string): string[] {
  const out: string[] = [];
  for (const token of tokenizeId(cleaned)) {
    const hyphenated = token.charCodeAt(0) === HYPHEN || token.charCodeAt(token.length - 1) === HYPHEN;
    const word = hyphenated ? token.replace(/^-+|-+$/g, '') : token;
    if (!word) continue;
    const expansion = EXPANSIONS.get(word);
    if (expansion === undefined) out.push(word);
    else for (const w of expansion) out.push(w);
  }
  return out;
}

/** Normalized words joined by spaces: the form lexicon phrases are matched against. */
export function normalizeText(text: string): string {
  return normalizeTokens(text).join(' ');
}
