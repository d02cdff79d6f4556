import { assertNever, Decider } from '@kernel/decider';
import { isBlank, problem, refuse, refuseIfAny } from '@kernel/rules';
import { PerformanceRule as R } from '../performance.rules';
import { checkDistribution, countsOf, KurvaPolicy } from '../predikat/kurva-distribusi';
import { OrganisationPredikat, Rating } from '../predikat/rating';
import { periodEndProblem } from '../skp/periods';
import { SignedEvaluation, UnitPeriodEvent } from './unit-period.events';

export interface UnitPeriodState {
  readonly organisationPredikat: OrganisationPredikat | null;
  readonly unitResult: Rating | null;
  readonly signedOff: boolean;
}

export interface SetOrganisationPredikat {
  readonly type: 'SetOrganisationPredikat';
  readonly unitId: string;
  readonly instansiId: string;
  readonly period: string;
  readonly organisationPredikat: OrganisationPredikat;
  readonly unitResult: Rating;
  /** Jakarta calendar day of the command: a period is judged once it has ended. */
  readonly today: string;
  readonly by: string;
  readonly at: string;
}

export interface SignOffPredikat {
  readonly type: 'SignOffPredikat';
  readonly signOffId: string;
  readonly unitId: string;
  readonly instansiId: string;
  readonly period: string;
  /** The unit's evaluations for the period, as the handler found them. */
  readonly evaluations: readonly SignedEvaluation[];
  /** Approved SKPs of the unit without an evaluation for the period. */
  readonly missing: readonly string[];
  readonly justification: string | null;
  readonly policy: KurvaPolicy;
  /** Jakarta calendar day of the command: a period is judged once it has ended. */
  readonly today: string;
  readonly by: string;
  readonly at: string;
}

export type UnitPeriodCommand = SetOrganisationPredikat | SignOffPredikat;

function evolve(state: UnitPeriodState, event: UnitPeriodEvent): UnitPeriodState {
  switch (event.type) {
    case 'performance.OrganisationPredikatSet':
      return { ...state, organisationPredikat: event.data.organisationPredikat, unitResult: event.data.unitResult };
    case 'performance.PredikatSignedOff':
      return { ...state, signedOff: true };
    default:
      return assertNever(event);
  }
}

function decide(command: UnitPeriodCommand, state: UnitPeriodState): UnitPeriodEvent[] {
  if (state.signedOff) refuse(R.ALREADY_SIGNED_OFF, `Predikat ${command.unitId} periode ${command.period} sudah ditetapkan`);
  refuseIfAny([periodEndProblem(command.period, command.today, command.type === 'SignOffPredikat' ? 'penetapan predikat' : 'penetapan predikat kinerja organisasi')]);
  switch (command.type) {
    case 'SetOrganisationPredikat': {
      const { unitId, instansiId, period, organisationPredikat, unitResult } = command;
      return [{ type: 'performance.OrganisationPredikatSet', data: { unitId, instansiId, period, organisationPredikat, unitResult, setBy: command.by, setAt: command.at } }];
    }
    case 'SignOffPredikat':
      return signOff(command, state);
    default:
      return assertNever(command);
  }
}

/**
 * The three-step order (DOMAIN.md §1.2): the organisation predikat first, then its pola distribusi,
 * then the predicates signed within it. Outside the kurva only with a documented justification
 * (checklist 8), which the event keeps with every violation explained.
 */
function signOff(command: SignOffPredikat, state: UnitPeriodState): UnitPeriodEvent[] {
  const organisationPredikat = state.organisationPredikat;
  refuseIfAny([
    organisationPredikat === null && problem(R.ORGANISATION_PREDIKAT_REQUIRED, 'Predikat kinerja organisasi periode ini belum ditetapkan'),
    command.missing.length > 0 && problem(R.EVALUATIONS_MISSING, `Belum dinilai: ${command.missing.join(', ')}`),
  ]);
  const counts = countsOf(command.evaluations.map((e) => e.predikat));
  const check = checkDistribution(organisationPredikat!, counts, command.policy);
  const justification = isBlank(command.justification) ? null : command.justification!;
  if (!check.allowed && justification === null) {
    refuseIfAny(
      [...check.violations.map((v) => problem(v.rule, `${v.message}`)), problem(R.KURVA_JUSTIFICATION_REQUIRED, 'Penetapan di luar kurva distribusi memerlukan justifikasi tertulis')],
      { kurva: check.violations.map(({ rule, actual, required }) => ({ rule, actual, required })) },
    );
  }
  return [
    {
      type: 'performance.PredikatSignedOff',
      data: {
        signOffId: command.signOffId,
        unitId: command.unitId,
        instansiId: command.instansiId,
        period: command.period,
        organisationPredikat: organisationPredikat!,
        counts,
        total: check.total,
        allowed: check.allowed,
        violations: check.violations.map(({ rule, actual, required }) => ({ rule, actual, required })),
        justification,
        kurvaPolicyVersion: command.policy.version,
        evaluations: command.evaluations.map(({ evaluationId, employeeId, predikat }) => ({ evaluationId, employeeId, predikat })),
        signedBy: command.by,
        signedAt: command.at,
      },
    },
  ];
}

export const unitPeriodDecider: Decider<UnitPeriodCommand, UnitPeriodEvent, UnitPeriodState> = {
  initialState: () => ({ organisationPredikat: null, unitResult: null, signedOff: false }),
  evolve,
  decide,
};
