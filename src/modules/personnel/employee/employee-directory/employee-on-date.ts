import { IsoDate } from '@kernel/calendar-date';
import { fold } from '@kernel/decider';
import { ActingKind, careerTimeline, EmployeeEvent, EmployeeStatus, employeeDecider, EmploymentType, inForceOn, isRegistered } from '../domain';
import { instansiIdOf } from '@modules/organisation';
import { Sex } from '@modules/shared/sex';
import { isActiveOn } from '../domain/hukdis';

/** Where an employee is on a date, as other modules need it (appraisals, training, leave…). */
export interface EmployeeOnDate {
  readonly employeeId: string;
  readonly name: string;
  /** NIP (PNS) or NI PPPK: not a secret (DOMAIN.md §2 rule 23); printed on letters such as the surat izin cuti. */
  readonly identifier: string;
  readonly employmentType: EmploymentType;
  readonly instansiId: string;
  readonly unitId: string;
  /** The definitive jabatan (position id in the organisation tree). */
  readonly positionId: string;
  readonly golongan: string;
  readonly status: EmployeeStatus;
  /** TMT CPNS (PNS) or the start of the first PPPK contract: where masa kerja counts from. */
  readonly tmt: IsoDate;
  readonly sex: Sex;
  /** Plt/Plh assignments running on the date. */
  readonly acting: readonly { readonly kind: ActingKind; readonly positionId: string; readonly unitId: string }[];
  /** A hukuman disiplin in force on the date (DOMAIN checklist 20: it blocks KP and awards). */
  readonly hukdisActive: boolean;
}

/**
 * The date from which an event holds: the TMT or effective date its SK names. Events without one
 * (corrections, identifiers, awards…) hold for the whole record: a correction fixes the past too.
 */
function effectiveFrom(event: EmployeeEvent): IsoDate | undefined {
  switch (event.type) {
    case 'personnel.EmployeeRegistered':
    case 'personnel.EmployeePromoted':
      return event.data.tmt;
    case 'personnel.EmployeeTransferred':
    case 'personnel.EmployeeRetired':
      return event.data.effectiveDate;
    default:
      return undefined;
  }
}

/**
 * The record as it stood on `onDate`: the stream folded without the events that take effect later
 * (a registration before its TMT: not employed yet; a transfer or promotion before its TMT: still in
 * the old place or golongan; a retirement before its date: still active).
 */
export function employeeOnDate(events: readonly EmployeeEvent[], onDate: IsoDate): EmployeeOnDate | null {
  const inForce = events.filter((event) => (effectiveFrom(event) ?? onDate) <= onDate);
  const state = fold(employeeDecider, inForce);
  if (!isRegistered(state)) return null;
  // Riwayat (imported with their TMT) say where the employee was before the registration's values;
  // without an entry on the date, the earliest value the record knows stands.
  const timeline = careerTimeline(events);
  const post = inForceOn(timeline.positions, onDate)?.value ?? { unitId: state.unitId, positionId: state.positionId };
  const golongan = inForceOn(timeline.golongan, onDate)?.value ?? state.golongan;
  return {
    employeeId: state.employeeId,
    name: state.name,
    identifier: state.identifier,
    employmentType: state.employmentType,
    instansiId: instansiIdOf(post.unitId),
    unitId: post.unitId,
    positionId: post.positionId,
    golongan,
    status: state.status,
    tmt: state.tmt,
    sex: state.sex,
    acting: state.acting
      .filter((a) => a.from <= onDate && onDate <= (a.endedOn ?? a.until))
      .map(({ kind, positionId, unitId }) => ({ kind, positionId, unitId })),
    hukdisActive: state.hukdis.some((h) => isActiveOn(h, onDate)),
  };
}
