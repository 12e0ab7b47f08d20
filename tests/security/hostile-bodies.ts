// Generators of hostile request bodies for the fuzzer (fast-check arbitraries). Each body is invalid by
// construction — not JSON, cut short, wrongly encoded, an operator or prototype key somewhere, nested too deep,
// or not an object — so the only right answer is a 4xx with nothing stored.
import fc from 'fast-check';

export interface HostileBody {
  kind: string;
  body: Buffer;
}

type Json = unknown;
type Path = (string | number)[];

function paths(value: Json, prefix: Path = [], onlyObjects = false): Path[] {
  const isContainer = typeof value === 'object' && value !== null;
  const here = !onlyObjects || (isContainer && !Array.isArray(value)) ? [prefix] : [];
  if (!isContainer) return here;
  const children = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value as object);
  return [...here, ...children.flatMap(([k, v]) => paths(v, [...prefix, k], onlyObjects))];
}

function setAt(value: Json, path: Path, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1]!] = replacement;
  return copy;
}

const isJsonObject = (text: string) => {
  try {
    const v = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
};

const OPERATORS: Json[] = [
  { $gt: '' },
  { $ne: null },
  { $where: 'sleep(5000) || true' },
  { $regex: '.*', $options: 'i' },
  { $in: ['a', 'b'] },
  { $expr: { $eq: [1, 1] } },
  { $set: { role: 'admin' } },
  { nested: { $exists: true } },
];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];
const SCRIPTS = [
  '<script>alert(document.cookie)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  "javascript:alert('x')",
];
const MARK = '__DEEP__';

export function hostileBodies(template: Json): fc.Arbitrary<HostileBody> {
  const json = JSON.stringify(template);
  const all = paths(template);
  const objects = paths(template, [], true);
  const strings = all.filter((p) => typeof p.reduce<Json>((v, k) => (v as never)[k], template) === 'string');
  const text = (kind: string) => (s: string) => ({ kind, body: Buffer.from(s) });

  const notJson = fc
    .oneof(
      fc.string({ maxLength: 300 }),
      fc.constantFrom(...SCRIPTS, '', ' ', 'undefined', "{'a':1}", '{"a":', '}{'),
    )
    .filter((s) => !isJsonObject(s))
    .map(text('not-json'));
  const randomBytes = fc
    .uint8Array({ minLength: 1, maxLength: 400 })
    .map((b) => Buffer.from(b))
    .filter((b) => !isJsonObject(b.toString('utf8')))
    .map((body) => ({ kind: 'random-bytes', body }));
  const notObject = fc
    .oneof(
      fc.constantFrom('null', 'true', '1e999', '-1e999', '123456789012345678901234567890', '"text"', '[]'),
      fc
        .jsonValue()
        .filter((v) => typeof v !== 'object' || v === null || Array.isArray(v))
        .map((v) => JSON.stringify(v)),
      fc.constant(JSON.stringify([template])),
    )
    .map(text('not-an-object'));
  const truncated = fc
    .integer({ min: 1, max: json.length - 1 })
    .map((i) => text('truncated')(json.slice(0, i)));
  const encodings = fc.oneof(
    fc.constant({ kind: 'utf-16le', body: Buffer.from(json, 'utf16le') }),
    fc.constant({ kind: 'utf-16be', body: Buffer.from(json, 'utf16le').swap16() }),
    fc.constant({ kind: 'bom', body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]) }),
    fc.constantFrom(...strings).map((p) => ({
      kind: 'latin-1',
      body: Buffer.from(JSON.stringify(setAt(template, p, 'Jalan rusak di café Tenggarong, ñ')), 'latin1'),
    })),
    fc
      .tuple(
        fc.constantFrom(...strings),
        fc.constantFrom([0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff], [0xe2, 0x82]),
      )
      .map(([p, bytes]) => {
        const [before, after] = JSON.stringify(setAt(template, p, MARK)).split(MARK);
        return {
          kind: 'invalid-utf-8',
          body: Buffer.concat([Buffer.from(before!), Buffer.from(bytes), Buffer.from(after!)]),
        };
      }),
  );
  const operator = fc
    .tuple(fc.constantFrom(...all), fc.constantFrom(...OPERATORS))
    .map(([p, op]) => text('operator')(JSON.stringify(setAt(template, p, op))));
  const prototype = fc
    .tuple(fc.constantFrom(...objects), fc.constantFrom(...PROTOTYPE_KEYS), fc.constantFrom(...SCRIPTS))
    .map(([p, key, script]) => {
      const target = p.reduce<Json>((v, k) => (v as never)[k], template) as object;
      // JSON.stringify drops a __proto__ own key set by assignment; write it into the text instead.
      const withMark = JSON.stringify(setAt(template, p, { ...target, [MARK]: 1 }));
      const payload = JSON.stringify({ polluted: 'ya', isAdmin: true, prototype: { polluted: script } });
      return text('prototype')(withMark.replace(`"${MARK}":1`, `"${key}":${payload}`));
    });
  const deep = fc
    .tuple(fc.constantFrom(...all), fc.integer({ min: 65, max: 20_000 }), fc.boolean())
    .map(([p, depth, arrays]) => {
      const nest = arrays
        ? '['.repeat(depth) + ']'.repeat(depth)
        : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
      return text('deep')(JSON.stringify(setAt(template, p, MARK)).replace(`"${MARK}"`, nest));
    });

  return fc.oneof(notJson, randomBytes, notObject, truncated, encodings, operator, prototype, deep);
}

/** Bodies over the 1 MiB limit: 413 before anything reads them. */
export const oversized = (template: Json): HostileBody[] =>
  [1, 5, 50].map((extraKb) => ({
    kind: 'oversized',
    body: Buffer.from(
      JSON.stringify({ ...(template as object), pad: 'x'.repeat(1024 * 1024 + extraKb * 1024) }),
    ),
  }));

/** Path and query values a citizen or a scanner might send to the public GET endpoints. */
export const hostileStrings = fc.oneof(
  fc.string({ minLength: 1, maxLength: 200 }),
  fc.constantFrom(
    ...SCRIPTS,
    '../../etc/passwd',
    '%00',
    '{"$gt":""}',
    'ASP-2026-00000%',
    '\u202e\u0000',
    'A'.repeat(5000),
  ),
);
