import { ActingKind } from '../domain/organisation.vocabulary';
import type { ActingAssignment, PositionHolders } from './pejabat-penilai';

/** Who fills a position on a day: the employee (null when vacant) and, for a Plt/Plh, the kind of acting. */
export interface Occupant {
  readonly employeeId: string | null;
  readonly acting?: ActingKind;
}

/** Calendar day of an ISO date or timestamp: acting terms and `since` count in whole days. */
export function dayOf(isoDateOrTime: string): string {
  return isoDateOrTime.slice(0, 10);
}

/** The definitive holder (pejabat definitif) on `day`, if any: the person whose own jabatan this is. */
export function definitiveHolderOn(holders: PositionHolders, positionId: string, day: string): string | null {
  const holder = holders[positionId]?.holder;
  return holder && dayOf(holder.since) <= day ? holder.employeeId : null;
}

/**
 * Who acts in the position on `day`. A valid Plt/Plh wins over the definitive holder: a Plh is only
 * appointed while the holder cannot act, a Plt while the post is vacant or the holder is permanently
 * unable (SE Kepala BKN 1/SE/I/2021 on Plh/Plt authority), and both terms are time-bounded.
 */
export function occupantOn(holders: PositionHolders, positionId: string, day: string): Occupant {
  const acting = currentActing(holders[positionId]?.acting ?? [], day);
  if (acting) return { employeeId: acting.employeeId, acting: acting.kind };
  return { employeeId: definitiveHolderOn(holders, positionId, day) };
}

/** The acting assignment valid on `day` (from and until inclusive); the latest-started wins, a Plt before a Plh. */
function currentActing(assignments: readonly ActingAssignment[], day: string): ActingAssignment | undefined {
  const valid = assignments.filter((a) => dayOf(a.from) <= day && day <= dayOf(a.until));
  return [...valid].sort((a, b) => dayOf(b.from).localeCompare(dayOf(a.from)) || (a.kind === 'PLT' ? -1 : b.kind === 'PLT' ? 1 : 0))[0];
}
