import { problem, refuse, refuseIfAny, RuleProblem, reasonProblems } from '@kernel/rules';
import { legalBasisProblems } from '@modules/shared/legal-basis';
import { CareerActionEntry } from './employee.career-log';
import { AnnulmentEffect, CareerActionKind, RestoredActing } from './employee.correction-events';
import { AnnulCareerAction } from './employee.correction-commands';
import { EmployeeEvent, EmployeeEventType } from './employee.events';
import { requireActive, requireRegistered } from './employee.guards';
import { EmployeeRecord, EmployeeState } from './employee.state';
import { Placement } from './employment';

/**
 * Pembatalan (annulment) of a career action, as a compensating event: the annulled event stays in
 * the log, the annulment names it and says what the record holds again (docs/decisions.md,
 * "Corrections and annulments"). [M] What may be annulled when is this module's policy:
 * - transfers, promotions and retirements only the latest standing one of their kind (annul the later
 *   one first); a hukuman disiplin any standing one (they do not build on each other);
 * - a transfer or promotion only while the employee serves; a retirement while it holds;
 * - not a transfer that later Plt/Plh assignments were decided on, nor a promotion whose golongan a
 *   correction has since replaced.
 * Returning to a post (annulled transfer or retirement) needs a free seat there: checked at the edge
 * like a transfer's (PlacementCheck); the annulled transfer's post is vacated.
 */
export const AnnulmentRule = {
  TARGET_NOT_FOUND: 'PERSONNEL.ANNULMENT_TARGET_NOT_FOUND',
  NOT_A_CAREER_ACTION: 'PERSONNEL.ANNULMENT_NOT_A_CAREER_ACTION',
  ALREADY_ANNULLED: 'PERSONNEL.CAREER_ACTION_ALREADY_ANNULLED',
  NOT_LATEST_OF_KIND: 'PERSONNEL.ANNULMENT_NOT_LATEST_OF_KIND',
  BLOCKED_BY_LATER_ACTING: 'PERSONNEL.ANNULMENT_BLOCKED_BY_LATER_ACTING',
  BLOCKED_BY_CORRECTION: 'PERSONNEL.ANNULMENT_BLOCKED_BY_CORRECTION',
} as const;

/** The event types an annulment can void, and the kind each records. */
export const ANNULLABLE_TYPES: Readonly<Partial<Record<EmployeeEventType, CareerActionKind>>> = {
  'personnel.EmployeeTransferred': CareerActionKind.TRANSFER,
  'personnel.EmployeePromoted': CareerActionKind.PROMOTION,
  'personnel.DisciplinaryActionRecorded': CareerActionKind.HUKDIS,
  'personnel.EmployeeRetired': CareerActionKind.RETIREMENT,
};

const KIND_NAMES: Record<CareerActionKind, string> = { TRANSFER: 'mutasi', PROMOTION: 'kenaikan pangkat', HUKDIS: 'hukuman disiplin', RETIREMENT: 'pemberhentian' };

export function decideAnnulCareerAction(command: AnnulCareerAction, state: EmployeeState): EmployeeEvent[] {
  const employee = requireRegistered(state);
  const { target } = command;
  if (!target.found) return refuse(AnnulmentRule.TARGET_NOT_FOUND, `Peristiwa ${target.eventId} tidak ada dalam riwayat pegawai ini`);
  const kind = ANNULLABLE_TYPES[target.type as EmployeeEventType];
  if (!kind) {
    return refuse(AnnulmentRule.NOT_A_CAREER_ACTION, `${target.type} bukan mutasi, kenaikan pangkat, hukuman disiplin atau pemberhentian; data yang salah diperbaiki dengan koreksi`, { type: target.type });
  }
  const entry = employee.careerActions.find((a) => a.kind === kind && a.ordinal === target.ordinal);
  if (!entry) return refuse(AnnulmentRule.TARGET_NOT_FOUND, `Peristiwa ${target.eventId} tidak ada dalam riwayat pegawai ini`);
  if (entry.annulled) return refuse(AnnulmentRule.ALREADY_ANNULLED, `${capitalised(KIND_NAMES[kind])} ini sudah dibatalkan`);
  if (kind === CareerActionKind.TRANSFER || kind === CareerActionKind.PROMOTION) requireActive(state);
  refuseIfAny([...reasonProblems(command.reason), ...legalBasisProblems(command.legalBasis), ...orderProblems(entry, employee)]);
  const { eventId, type, revision, position, ordinal } = target;
  const effect = effectOf(entry, employee);
  return [{ type: 'personnel.CareerActionAnnulled', data: { employeeId: employee.employeeId, annulled: { eventId, type, revision, position, ordinal }, reason: command.reason.trim(), legalBasis: command.legalBasis, effect } }];
}

/** The post an annulment returns the employee to (annulled transfer or retirement): it needs a free seat. */
export function returnPlacementOf(events: readonly EmployeeEvent[]): Placement | null {
  for (const event of events) {
    if (event.type !== 'personnel.CareerActionAnnulled') continue;
    const { effect } = event.data;
    if (effect.kind === CareerActionKind.TRANSFER || effect.kind === CareerActionKind.RETIREMENT) return effect.restored.placement;
  }
  return null;
}

function orderProblems(entry: CareerActionEntry, employee: EmployeeRecord): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const later = employee.careerActions.filter((a) => a.kind === entry.kind && a.ordinal > entry.ordinal && !a.annulled);
  if (entry.kind !== CareerActionKind.HUKDIS && later.length > 0) {
    problems.push(problem(AnnulmentRule.NOT_LATEST_OF_KIND, `Ada ${KIND_NAMES[entry.kind]} yang lebih baru dan masih berlaku; batalkan yang terbaru lebih dahulu`));
  }
  if (entry.kind === CareerActionKind.TRANSFER) {
    const acting = employee.acting.slice(entry.actingBefore).map((a) => a.assignmentId);
    if (acting.length > 0) {
      problems.push(problem(AnnulmentRule.BLOCKED_BY_LATER_ACTING, `Penugasan Plt/Plh sesudah mutasi ini ditetapkan atas jabatan hasil mutasi: ${acting.join(', ')}`));
    }
  }
  if (entry.kind === CareerActionKind.PROMOTION && entry.superseded) {
    problems.push(problem(AnnulmentRule.BLOCKED_BY_CORRECTION, 'Golongan hasil kenaikan pangkat ini sudah diganti dengan koreksi golongan; perbaiki golongan dengan koreksi'));
  }
  return problems;
}

function effectOf(entry: CareerActionEntry, employee: EmployeeRecord): AnnulmentEffect {
  switch (entry.kind) {
    case CareerActionKind.TRANSFER:
      return { kind: entry.kind, restored: { placement: entry.from, since: entry.fromSince }, vacated: entry.to };
    case CareerActionKind.PROMOTION:
      return { kind: entry.kind, restored: entry.before, revoked: entry.after };
    case CareerActionKind.HUKDIS:
      return { kind: entry.kind, hukdisId: entry.hukdisId };
    case CareerActionKind.RETIREMENT: {
      const placement = { unitId: employee.unitId, positionId: employee.positionId };
      return { kind: entry.kind, retirementKind: entry.retirementKind, restored: { placement, since: employee.placedSince, acting: cutByRetirement(employee, entry.effectiveDate) } };
    }
  }
}

/** Plt/Plh terms still running on the retirement date: the retirement ended them, the annulment gives them back. */
function cutByRetirement(employee: EmployeeRecord, effectiveDate: string): RestoredActing[] {
  return employee.acting
    .filter((a) => (a.endedOn ?? a.until) >= effectiveDate)
    .map(({ assignmentId, kind, positionId, unitId, from, until, endedOn }) => ({ assignmentId, kind, positionId, unitId, from, until: endedOn ?? until }));
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
