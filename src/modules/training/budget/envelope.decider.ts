import { assertNever, Decider } from '@kernel/decider';
import { problem, reasonProblems, refuse, refuseIfAny, requiredTextProblems, RuleProblem } from '@kernel/rules';
import { LegalBasis, legalBasisProblems } from '../../shared';
import { TrainingRule } from '../training.rules';
import { EnvelopeEvent, GapReference, GapKind } from './envelope.events';

export interface SetEnvelope {
  readonly type: 'SetEnvelope';
  readonly unitId: string;
  readonly instansiId: string;
  readonly year: number;
  readonly amount: number;
  readonly perEmployeeCap: number | null;
  readonly legalBasis: LegalBasis;
  readonly at: string;
}
export interface PlanTraining {
  readonly type: 'PlanTraining';
  readonly planItemId: string;
  readonly employeeId: string;
  readonly programId: string;
  readonly gap: GapReference;
  readonly amount: number;
  readonly at: string;
}
export interface CommitBudget {
  readonly type: 'CommitBudget';
  readonly commitmentId: string;
  readonly employeeId: string;
  readonly planItemId: string | null;
  readonly amount: number;
  readonly reason: string | null;
  readonly at: string;
}
export interface RealiseBudget {
  readonly type: 'RealiseBudget';
  readonly commitmentId: string;
  readonly amount: number;
  readonly at: string;
}
export interface ReallocateOut {
  readonly type: 'ReallocateOut';
  readonly reallocationId: string;
  readonly toUnitId: string;
  readonly amount: number;
  readonly legalBasis: LegalBasis;
  readonly at: string;
}
export interface ReallocateIn {
  readonly type: 'ReallocateIn';
  readonly reallocationId: string;
  readonly fromUnitId: string;
  readonly amount: number;
  readonly legalBasis: LegalBasis;
  readonly at: string;
}
export type EnvelopeCommand = SetEnvelope | PlanTraining | CommitBudget | RealiseBudget | ReallocateOut | ReallocateIn;

export interface PlanItemState {
  readonly employeeId: string;
  readonly reserved: number;
  /** RESERVED until committed; COMMITTED after. */
  readonly status: 'RESERVED' | 'COMMITTED';
}
export interface CommitmentState {
  readonly employeeId: string;
  readonly amount: number;
  readonly realised: number | null;
}

export interface EnvelopeState {
  readonly set: boolean;
  readonly unitId: string | null;
  readonly instansiId: string | null;
  readonly year: number | null;
  /** From the budget document. */
  readonly base: number;
  /** Net of reallocations in and out. */
  readonly reallocated: number;
  readonly perEmployeeCap: number | null;
  readonly planItems: Readonly<Record<string, PlanItemState>>;
  readonly commitments: Readonly<Record<string, CommitmentState>>;
  /** Outstanding reservations (plan items not yet committed). */
  readonly reserved: number;
  /** Everything committed, realised or not. */
  readonly committed: number;
  readonly realised: number;
  /** Reserved + committed per employee. */
  readonly usedByEmployee: Readonly<Record<string, number>>;
}

export const envelopeOf = (s: EnvelopeState): number => s.base + s.reallocated;
/** What is still free: envelope − outstanding reservations − commitments. */
export const remainingOf = (s: EnvelopeState): number => envelopeOf(s) - s.reserved - s.committed;

const rupiah = (n: number) => `Rp${n.toLocaleString('id-ID')}`;

export const envelopeDecider: Decider<EnvelopeCommand, EnvelopeEvent, EnvelopeState> = {
  initialState: () => ({
    set: false,
    unitId: null,
    instansiId: null,
    year: null,
    base: 0,
    reallocated: 0,
    perEmployeeCap: null,
    planItems: {},
    commitments: {},
    reserved: 0,
    committed: 0,
    realised: 0,
    usedByEmployee: {},
  }),
  evolve(s, event) {
    switch (event.type) {
      case 'training.BudgetEnvelopeSet': {
        const d = event.data;
        return { ...s, set: true, unitId: d.unitId, instansiId: d.instansiId, year: d.year, base: d.amount, perEmployeeCap: d.perEmployeeCap };
      }
      case 'training.TrainingPlanned': {
        const d = event.data;
        return {
          ...s,
          planItems: { ...s.planItems, [d.planItemId]: { employeeId: d.employeeId, reserved: d.reservedAmount, status: 'RESERVED' } },
          reserved: s.reserved + d.reservedAmount,
          usedByEmployee: { ...s.usedByEmployee, [d.employeeId]: (s.usedByEmployee[d.employeeId] ?? 0) + d.reservedAmount },
        };
      }
      case 'training.BudgetCommitted': {
        const d = event.data;
        const item = d.planItemId ? s.planItems[d.planItemId] : undefined;
        const released = item && item.status === 'RESERVED' ? item.reserved : 0;
        return {
          ...s,
          planItems: item && d.planItemId ? { ...s.planItems, [d.planItemId]: { ...item, status: 'COMMITTED' } } : s.planItems,
          commitments: { ...s.commitments, [d.commitmentId]: { employeeId: d.employeeId, amount: d.amount, realised: null } },
          reserved: s.reserved - released,
          committed: s.committed + d.amount,
          usedByEmployee: { ...s.usedByEmployee, [d.employeeId]: (s.usedByEmployee[d.employeeId] ?? 0) - released + d.amount },
        };
      }
      case 'training.BudgetRealised': {
        const c = s.commitments[event.data.commitmentId];
        if (!c) return s;
        return { ...s, commitments: { ...s.commitments, [event.data.commitmentId]: { ...c, realised: event.data.amount } }, realised: s.realised + event.data.amount };
      }
      case 'training.BudgetReallocatedOut':
        return { ...s, reallocated: s.reallocated - event.data.amount };
      case 'training.BudgetReallocatedIn':
        return { ...s, reallocated: s.reallocated + event.data.amount };
      default:
        return assertNever(event);
    }
  },
  decide(command, s) {
    switch (command.type) {
      case 'SetEnvelope':
        return setEnvelope(command, s);
      case 'PlanTraining':
        return plan(command, s);
      case 'CommitBudget':
        return commit(command, s);
      case 'RealiseBudget':
        return realise(command, s);
      case 'ReallocateOut':
        return reallocateOut(command, s);
      case 'ReallocateIn':
        return reallocateIn(command, s);
      default:
        return assertNever(command);
    }
  },
};

const amountProblem = (amount: number, what: string): RuleProblem | false =>
  !(Number.isSafeInteger(amount) && amount >= 0) && problem(TrainingRule.AMOUNT_INVALID, `${what} harus rupiah bulat ≥ 0`);

function requireSet(s: EnvelopeState): void {
  if (!s.set) refuse(TrainingRule.ENVELOPE_NOT_SET, 'Pagu anggaran pengembangan kompetensi OPD untuk tahun ini belum ditetapkan');
}

function setEnvelope(c: SetEnvelope, s: EnvelopeState): EnvelopeEvent[] {
  const used = s.reserved + s.committed;
  refuseIfAny([
    ...legalBasisProblems(c.legalBasis),
    amountProblem(c.amount, 'Pagu'),
    c.perEmployeeCap !== null && amountProblem(c.perEmployeeCap, 'Batas per pegawai'),
    !(Number.isInteger(c.year) && c.year >= 2000 && c.year <= 2100) && problem(TrainingRule.YEAR_INVALID, 'Tahun anggaran tidak sah'),
    // A revision may not fall below what is already reserved and committed: committed ≤ envelope.
    c.amount + s.reallocated < used && problem(TrainingRule.ENVELOPE_BELOW_USE, `Pagu baru di bawah yang sudah dicadangkan dan diikat (${rupiah(used)})`),
  ]);
  if (s.set && s.base === c.amount && s.perEmployeeCap === c.perEmployeeCap && s.unitId === c.unitId) return [];
  return [
    {
      type: 'training.BudgetEnvelopeSet',
      data: { unitId: c.unitId, instansiId: c.instansiId, year: c.year, amount: c.amount, perEmployeeCap: c.perEmployeeCap, legalBasis: { skNumber: c.legalBasis.skNumber, skDate: c.legalBasis.skDate }, setAt: c.at },
    },
  ];
}

/** The invariant: what a new reservation or commitment takes must fit the remaining envelope and the employee's cap. */
function fitProblems(s: EnvelopeState, employeeId: string, extra: number): RuleProblem[] {
  const problems: RuleProblem[] = [];
  // Permendagri (APBD): spending may not exceed the DPA ceiling; here committed + reserved ≤ envelope.
  if (extra > remainingOf(s)) problems.push(problem(TrainingRule.BUDGET_EXCEEDED, `Sisa pagu ${rupiah(Math.max(remainingOf(s), 0))} tidak cukup untuk ${rupiah(extra)}`));
  const used = s.usedByEmployee[employeeId] ?? 0;
  if (s.perEmployeeCap !== null && used + extra > s.perEmployeeCap)
    problems.push(problem(TrainingRule.EMPLOYEE_CAP_EXCEEDED, `Batas anggaran per pegawai ${rupiah(s.perEmployeeCap)} terlampaui (sudah ${rupiah(used)})`));
  return problems;
}

function plan(c: PlanTraining, s: EnvelopeState): EnvelopeEvent[] {
  requireSet(s);
  if (s.planItems[c.planItemId]) return [];
  refuseIfAny([
    ...requiredTextProblems({ employeeId: c.employeeId, programId: c.programId }),
    // PP 11/2017 ps. 205–206: every plan item rests on a competency or performance gap.
    (!(Object.values(GapKind) as string[]).includes(c.gap.kind) || c.gap.reference.trim() === '' || c.gap.description.trim() === '') &&
      problem(TrainingRule.GAP_REQUIRED, 'Rencana pengembangan harus menyebut kesenjangan kompetensi atau kinerja yang ditangani'),
    amountProblem(c.amount, 'Biaya'),
    ...fitProblems(s, c.employeeId, c.amount),
  ]);
  return [
    {
      type: 'training.TrainingPlanned',
      data: {
        planItemId: c.planItemId,
        unitId: s.unitId!,
        instansiId: s.instansiId!,
        year: s.year!,
        employeeId: c.employeeId,
        programId: c.programId,
        gap: { kind: c.gap.kind, reference: c.gap.reference, description: c.gap.description },
        reservedAmount: c.amount,
        plannedAt: c.at,
      },
    },
  ];
}

function commit(c: CommitBudget, s: EnvelopeState): EnvelopeEvent[] {
  requireSet(s);
  if (s.commitments[c.commitmentId]) return [];
  const item = c.planItemId ? s.planItems[c.planItemId] : undefined;
  if (c.planItemId && !item) refuse(TrainingRule.PLAN_ITEM_UNKNOWN, `Butir rencana ${c.planItemId} tidak ada pada pagu ini`);
  const released = item && item.status === 'RESERVED' ? item.reserved : 0;
  const freed: EnvelopeState = { ...s, reserved: s.reserved - released, usedByEmployee: { ...s.usedByEmployee, [c.employeeId]: (s.usedByEmployee[c.employeeId] ?? 0) - released } };
  refuseIfAny([
    item && item.status !== 'RESERVED' && problem(TrainingRule.PLAN_ITEM_NOT_RESERVED, `Butir rencana ${c.planItemId} sudah diikat`),
    item && item.employeeId !== c.employeeId && problem(TrainingRule.PLAN_ITEM_UNKNOWN, `Butir rencana ${c.planItemId} milik pegawai lain`),
    // Issue checklist 15 (plan before execute): without a plan item only with a reason.
    ...(c.planItemId ? [] : reasonProblems(c.reason)),
    amountProblem(c.amount, 'Biaya'),
    ...fitProblems(freed, c.employeeId, c.amount),
  ]);
  return [
    {
      type: 'training.BudgetCommitted',
      data: { commitmentId: c.commitmentId, unitId: s.unitId!, year: s.year!, employeeId: c.employeeId, planItemId: c.planItemId, amount: c.amount, reason: c.planItemId ? null : c.reason, committedAt: c.at },
    },
  ];
}

function realise(c: RealiseBudget, s: EnvelopeState): EnvelopeEvent[] {
  requireSet(s);
  const commitment = s.commitments[c.commitmentId];
  if (!commitment) refuse(TrainingRule.COMMITMENT_UNKNOWN, `Ikatan anggaran ${c.commitmentId} tidak ada pada pagu ini`);
  if (commitment.realised !== null) {
    if (commitment.realised === c.amount) return [];
    refuse(TrainingRule.ALREADY_REALISED, `Ikatan anggaran ${c.commitmentId} sudah direalisasikan`);
  }
  refuseIfAny([
    amountProblem(c.amount, 'Realisasi'),
    c.amount > commitment.amount && problem(TrainingRule.REALISED_ABOVE_COMMITTED, `Realisasi melebihi yang diikat (${rupiah(commitment.amount)})`),
  ]);
  return [{ type: 'training.BudgetRealised', data: { commitmentId: c.commitmentId, unitId: s.unitId!, year: s.year!, amount: c.amount, realisedAt: c.at } }];
}

function reallocateOut(c: ReallocateOut, s: EnvelopeState): EnvelopeEvent[] {
  requireSet(s);
  refuseIfAny([
    ...legalBasisProblems(c.legalBasis),
    (!(Number.isSafeInteger(c.amount) && c.amount > 0)) && problem(TrainingRule.AMOUNT_INVALID, 'Jumlah pergeseran harus rupiah bulat > 0'),
    c.toUnitId === s.unitId && problem(TrainingRule.REALLOCATION_SAME_ENVELOPE, 'Pergeseran harus ke OPD lain'),
    c.amount > remainingOf(s) && problem(TrainingRule.BUDGET_EXCEEDED, `Sisa pagu ${rupiah(Math.max(remainingOf(s), 0))} tidak cukup untuk digeser ${rupiah(c.amount)}`),
  ]);
  return [{ type: 'training.BudgetReallocatedOut', data: { reallocationId: c.reallocationId, unitId: s.unitId!, year: s.year!, toUnitId: c.toUnitId, amount: c.amount, legalBasis: c.legalBasis, at: c.at } }];
}

function reallocateIn(c: ReallocateIn, s: EnvelopeState): EnvelopeEvent[] {
  requireSet(s);
  refuseIfAny([...legalBasisProblems(c.legalBasis), !(Number.isSafeInteger(c.amount) && c.amount > 0) && problem(TrainingRule.AMOUNT_INVALID, 'Jumlah pergeseran harus rupiah bulat > 0')]);
  return [{ type: 'training.BudgetReallocatedIn', data: { reallocationId: c.reallocationId, unitId: s.unitId!, year: s.year!, fromUnitId: c.fromUnitId, amount: c.amount, legalBasis: c.legalBasis, at: c.at } }];
}
