import { RecruitmentRule } from '../recruitment.rules';
import { refuseIfAny } from '@kernel/rules';
import { AppointPanelMember, DeclareConflictOfInterest, RecordKnownRelation } from './selection-round.commands';
import { ConflictOfInterestDeclared, PanelMemberAppointed, PanelMemberRecused, UndeclaredConflictFlagged } from './selection-round.events';
import { ApplicantState, own, PanelMemberState, SelectionRoundState } from './selection-round.state';

export function appointPanelMember(command: AppointPanelMember, state: SelectionRoundState): PanelMemberAppointed[] {
  const ketua = command.role === 'KETUA' ? Object.values(state.panel).find((m) => m.role === 'KETUA') : undefined;
  refuseIfAny([
    own(state.panel, command.memberId) && { rule: RecruitmentRule.PANEL_MEMBER_ALREADY_APPOINTED, message: `Anggota panitia ${command.memberId} sudah diangkat` },
    ketua && { rule: RecruitmentRule.PANEL_KETUA_ALREADY_APPOINTED, message: `Panitia seleksi sudah mempunyai ketua (${ketua.name}); satu panitia hanya mempunyai satu KETUA` },
  ]);
  const { memberId, employeeId, name, role, at } = command;
  return [{ type: 'personnel.PanelMemberAppointed', data: { roundId: state.roundId, memberId, employeeId: employeeId ?? null, name, role, appointedAt: at } }];
}

/** The member and applicant a conflict names, or every problem finding them. */
function memberAndApplicant(state: SelectionRoundState, memberId: string, applicantId: string): { member: PanelMemberState; applicant: ApplicantState } {
  const member = own(state.panel, memberId);
  const applicant = own(state.applicants, applicantId);
  refuseIfAny([
    !member && { rule: RecruitmentRule.PANEL_MEMBER_UNKNOWN, message: `Anggota panitia ${memberId} tidak ada dalam seleksi ini` },
    !applicant && { rule: RecruitmentRule.APPLICANT_UNKNOWN, message: `Pelamar ${applicantId} tidak ada dalam seleksi ini` },
  ]);
  return { member: member!, applicant: applicant! };
}

/** True when the member already acted on the applicant (recorded their SKD result). */
function actedOn(member: PanelMemberState, applicant: ApplicantState): boolean {
  return applicant.result?.recordedByMemberId === member.memberId;
}

/**
 * A declared relation recuses the member from that applicant. A second relation with the same
 * applicant is recorded too (the register is complete) but recuses nothing new.
 */
export function declareConflictOfInterest(command: DeclareConflictOfInterest, state: SelectionRoundState): (ConflictOfInterestDeclared | PanelMemberRecused)[] {
  const { member, applicant } = memberAndApplicant(state, command.memberId, command.applicantId);
  const declared = own(member.declared, applicant.applicantId) ?? [];
  refuseIfAny([
    declared.includes(command.relation) && {
      rule: RecruitmentRule.CONFLICT_ALREADY_DECLARED,
      message: `${member.memberId} sudah menyatakan hubungan ${command.relation} dengan pelamar ${applicant.registrationNumber}`,
    },
  ]);
  const ids = { roundId: state.roundId, memberId: member.memberId, applicantId: applicant.applicantId, registrationNumber: applicant.registrationNumber };
  const declaration: ConflictOfInterestDeclared = {
    type: 'personnel.ConflictOfInterestDeclared',
    data: { ...ids, relation: command.relation, declaredAt: command.at, lateDeclaration: actedOn(member, applicant) },
  };
  if (own(member.recusedFrom, applicant.applicantId)) return [declaration];
  return [declaration, { type: 'personnel.PanelMemberRecused', data: { ...ids, relation: command.relation, basis: 'DECLARED' } }];
}

/**
 * A relation found by someone else. If the member had declared any relation with that applicant, the
 * finding is consistent with the register and nothing is written. Otherwise it is flagged and — [M]
 * our policy — the member is recused from then on, as a declaration would have done.
 */
export function recordKnownRelation(command: RecordKnownRelation, state: SelectionRoundState): (UndeclaredConflictFlagged | PanelMemberRecused)[] {
  const { member, applicant } = memberAndApplicant(state, command.memberId, command.applicantId);
  if (own(member.declared, applicant.applicantId)) return [];
  const ids = { roundId: state.roundId, memberId: member.memberId, applicantId: applicant.applicantId, registrationNumber: applicant.registrationNumber };
  const flag: UndeclaredConflictFlagged = {
    type: 'personnel.UndeclaredConflictFlagged',
    data: { ...ids, relation: command.relation, source: command.source, note: command.note ?? null, flaggedAt: command.at, actedOnApplicant: actedOn(member, applicant) },
  };
  if (own(member.recusedFrom, applicant.applicantId)) return [flag];
  return [flag, { type: 'personnel.PanelMemberRecused', data: { ...ids, relation: command.relation, basis: 'KNOWN_RELATION' } }];
}
