import { PositionHolder } from './position-holder.schema';

export type HolderDoc = PositionHolder & { _id: string };

/** One change to a position's document; an event's edits apply in order, each to what the previous one left. */
export type Edit = (doc: HolderDoc) => HolderDoc;

export function addHolder(employeeId: string, since: string): Edit {
  return (doc) => ({ ...doc, holders: [...doc.holders.filter((h) => h.employeeId !== employeeId), { employeeId, since }] });
}

export function removeHolder(employeeId: string): Edit {
  return (doc) => ({ ...doc, holders: doc.holders.filter((h) => h.employeeId !== employeeId) });
}
