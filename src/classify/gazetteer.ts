// Region detection from a gazetteer (data/gazetteer/<province>.json): names, abbreviations, districts and
// places, with longest-phrase matching and tolerance for misspellings. Other provinces load as more files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SENTENCE_BREAK } from './text/features.js';
import { cleanText } from './text/normalize.js';
import { isIndonesianWord, tokenizeId } from './text/natural.js';

interface GazetteerRegion {
  code: string;
  name: string;
  names: string[];
  aliases: string[];
  districts: string[];
  places: string[];
}
export interface GazetteerFile {
  province: string;
  needsContext?: string[];
  regions: GazetteerRegion[];
}
interface Entry {
  code: string;
  weight: number;
  needsContext: boolean;
}
export interface RegionMatch {
  region: string | null;
  confidence: number;
}

const DEFAULT_FILES = [fileURLToPath(new URL('../../data/gazetteer/kalimantan_timur.json', import.meta.url))];
const CONTEXT_WORDS = new Set([
  'kecamatan',
  'kec',
  'kelurahan',
  'kel',
  'desa',
  'ds',
  'kampung',
  'dusun',
  'kab',
  'kabupaten',
]);
const MAX_PHRASE = 4;
const WEIGHTS = { names: 1, aliases: 0.95, districts: 0.9, places: 0.8 } as const;

function words(text: string): string[] {
  return tokenizeId(cleanText(text).replace(/-/g, ' '));
}

export class Gazetteer {
  private readonly phrases = new Map<string, Entry>();
  /** First words of all phrases: most tokens start none, and skip the phrase lookups. */
  private readonly starts = new Set<string>();
  /** Misspelling candidates keyed by first letter: spaceless names of 6+ letters (aliases excluded). */
  private readonly fuzzy = new Map<string, { key: string; entry: Entry }[]>();
  private readonly fuzzyCache = new Map<string, Entry | null>();
  /** Single-word names of 5+ letters, found inside run-together hashtags ("banjirsamarinda"). */
  private readonly embeddable: { name: string; entry: Entry }[] = [];
  /** First words of multi-word names: a misspelled two-word name is only looked for after one of them. */
  private readonly firstWords = new Set<string>();

  constructor(files: readonly GazetteerFile[]) {
    for (const file of files) {
      const ambiguous = new Set(file.needsContext ?? []);
      for (const region of file.regions) {
        for (const field of ['names', 'aliases', 'districts', 'places'] as const) {
          // Misspellings are matched for names and districts only: places are many, and common words sit
          // one letter away from some of them ("sepinggang", waist-deep, vs Sepinggan).
          const fuzzy = field === 'names' || field === 'districts';
          for (const phrase of region[field]) this.add(phrase, region.code, WEIGHTS[field], ambiguous, fuzzy);
        }
      }
    }
  }

  private add(phrase: string, code: string, weight: number, ambiguous: Set<string>, fuzzy: boolean): void {
    const key = words(phrase).join(' ');
    const entry = { code, weight, needsContext: ambiguous.has(phrase) };
    if (fuzzy && key.includes(' ')) this.firstWords.add(key.split(' ')[0]);
    const existing = this.phrases.get(key);
    if (!existing || existing.weight < weight) this.phrases.set(key, entry);
    this.starts.add(key.split(' ')[0]);
    const joined = key.replace(/ /g, '');
    if (!this.phrases.has(joined)) {
      this.phrases.set(joined, entry);
      this.starts.add(joined);
    }
    if (
      fuzzy &&
      !key.includes(' ') &&
      key.length >= 5 &&
      !entry.needsContext &&
      weight >= WEIGHTS.districts
    ) {
      this.embeddable.push({ name: key, entry: { ...entry, weight: weight * 0.8 } });
    }
    if (fuzzy && joined.length >= 6 && !entry.needsContext) {
      const bucket = this.fuzzy.get(joined[0]) ?? [];
      bucket.push({ key: joined, entry: { ...entry, weight: weight * 0.8 } });
      this.fuzzy.set(joined[0], bucket);
    }
  }

  private fuzzyLookup(candidate: string, embedded: boolean): Entry | null {
    if (candidate.length < 6) return null; // too short to be a misspelled name or to hold one (see below)
    const cacheKey = embedded ? candidate : ' ' + candidate;
    const cached = this.fuzzyCache.get(cacheKey);
    if (cached !== undefined) return cached;
    let best: Entry | null = null;
    if (embedded && candidate.length >= 9) {
      const inside = this.embeddable.find((e) => candidate.startsWith(e.name) || candidate.endsWith(e.name));
      if (inside) best = inside.entry;
    }
    if (!best && candidate.length >= 6) {
      const maxDistance = candidate.length >= 9 ? 2 : 1;
      for (const { key, entry } of this.fuzzy.get(candidate[0]) ?? []) {
        if (Math.abs(key.length - candidate.length) > maxDistance) continue;
        if (editDistance(candidate, key, maxDistance) <= maxDistance) {
          best = entry;
          break;
        }
      }
    }
    // A real word near a place ("anggaran" vs Anggana, "penajaman" vs Penajam) is that word. Checked only after
    // a near match, since the check stems the token.
    if (best && embedded && isIndonesianWord(candidate)) best = null;
    if (this.fuzzyCache.size > 300_000) this.fuzzyCache.clear();
    this.fuzzyCache.set(cacheKey, best);
    return best;
  }

  /** Words that start no name, no two-word misspelling and are no misspelled name (most words): one lookup
   *  skips them, instead of the three checks in matchTokens. */
  private readonly plain = new Set<string>();

  private isPlain(token: string): boolean {
    if (this.plain.has(token)) return true;
    if (this.starts.has(token) || this.firstWords.has(token) || this.fuzzyLookup(token, true)) return false;
    if (this.plain.size > 300_000) this.plain.clear();
    this.plain.add(token);
    return true;
  }

  /** Scores every region mentioned; the best-supported one wins, ties go to the first mention. */
  match(text: string): RegionMatch {
    return this.matchTokens(words(text));
  }

  /** As match, over the words of a text already cleaned (see regionOfCleaned). */
  matchTokens(tokens: readonly string[]): RegionMatch {
    const scores = new Map<string, { score: number; best: number }>();
    const credit = (entry: Entry) => {
      const s = scores.get(entry.code) ?? { score: 0, best: 0 };
      s.score += entry.weight;
      s.best = Math.max(s.best, entry.weight);
      scores.set(entry.code, s);
    };
    for (let i = 0; i < tokens.length;) {
      if (this.isPlain(tokens[i])) {
        i++;
        continue;
      }
      let consumed = 0;
      const longest = this.starts.has(tokens[i]) ? Math.min(MAX_PHRASE, tokens.length - i) : 0;
      for (let n = longest; n >= 1 && !consumed; n--) {
        const entry = this.phrases.get(tokens.slice(i, i + n).join(' '));
        if (!entry) continue;
        if (entry.needsContext && !CONTEXT_WORDS.has(tokens[i - 1] ?? '')) continue;
        credit(entry);
        consumed = n;
      }
      if (!consumed) {
        const pair =
          i + 1 < tokens.length && this.firstWords.has(tokens[i])
            ? this.fuzzyLookup(tokens[i] + tokens[i + 1], false)
            : null;
        const single = pair ? null : this.fuzzyLookup(tokens[i], true);
        if (pair) credit(pair);
        else if (single) credit(single);
        consumed = pair ? 2 : 1;
      }
      i += consumed;
    }
    let winner: string | null = null;
    let top = { score: 0, best: 0 };
    let total = 0;
    for (const [code, s] of scores) {
      total += s.score;
      if (s.score > top.score) [winner, top] = [code, s];
    }
    return { region: winner, confidence: winner ? round(top.best * (top.score / total)) : 1 };
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Levenshtein distance with adjacent transpositions, giving up once past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prevPrev[j - 2] + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return rowMin;
    [prevPrev, prev] = [prev, row];
  }
  return prev[b.length];
}

export function loadGazetteer(files: readonly string[] = DEFAULT_FILES): Gazetteer {
  return new Gazetteer(files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as GazetteerFile));
}

let shared: Gazetteer | null = null;
export function matchRegion(text: string): RegionMatch {
  shared ??= loadGazetteer();
  return shared.match(text);
}

/** regionOfCleaned from the classifier's tokens (text/features.ts): the runs of a-z, 0-9 and '-' of the cleaned
 *  text with sentence-break markers between them. Without the markers and split at '-', they are the runs of
 *  a-z and 0-9, the same strings (already hashed by the classifier's lookups) without a second regex pass.
 *  A text that itself contains the marker word is read by regionOfCleaned. */
export function regionOfTokens(cleaned: string, tokens: readonly string[]): RegionMatch {
  if (cleaned.includes(SENTENCE_BREAK)) return regionOfCleaned(cleaned);
  const words: string[] = [];
  for (const token of tokens) {
    if (token === SENTENCE_BREAK) continue;
    if (!token.includes('-')) words.push(token);
    else for (const part of token.split('-')) if (part) words.push(part);
  }
  shared ??= loadGazetteer();
  return shared.matchTokens(words);
}

const ALNUM_RUN_RE = /[a-z0-9]+/g;

/** matchRegion for the classifier, which has cleaned the text already (text/features.ts cleans it with line
 *  breaks turned into " . "). The gazetteer's words are the runs of a-z and 0-9 of the cleaned text (the
 *  tokenizer's runs with '-' split): cleaning acts on the same runs whether a line break or " . " separates
 *  them, so these are the words matchRegion(text) reads. */
export function regionOfCleaned(cleaned: string): RegionMatch {
  shared ??= loadGazetteer();
  return shared.matchTokens(cleaned.match(ALNUM_RUN_RE) ?? []);
}
