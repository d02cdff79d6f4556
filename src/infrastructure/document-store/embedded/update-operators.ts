import { update as mingoUpdate } from 'mingo';
import { Update } from '../document-store.port';
import { cloneJson, getPath, setPath } from './json-path';

type Operator = (doc: Record<string, any>, path: string, value: any) => void;

/**
 * The update operators projections use on every event, applied directly. mingo's `update` builds a
 * fresh operator context per call, which dominated projection catch-up; anything outside this fast
 * path (positional paths, $each modifiers, conditional $pull, other operators) still goes to mingo.
 * update-operators.spec.ts checks both paths agree.
 */
const FAST: Record<string, Operator> = {
  $set: (doc, path, value) => setPath(doc, path, cloneJson(value)),
  $unset: (doc, path) => unsetPath(doc, path),
  $inc: (doc, path, value) => {
    const current = getPath(doc, path);
    if (current !== undefined && typeof current !== 'number') throw new Error(`Cannot apply $inc to non-numeric field ${path}`);
    setPath(doc, path, ((current as number | undefined) ?? 0) + value);
  },
  $min: (doc, path, value) => {
    const current = getPath(doc, path) as any;
    if (current === undefined || value < current) setPath(doc, path, cloneJson(value));
  },
  $max: (doc, path, value) => {
    const current = getPath(doc, path) as any;
    if (current === undefined || value > current) setPath(doc, path, cloneJson(value));
  },
  $push: (doc, path, value) => {
    const items = value !== null && typeof value === 'object' && '$each' in value ? value.$each : [value];
    setPath(doc, path, [...arrayAt(doc, path, '$push'), ...items.map(cloneJson)]);
  },
  $addToSet: (doc, path, value) => {
    const items: unknown[] = value !== null && typeof value === 'object' && '$each' in value ? value.$each : [value];
    const next = [...arrayAt(doc, path, '$addToSet')];
    for (const item of items) if (!next.includes(item)) next.push(item);
    setPath(doc, path, next);
  },
  $pull: (doc, path, value) => {
    const current = getPath(doc, path);
    if (Array.isArray(current)) setPath(doc, path, current.filter((item) => item !== value));
  },
};

export function applyUpdate(doc: Record<string, any>, modifier: Update): void {
  if (!isFastPath(modifier)) {
    mingoUpdate(doc, modifier);
    return;
  }
  for (const [operator, fields] of Object.entries(modifier)) {
    const apply = FAST[operator];
    for (const [path, value] of Object.entries(fields as Record<string, unknown>)) apply(doc, path, value);
  }
}

function isFastPath(modifier: Update): boolean {
  for (const [operator, fields] of Object.entries(modifier)) {
    if (!FAST[operator] || fields === null || typeof fields !== 'object') return false;
    for (const [path, value] of Object.entries(fields)) {
      if (path.includes('$')) return false;
      const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
      if ((operator === '$push' || operator === '$addToSet') && isObject && Object.keys(value).some((k) => k !== '$each')) return false;
      if ((operator === '$addToSet' || operator === '$pull') && value !== null && typeof value === 'object' && !('$each' in value && (value.$each as unknown[]).every(isPrimitive))) return false;
      if (operator === '$pull' && !isPrimitive(value)) return false;
      if ((operator === '$min' || operator === '$max') && !isPrimitive(value)) return false;
    }
  }
  return true;
}

function isPrimitive(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function arrayAt(doc: Record<string, any>, path: string, operator: string): unknown[] {
  const current = getPath(doc, path);
  if (current === undefined || current === null) return [];
  if (!Array.isArray(current)) throw new Error(`Cannot apply ${operator} to non-array field ${path}`);
  return current;
}

function unsetPath(doc: Record<string, any>, path: string): void {
  const parts = path.split('.');
  let target: any = doc;
  for (const part of parts.slice(0, -1)) {
    target = target?.[part];
    if (target === null || typeof target !== 'object') return;
  }
  delete target[parts[parts.length - 1]];
}
