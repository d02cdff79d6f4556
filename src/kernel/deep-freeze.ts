/**
 * Freezes a value and everything it holds (events and folded states handed to several readers are
 * shared objects). `Object.freeze` leaves a Set's or Map's entries changeable, so those get methods
 * that refuse, as a frozen object's assignment does: a shared state cannot be changed in place by
 * any route.
 */
export function deepFreeze<T>(value: T): T {
  if (!value || typeof value !== 'object' || Object.isFrozen(value)) return value;
  if (value instanceof Set || value instanceof Map) {
    for (const method of value instanceof Set ? SET_WRITES : MAP_WRITES) Object.defineProperty(value, method, { value: refuse(method), enumerable: false });
    for (const entry of value instanceof Set ? value.values() : value.entries()) deepFreeze(entry);
  }
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}

const SET_WRITES = ['add', 'delete', 'clear'] as const;
const MAP_WRITES = ['set', 'delete', 'clear'] as const;

function refuse(method: string): () => never {
  return () => {
    throw new TypeError(`Cannot ${method}: the collection is frozen (a shared event or state)`);
  };
}
