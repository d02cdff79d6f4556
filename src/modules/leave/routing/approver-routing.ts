import { LeaveAuthority } from '../policy/leave.vocabulary';
import { LeaveApprover } from '../record/leave.events';

/** Someone above the applicant, nearest first: a unit head post and who fills it on the day, or the kepala daerah. */
export interface ApproverCandidate {
  readonly employeeId: string | null;
  readonly positionId: string | null;
  readonly unitId: string | null;
  readonly acting: 'PLH' | 'PLT' | null;
  readonly kepalaDaerah: boolean;
}

export interface RoutingInput {
  readonly authority: LeaveAuthority;
  /** The heads above the applicant, nearest first, ending with the kepala daerah. */
  readonly chain: readonly ApproverCandidate[];
  /** The applicant's OPD (top-level unit): its head is the KEPALA_OPD. */
  readonly opdUnitId: string;
  /** Employees on granted leave on the routing day. */
  readonly onLeave: ReadonlySet<string>;
  /** False for CLTN and leave abroad: a Plh/Plt may not decide them, so the decision passes to the next official up. */
  readonly actingMayDecide?: boolean;
}

export interface LeaveRoute {
  readonly atasan: LeaveApprover;
  readonly pejabat: LeaveApprover;
  /** Who a waiting consideration escalates to (the next official above the atasan). */
  readonly atasanEscalation: LeaveApprover;
}

export const PPK_APPROVER: LeaveApprover = { employeeId: null, positionId: null, acting: null, kepalaDaerah: true, delegatedFrom: null };

const approverOf = (c: ApproverCandidate, delegatedFrom: string | null): LeaveApprover => ({
  employeeId: c.employeeId,
  positionId: c.positionId,
  acting: c.acting,
  kepalaDaerah: c.kepalaDaerah,
  delegatedFrom,
});

/**
 * The first candidate from `index` up who can act: an official on leave themselves (and not merely
 * acting for someone) passes the step to the next one up, recorded as `delegatedFrom`. A Plh
 * appointed for their absence is already the post's occupant (personnel's acting assignments), so
 * the step goes to the Plh; without one it goes to the official who would appoint the Plh. A vacant
 * post without a Plt is passed over the same way.
 */
function available(chain: readonly ApproverCandidate[], index: number, onLeave: ReadonlySet<string>, actingMayAct = true): { approver: LeaveApprover; index: number } {
  let delegatedFrom: string | null = null;
  for (let i = index; i < chain.length; i++) {
    const candidate = chain[i];
    if (candidate.kepalaDaerah) return { approver: approverOf(candidate, delegatedFrom), index: i };
    // A vacant post without a Plt cannot act: the next head up takes the step; so does a post held
    // by a Plh/Plt for a decision they may not take.
    if (candidate.employeeId === null || (candidate.acting !== null && !actingMayAct)) continue;
    if (!onLeave.has(candidate.employeeId)) return { approver: approverOf(candidate, delegatedFrom), index: i };
    delegatedFrom ??= candidate.employeeId;
  }
  return { approver: { ...PPK_APPROVER, delegatedFrom }, index: chain.length };
}

/**
 * Who considers and who decides a request (DOMAIN.md §1.14): the atasan langsung is the nearest head
 * above; the pejabat yang berwenang is the kepala OPD or the PPK per the instansi's reference data —
 * the PPK as well when the applicant heads the OPD (nobody above them in the OPD).
 */
export function routeLeave(input: RoutingInput): LeaveRoute {
  const { chain, onLeave } = input;
  const atasan = available(chain, 0, onLeave);
  const atasanEscalation = atasan.index + 1 < chain.length ? available(chain, atasan.index + 1, onLeave).approver : PPK_APPROVER;
  const opdHead = chain.findIndex((c) => c.unitId === input.opdUnitId && !c.kepalaDaerah);
  const pejabat = input.authority === LeaveAuthority.PPK || opdHead < 0 ? PPK_APPROVER : available(chain, opdHead, onLeave, input.actingMayDecide ?? true).approver;
  return { atasan: atasan.approver, pejabat, atasanEscalation };
}
