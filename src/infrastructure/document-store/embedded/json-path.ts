/** Small helpers over plain JSON documents (dotted paths, deep copies). */

export function getPath(doc: Record<string, any>, path: string): unknown {
  if (!path.includes('.')) return doc[path];
  let value: any = doc;
  for (const part of path.split('.')) {
    if (value === null || value === undefined) return undefined;
    value = value[part];
  }
  return value;
}

export function setPath(doc: Record<string, any>, path: string, value: unknown): void {
  const parts = path.split('.');
  let target: any = doc;
  for (const part of parts.slice(0, -1)) {
    if (target[part] === undefined || target[part] === null) target[part] = {};
    target = target[part];
  }
  target[parts[parts.length - 1]] = value;
}

/** Deep copy of a JSON-like value; faster than structuredClone for small documents. */
export function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = cloneJson((value as Record<string, unknown>)[key]);
  return copy as T;
}
