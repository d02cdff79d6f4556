import type { IsoDate } from '@kernel/calendar-date';
import { assertNever } from '@kernel/decider';
import { CareerActionKind, CorrectionEvent, GolonganTerm } from './employee.correction-events';
import type { EmployeeEvent } from './employee.events';
import type { EmployeeRecord } from './employee.state';
import { EmployeeStatus, Placement, RetirementKind } from './employment';

/**
 * The career actions of the record in order, with what each one replaced: what an annulment
 * restores and what it must not break (docs/decisions.md, "Corrections and annulments").
 */
export type CareerActionEntry = {
  /** The how-manieth event of its type in the stream (1-based): how an annulment names it. */
  readonly ordinal: number;
  readonly annulled: boolean;
  /** Plt/Plh assignments recorded before the action; the ones after it were decided on the placement it made. */
  readonly actingBefore: number;
} & (
  | { readonly kind: typeof CareerActionKind.TRANSFER; readonly from: Placement; readonly fromSince: IsoDate; readonly to: Placement }
  | { readonly kind: typeof CareerActionKind.PROMOTION; readonly before: GolonganTerm; readonly after: GolonganTerm; readonly superseded: boolean }
  | { readonly kind: typeof CareerActionKind.HUKDIS; readonly hukdisId: string }
  | { readonly kind: typeof CareerActionKind.RETIREMENT; readonly retirementKind: RetirementKind; readonly effectiveDate: IsoDate }
);

/** An entry as its event describes it; `appended` numbers it. */
type NewEntry = CareerActionEntry extends infer E ? (E extends CareerActionEntry ? Omit<E, 'ordinal' | 'annulled' | 'actingBefore'> : never) : never;

function appended(previous: EmployeeRecord, next: EmployeeRecord, entry: NewEntry): EmployeeRecord {
  const ordinal = previous.careerActions.filter((a) => a.kind === entry.kind).length + 1;
  const full = { ...entry, ordinal, annulled: false, actingBefore: previous.acting.length } as CareerActionEntry;
  return { ...next, careerActions: [...previous.careerActions, full] };
}

/** Adds the career action `event` records (if it is one) to the state `evolveRecord` made of it. */
export function trackCareer(previous: EmployeeRecord, next: EmployeeRecord, event: EmployeeEvent): EmployeeRecord {
  switch (event.type) {
    case 'personnel.EmployeeTransferred': {
      const { from, to, effectiveDate } = event.data;
      return { ...appended(previous, next, { kind: CareerActionKind.TRANSFER, from, fromSince: previous.placedSince, to }), placedSince: effectiveDate };
    }
    case 'personnel.EmployeePromoted': {
      const before = { golongan: previous.golongan, golonganTmt: previous.golonganTmt };
      return appended(previous, next, { kind: CareerActionKind.PROMOTION, before, after: { golongan: event.data.to, golonganTmt: event.data.tmt }, superseded: false });
    }
    case 'personnel.DisciplinaryActionRecorded':
      return appended(previous, next, { kind: CareerActionKind.HUKDIS, hukdisId: event.data.hukdisId });
    case 'personnel.EmployeeRetired':
      return appended(previous, next, { kind: CareerActionKind.RETIREMENT, retirementKind: event.data.kind, effectiveDate: event.data.effectiveDate });
    default:
      return next;
  }
}

const CORRECTION_TYPES: ReadonlySet<string> = new Set<CorrectionEvent['type']>([
  'personnel.GolonganCorrected',
  'personnel.TmtCorrected',
  'personnel.EmploymentTypeCorrected',
  'personnel.NipCorrected',
  'personnel.CareerActionAnnulled',
]);

export function isCorrectionEvent(event: EmployeeEvent): event is CorrectionEvent {
  return CORRECTION_TYPES.has(event.type);
}

/** A golongan set by correction replaces what every standing promotion set: none can be annulled back any more. */
function promotionsSuperseded(actions: readonly CareerActionEntry[]): CareerActionEntry[] {
  return actions.map((a) => (a.kind === CareerActionKind.PROMOTION && !a.annulled ? { ...a, superseded: true } : a));
}

export function evolveCorrection(state: EmployeeRecord, event: CorrectionEvent): EmployeeRecord {
  switch (event.type) {
    case 'personnel.GolonganCorrected':
      return { ...state, ...event.data.to, careerActions: promotionsSuperseded(state.careerActions) };
    case 'personnel.TmtCorrected':
      return { ...state, tmt: event.data.to };
    case 'personnel.EmploymentTypeCorrected': {
      const { employmentType, identifierType, identifier, golongan, golonganTmt } = event.data.to;
      return { ...state, employmentType, identifierType, identifier, golongan, golonganTmt, correctedIdentifiers: [...state.correctedIdentifiers, event.data.from.identifier] };
    }
    case 'personnel.NipCorrected':
      return { ...state, identifier: event.data.to, correctedIdentifiers: [...state.correctedIdentifiers, event.data.from] };
    case 'personnel.CareerActionAnnulled':
      return annulled(state, event.data);
    default:
      return assertNever(event);
  }
}

function annulled(state: EmployeeRecord, data: Extract<CorrectionEvent, { type: 'personnel.CareerActionAnnulled' }>['data']): EmployeeRecord {
  const { effect } = data;
  const careerActions = state.careerActions.map((a) => (a.kind === effect.kind && a.ordinal === data.annulled.ordinal ? { ...a, annulled: true } : a));
  const next = { ...state, careerActions };
  switch (effect.kind) {
    case CareerActionKind.TRANSFER:
      return { ...next, ...effect.restored.placement, placedSince: effect.restored.since };
    case CareerActionKind.PROMOTION:
      return { ...next, ...effect.restored };
    case CareerActionKind.HUKDIS:
      return { ...next, hukdis: state.hukdis.filter((h) => h.hukdisId !== effect.hukdisId) };
    case CareerActionKind.RETIREMENT:
      return { ...next, status: EmployeeStatus.AKTIF, retirement: null };
    default:
      return assertNever(effect);
  }
}
