// Guards for untrusted JSON (webhooks and API bodies): valid UTF-8 only, bounded nesting, and no keys that read
// as database operators or prototype tricks. No platform and no Aspirasi client sends any of these, so refusing
// them costs nothing and keeps `{"$gt": ""}` or `{"__proto__": …}` from ever reaching a query or an object merge.
// Pure TS, no Node imports beyond TextDecoder (adapters and the API share it).

export const MAX_JSON_DEPTH = 64;
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of a body, or null when it is not valid UTF-8 (a BOM is kept, so JSON.parse refuses it). */
export function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Why a parsed JSON value is refused (Indonesian), or null when it is acceptable. */
export function hostileJsonProblem(value: unknown): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length) {
    const { value: node, depth } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= MAX_JSON_DEPTH) return `JSON terlalu dalam (lebih dari ${MAX_JSON_DEPTH} tingkat).`;
    if (Array.isArray(node)) {
      for (const item of node) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(node)) {
      if (key.startsWith('$')) return `Kunci "${key.slice(0, 40)}" tidak diizinkan (operator basis data).`;
      if (PROTOTYPE_KEYS.has(key)) return `Kunci "${key}" tidak diizinkan.`;
      stack.push({ value: (node as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return null;
}
