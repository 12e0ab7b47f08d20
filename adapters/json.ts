// Small readers for untrusted webhook JSON, shared by every adapter. Platform ids can exceed 2^53, so the body is parsed with
// json-bigint (long numbers become strings) and every id is read back as a string.
import JSONbig from 'json-bigint';
import { decodeUtf8Strict, hostileJsonProblem } from '../src/security/hostile-json.js';

// A __proto__ or constructor key is an error, not silently dropped: the delivery is refused as a whole.
const bigintSafe = JSONbig({ storeAsString: true, protoAction: 'error', constructorAction: 'error' });

export type JsonObject = Record<string, unknown>;

/** A bare JSON number of 16+ digits (false positives inside strings only cost the slower parser). */
const LONG_NUMBER = /[:[,]\s*-?\d{16,}/;

/**
 * Parses an untrusted body: throws when it is not UTF-8, not JSON, nested too deep, or carries operator or
 * prototype keys (src/security/hostile-json.ts), so every adapter answers such a delivery with a 400.
 */
export function parseJsonBody(raw: Buffer | string): unknown {
  const text = typeof raw === 'string' ? raw : decodeUtf8Strict(raw);
  if (text === null) throw new Error('Isi permintaan bukan UTF-8 yang valid.');
  // json-bigint is ~15x slower than JSON.parse; Meta normally sends ids as strings, so use it only when needed.
  const value: unknown = LONG_NUMBER.test(text) ? bigintSafe.parse(text) : JSON.parse(text);
  const problem = hostileJsonProblem(value);
  if (problem) throw new Error(problem);
  return value;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function obj(value: unknown): JsonObject | undefined {
  return isObject(value) ? value : undefined;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** An id or text as a string; numbers (already exact if they came through parseJsonBody) are stringified. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return undefined;
}

/** A required id: throws so the caller records one problem for this item and goes on with the rest. */
export function requireId(value: unknown, what: string): string {
  const id = str(value);
  if (!id) throw new Error(`${what} is missing`);
  return id;
}

/** Coordinates may arrive as long-digit strings after bigint-safe parsing. */
export function num(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** Meta mixes unix seconds (feed, WhatsApp, as strings too) and milliseconds (messaging); tell them apart by size. */
export function toIso(value: unknown): string | undefined {
  const n = num(value);
  if (n === undefined || n <= 0) return undefined;
  const ms = n > 1e11 ? n : n * 1000;
  return new Date(ms).toISOString();
}

/** A flat string map without undefined values, for InboundMessage.meta. */
export function flatMeta(entries: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(entries))
    if (value !== undefined && value !== '') out[key] = value;
  return out;
}
