import { assertNever, Decider } from '@kernel/decider';
import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';
import { refuse } from '@kernel/rules';
import { FeedbackRule } from '../feedback.rules';

/**
 * The instansi's complaint desk: which ASN is the Admin Koordinator (LAPOR!, DOMAIN.md §1.4) and so
 * receives the SLA escalations by e-mail beside the OPD head. An employee id, never an address: the
 * address is personnel's, resolved when the mail is sent. One stream per instansi.
 */
export const deskStreamPrefix = 'public-feedback-desk-';
export const deskStream = (instansiId: string): string => `${deskStreamPrefix}${instansiId}`;

export type FeedbackCoordinatorSet = DomainEvent<'public-feedback.FeedbackCoordinatorSet', { instansiId: string; employeeId: string; setAt: string }>;

eventRegistry.register([
  { type: 'public-feedback.FeedbackCoordinatorSet', version: 1, description: "The instansi named the ASN who is its Admin Koordinator (receives SLA escalations by e-mail with the OPD head)" },
]);

export interface SetFeedbackCoordinator {
  readonly type: 'SetFeedbackCoordinator';
  readonly instansiId: string;
  readonly employeeId: string;
  /** The employee's instansi on the day (personnel's directory), null when not an active employee. */
  readonly employeeInstansiId: string | null;
  readonly at: string;
}

export interface DeskState {
  readonly coordinatorId: string | null;
}

export const deskDecider: Decider<SetFeedbackCoordinator, FeedbackCoordinatorSet, DeskState> = {
  initialState: () => ({ coordinatorId: null }),
  evolve(_s, e) {
    switch (e.type) {
      case 'public-feedback.FeedbackCoordinatorSet':
        return { coordinatorId: e.data.employeeId };
      default:
        return assertNever(e.type);
    }
  },
  decide(c, s) {
    if (c.employeeInstansiId !== c.instansiId) refuse(FeedbackRule.COORDINATOR_NOT_IN_INSTANSI, `Pegawai ${c.employeeId} bukan ASN aktif instansi ${c.instansiId}`);
    if (s.coordinatorId === c.employeeId) return [];
    return [{ type: 'public-feedback.FeedbackCoordinatorSet', data: { instansiId: c.instansiId, employeeId: c.employeeId, setAt: c.at } }];
  },
};
