import { fold } from '@kernel/decider';
import { deciderSpec } from '@kernel/testing/decider-spec';
import { EnvelopeCommand, envelopeDecider, remainingOf, SetEnvelope } from './envelope.decider';
import { EnvelopeEvent } from './envelope.events';

const spec = deciderSpec(envelopeDecider);
const at = '2026-02-01T02:00:00.000Z';
const legalBasis = { skNumber: 'DPA-BKPSDM/2026/001', skDate: '2026-01-05' };
const setCmd: SetEnvelope = { type: 'SetEnvelope', unitId: 'kota-binjai.bkpsdm', instansiId: 'kota-binjai', year: 2026, amount: 10_000_000, perEmployeeCap: null, legalBasis, at };
const set: EnvelopeEvent = {
  type: 'training.BudgetEnvelopeSet',
  data: { unitId: 'kota-binjai.bkpsdm', instansiId: 'kota-binjai', year: 2026, amount: 10_000_000, perEmployeeCap: null, legalBasis, setAt: at },
};
const gap = { kind: 'COMPETENCY' as const, reference: 'Manajemen Proyek', description: 'Level 1, standar jabatan level 3' };
const planCmd = (planItemId: string, amount: number, employeeId = 'emp-1'): EnvelopeCommand => ({ type: 'PlanTraining', planItemId, employeeId, programId: 'pm', gap, amount, at });
const planned = (planItemId: string, amount: number, employeeId = 'emp-1'): EnvelopeEvent => ({
  type: 'training.TrainingPlanned',
  data: { planItemId, unitId: 'kota-binjai.bkpsdm', instansiId: 'kota-binjai', year: 2026, employeeId, programId: 'pm', gap, reservedAmount: amount, plannedAt: at },
});
const committed = (commitmentId: string, amount: number, planItemId: string | null, employeeId = 'emp-1'): EnvelopeEvent => ({
  type: 'training.BudgetCommitted',
  data: { commitmentId, unitId: 'kota-binjai.bkpsdm', year: 2026, employeeId, planItemId, amount, reason: planItemId ? null : 'Penugasan mendadak', committedAt: at },
});

describe('envelope decider (budget)', () => {
  it('sets the envelope with its legal basis, and refuses one without', () => {
    spec.given([]).when(setCmd).then([set]);
    spec.given([]).when({ ...setCmd, legalBasis: { skNumber: '', skDate: '2026-01-05' } }).thenViolates('PERSONNEL.LEGAL_BASIS_REQUIRED');
  });

  it('refuses a plan or a commitment before the envelope exists', () => {
    spec.given([]).when(planCmd('p1', 1)).thenViolates('TRAINING.ENVELOPE_NOT_SET');
  });

  it('a plan item reserves and must name its gap (PP 11/2017 ps. 205–206)', () => {
    spec.given([set]).when(planCmd('p1', 4_000_000)).then([planned('p1', 4_000_000)]);
    spec.given([set]).when({ ...planCmd('p1', 1), gap: { kind: 'COMPETENCY', reference: '', description: '' } } as EnvelopeCommand).thenViolates('TRAINING.GAP_REQUIRED');
  });

  it('refuses a reservation beyond the remaining envelope', () => {
    spec.given([set, planned('p1', 8_000_000)]).when(planCmd('p2', 2_000_001, 'emp-2')).thenViolates('TRAINING.BUDGET_EXCEEDED');
    spec.given([set, planned('p1', 8_000_000)]).when(planCmd('p2', 2_000_000, 'emp-2')).then([planned('p2', 2_000_000, 'emp-2')]);
  });

  it('committing a plan item converts its reservation; committed + reserved stays ≤ envelope', () => {
    const history = [set, planned('p1', 4_000_000), planned('p2', 6_000_000, 'emp-2')];
    // The actual cost may differ from the reservation; the released reservation counts as free.
    spec.given(history).when({ type: 'CommitBudget', commitmentId: 'c1', employeeId: 'emp-1', planItemId: 'p1', amount: 4_000_000, reason: null, at }).then([committed('c1', 4_000_000, 'p1')]);
    spec.given(history).when({ type: 'CommitBudget', commitmentId: 'c1', employeeId: 'emp-1', planItemId: 'p1', amount: 4_000_001, reason: null, at }).thenViolates('TRAINING.BUDGET_EXCEEDED');
    const state = fold(envelopeDecider, [...history, committed('c1', 4_000_000, 'p1')]);
    expect(state).toMatchObject({ reserved: 6_000_000, committed: 4_000_000 });
    expect(remainingOf(state)).toBe(0);
  });

  it('refuses committing a plan item twice and a commitment without a plan item unless a reason is given', () => {
    const history = [set, planned('p1', 1_000_000), committed('c1', 1_000_000, 'p1')];
    spec.given(history).when({ type: 'CommitBudget', commitmentId: 'c2', employeeId: 'emp-1', planItemId: 'p1', amount: 1, reason: null, at }).thenViolates('TRAINING.PLAN_ITEM_NOT_RESERVED');
    spec.given([set]).when({ type: 'CommitBudget', commitmentId: 'c3', employeeId: 'emp-1', planItemId: null, amount: 1, reason: null, at }).thenViolates('PERSONNEL.REASON_REQUIRED');
    spec.given([set]).when({ type: 'CommitBudget', commitmentId: 'c3', employeeId: 'emp-1', planItemId: null, amount: 500_000, reason: 'Penugasan mendadak', at }).then([committed('c3', 500_000, null)]);
    spec.given([set]).when({ type: 'CommitBudget', commitmentId: 'c4', employeeId: 'emp-1', planItemId: 'nope', amount: 1, reason: null, at }).thenViolates('TRAINING.PLAN_ITEM_UNKNOWN');
  });

  it('a sequence of commits can never exceed the envelope: the 11th of 1,000,000 against 10,000,000 is refused', () => {
    let history: EnvelopeEvent[] = [set];
    for (let i = 0; i < 10; i++) {
      history = [...history, ...envelopeDecider.decide({ type: 'CommitBudget', commitmentId: `c${i}`, employeeId: `e${i}`, planItemId: null, amount: 1_000_000, reason: 'Undangan', at }, fold(envelopeDecider, history))];
    }
    expect(fold(envelopeDecider, history).committed).toBe(10_000_000);
    spec.given(history).when({ type: 'CommitBudget', commitmentId: 'c10', employeeId: 'e10', planItemId: null, amount: 1, reason: 'Undangan', at }).thenViolates('TRAINING.BUDGET_EXCEEDED');
  });

  it('applies the optional per-employee cap', () => {
    const capped = { ...set, data: { ...set.data, perEmployeeCap: 3_000_000 } } as EnvelopeEvent;
    spec.given([capped, planned('p1', 2_000_000)]).when(planCmd('p2', 1_500_000)).thenViolates('TRAINING.EMPLOYEE_CAP_EXCEEDED');
    spec.given([capped, planned('p1', 2_000_000)]).when(planCmd('p2', 1_500_000, 'emp-2')).events();
  });

  it('realises a commitment once, never above the committed amount', () => {
    const history = [set, committed('c1', 1_000_000, null)];
    spec.given(history).when({ type: 'RealiseBudget', commitmentId: 'c1', amount: 1_200_000, at }).thenViolates('TRAINING.REALISED_ABOVE_COMMITTED');
    spec.given(history).when({ type: 'RealiseBudget', commitmentId: 'c1', amount: 900_000, at }).then([{ type: 'training.BudgetRealised', data: { commitmentId: 'c1', unitId: 'kota-binjai.bkpsdm', year: 2026, amount: 900_000, realisedAt: at } }]);
    const realised: EnvelopeEvent = { type: 'training.BudgetRealised', data: { commitmentId: 'c1', unitId: 'kota-binjai.bkpsdm', year: 2026, amount: 900_000, realisedAt: at } };
    spec.given([...history, realised]).when({ type: 'RealiseBudget', commitmentId: 'c1', amount: 800_000, at }).thenViolates('TRAINING.ALREADY_REALISED');
    spec.given(history).when({ type: 'RealiseBudget', commitmentId: 'zz', amount: 1, at }).thenViolates('TRAINING.COMMITMENT_UNKNOWN');
  });

  it('reallocation out is limited to what is free and needs a legal basis; a revision may not fall below use', () => {
    const history = [set, planned('p1', 7_000_000)];
    spec.given(history).when({ type: 'ReallocateOut', reallocationId: 'r1', toUnitId: 'kota-binjai.diskominfo', amount: 3_000_001, legalBasis, at }).thenViolates('TRAINING.BUDGET_EXCEEDED');
    spec.given(history).when({ type: 'ReallocateOut', reallocationId: 'r1', toUnitId: 'kota-binjai.bkpsdm', amount: 1, legalBasis: { skNumber: ' ', skDate: 'x' }, at }).thenViolates('TRAINING.REALLOCATION_SAME_ENVELOPE', 'PERSONNEL.LEGAL_BASIS_REQUIRED');
    spec.given(history).when({ ...setCmd, amount: 6_999_999 }).thenViolates('TRAINING.ENVELOPE_BELOW_USE');
    const out: EnvelopeEvent = { type: 'training.BudgetReallocatedOut', data: { reallocationId: 'r1', unitId: 'kota-binjai.bkpsdm', year: 2026, toUnitId: 'kota-binjai.diskominfo', amount: 3_000_000, legalBasis, at } };
    spec.given(history).when({ type: 'ReallocateOut', reallocationId: 'r1', toUnitId: 'kota-binjai.diskominfo', amount: 3_000_000, legalBasis, at }).then([out]);
    expect(remainingOf(fold(envelopeDecider, [...history, out]))).toBe(0);
    spec.given([...history, out]).when(planCmd('p2', 1, 'emp-3')).thenViolates('TRAINING.BUDGET_EXCEEDED');
  });
});
