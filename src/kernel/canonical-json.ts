/**
 * RFC 8785 (JSON Canonicalization Scheme) for the JSON values events carry: object keys sorted by
 * UTF-16 code units, no whitespace, numbers and strings as ECMAScript's JSON.stringify writes them
 * (which is what JCS specifies). Undefined properties are omitted, as in JSON.
 *
 * Written here rather than taken from the `canonicalize` package because hashing sits on the append
 * and verification hot paths; canonical-json.spec.ts checks it against that package.
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`JCS cannot represent ${value}`);
      return JSON.stringify(value);
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return canonicalJson((value as { toJSON(): unknown }).toJSON());
      return canonicalObject(value as Record<string, unknown>);
    default:
      throw new Error(`JCS cannot represent a ${typeof value}`);
  }
}

function canonicalObject(object: Record<string, unknown>): string {
  let out = '';
  for (const key of Object.keys(object).sort()) {
    const item = object[key];
    if (item === undefined) continue;
    out += `${out ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `{${out}}`;
}
