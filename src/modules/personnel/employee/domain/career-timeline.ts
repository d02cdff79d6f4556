import { IsoDate } from '@kernel/calendar-date';
import { EmployeeEvent } from './employee.events';

/** Where a value of the timeline comes from. */
export const CareerSource = { RIWAYAT: 'RIWAYAT', REGISTRATION: 'REGISTRATION', PROMOTION: 'PROMOTION', TRANSFER: 'TRANSFER' } as const;
export type CareerSource = (typeof CareerSource)[keyof typeof CareerSource];

/** One value held from `since` (its TMT: valid time) until the day before the next entry's `since`. */
export interface TimelineEntry<T> {
  readonly value: T;
  readonly since: IsoDate;
  readonly source: CareerSource;
}

export interface CareerTimeline {
  readonly golongan: readonly TimelineEntry<string>[];
  readonly positions: readonly TimelineEntry<{ readonly unitId: string; readonly positionId: string }>[];
  /** Education levels by graduation date (riwayat pendidikan); the recorded education closes the list undated. */
  readonly education: readonly TimelineEntry<string>[];
  /** The recorded (highest) education, whatever its date. */
  readonly currentEducation: string | null;
}

/** `type#ordinal` of every career action a pembatalan annulled (the n-th event of its type in the stream). */
function annulledActions(events: readonly EmployeeEvent[]): Set<string> {
  const annulled = new Set<string>();
  for (const event of events) if (event.type === 'personnel.CareerActionAnnulled') annulled.add(`${event.data.annulled.type}#${event.data.annulled.ordinal}`);
  return annulled;
}

/** An SK ralat of the golongan term replaces the entry it corrects (the past included), or adds the corrected term. */
function correctGolongan(golongan: TimelineEntry<string>[], from: { golongan: string; golonganTmt: IsoDate }, to: { golongan: string; golonganTmt: IsoDate }): void {
  const at = golongan.findIndex((entry) => entry.value === from.golongan && entry.since === from.golonganTmt);
  const corrected = { value: to.golongan, since: to.golonganTmt, source: at >= 0 ? golongan[at].source : CareerSource.REGISTRATION };
  if (at >= 0) golongan[at] = corrected;
  else golongan.push(corrected);
}

/**
 * The career by valid time (TMT), whatever order the events were recorded in: riwayat taken over by
 * an import, the registration's current golongan (from its TMT golongan) and post (from its TMT
 * jabatan, else the employment TMT), then promotions and transfers from their TMT. Annulled
 * promotions and transfers hold on no date; an SK ralat of the golongan replaces the term it corrects.
 */
export function careerTimeline(events: readonly EmployeeEvent[]): CareerTimeline {
  const golongan: TimelineEntry<string>[] = [];
  const positions: CareerTimeline['positions'][number][] = [];
  const education: TimelineEntry<string>[] = [];
  let currentEducation: string | null = null;
  const annulled = annulledActions(events);
  const seen = new Map<string, number>();
  const isAnnulled = (type: string) => {
    const ordinal = (seen.get(type) ?? 0) + 1;
    seen.set(type, ordinal);
    return annulled.has(`${type}#${ordinal}`);
  };
  for (const event of events) {
    switch (event.type) {
      case 'personnel.EmployeeRegistered': {
        const { golongan: g, golonganTmt, unitId, positionId, positionTmt, tmt } = event.data;
        golongan.push({ value: g, since: golonganTmt, source: CareerSource.REGISTRATION });
        // Without its TMT jabatan the post is all the record knows since the employment began; it must
        // not sort after a transfer recorded later with an earlier effective date.
        positions.push({ value: { unitId, positionId }, since: positionTmt ?? tmt, source: CareerSource.REGISTRATION });
        currentEducation = event.data.education;
        break;
      }
      case 'personnel.PastGolonganRecorded':
        golongan.push({ value: event.data.golongan, since: event.data.tmt, source: CareerSource.RIWAYAT });
        break;
      case 'personnel.PastPositionRecorded':
        positions.push({ value: { unitId: event.data.unitId, positionId: event.data.positionId }, since: event.data.tmt, source: CareerSource.RIWAYAT });
        break;
      case 'personnel.PastEducationRecorded':
        education.push({ value: event.data.education, since: event.data.graduatedOn, source: CareerSource.RIWAYAT });
        break;
      case 'personnel.EmployeePromoted':
        if (!isAnnulled(event.type)) golongan.push({ value: event.data.to, since: event.data.tmt, source: CareerSource.PROMOTION });
        break;
      case 'personnel.EmployeeTransferred':
        if (!isAnnulled(event.type)) positions.push({ value: event.data.to, since: event.data.effectiveDate, source: CareerSource.TRANSFER });
        break;
      case 'personnel.GolonganCorrected':
        correctGolongan(golongan, event.data.from, event.data.to);
        break;
      case 'personnel.EmploymentTypeCorrected':
        correctGolongan(golongan, event.data.from, event.data.to);
        break;
      case 'personnel.EmployeeDataCorrected':
        // A correction fixes the record as a whole, the past included.
        for (const change of event.data.changes) if (change.field === 'education') currentEducation = change.to;
        break;
      default:
        break;
    }
  }
  const bySince = <T>(a: TimelineEntry<T>, b: TimelineEntry<T>) => a.since.localeCompare(b.since);
  return { golongan: golongan.sort(bySince), positions: positions.sort(bySince), education: education.sort(bySince), currentEducation };
}

/** The entry in force on `date`: the latest one whose TMT is on or before it; null before the first. */
export function inForceOn<T>(entries: readonly TimelineEntry<T>[], date: IsoDate): TimelineEntry<T> | null {
  let found: TimelineEntry<T> | null = null;
  for (const entry of entries) if (entry.since <= date) found = entry;
  return found;
}

/** The education on `date`: the last level graduated by then; after the last riwayat entry (or without riwayat) the recorded one. */
export function educationOn(timeline: CareerTimeline, date: IsoDate): string | null {
  const last = inForceOn(timeline.education, date);
  if (timeline.education.length === 0 || last === timeline.education[timeline.education.length - 1]) return timeline.currentEducation;
  return last?.value ?? null;
}
