import { deciderSpec } from '@kernel/testing/decider-spec';
import { RecordKnownRelation, DeclareConflictOfInterest } from './selection-round.commands';
import { selectionRoundDecider } from './selection-round.decider';
import { addFormasi, announcedRound, appointMember, AT, close, closedRound, history, openRound, PASSING, recordResult, registerApplicant } from './testing/selection-round.fixtures';

const spec = deciderSpec(selectionRoundDecider);
const base = () => history(openRound(), addFormasi(), appointMember(), registerApplicant(1));

const declare = (over: Partial<DeclareConflictOfInterest> = {}): DeclareConflictOfInterest => ({
  type: 'DeclareConflictOfInterest',
  memberId: 'M1',
  applicantId: 'A1',
  relation: 'KELUARGA_SEDARAH',
  at: AT,
  ...over,
});

const known = (over: Partial<RecordKnownRelation> = {}): RecordKnownRelation => ({
  type: 'RecordKnownRelation',
  memberId: 'M1',
  applicantId: 'A1',
  relation: 'SUAMI_ISTRI',
  source: 'AUDITOR',
  note: 'Marriage certificate in the audit file',
  at: AT,
  ...over,
});

const ids = { roundId: 'R1', memberId: 'M1', applicantId: 'A1', registrationNumber: '00001' };

describe('Selection round: panel and conflicts of interest', () => {
  describe('AppointPanelMember', () => {
    it('appoints a member with a role', () => {
      spec
        .given(history(openRound()))
        .when(appointMember('M1', { role: 'KETUA' }))
        .then([{ type: 'personnel.PanelMemberAppointed', data: { roundId: 'R1', memberId: 'M1', employeeId: 'emp-M1', name: 'Panitia M1', role: 'KETUA', appointedAt: AT } }]);
    });

    it('records an external member without an employee id', () => {
      const [event] = spec.given(history(openRound())).when(appointMember('M9', { employeeId: undefined })).events();
      expect(event.data).toMatchObject({ employeeId: null });
    });

    it('appoints a member once', () => {
      spec.given(base()).when(appointMember('M1', { role: 'ANGGOTA' })).thenViolates('PERSONNEL.PANEL_MEMBER_ALREADY_APPOINTED');
    });

    it('has exactly one KETUA: a second is refused, naming the first', () => {
      const violation = spec.given(base()).when(appointMember('M2', { role: 'KETUA' })).thenViolates('PERSONNEL.PANEL_KETUA_ALREADY_APPOINTED');
      expect(violation.violations[0].message).toContain('Panitia M1');
      spec.given(base()).when(appointMember('M2', { role: 'SEKRETARIS' })).then([expect.objectContaining({ type: 'personnel.PanelMemberAppointed' })]);
    });

    it('publishes no ranking without a KETUA', () => {
      const noKetua = history(openRound(), addFormasi(), appointMember('M1', { role: 'ANGGOTA' }), registerApplicant(1), close());
      spec.given(noKetua).when({ type: 'PublishRanking', at: AT }).thenViolates('PERSONNEL.PANEL_KETUA_MISSING');
    });

    it('refuses new members once the ranking is published', () => {
      spec.given(announcedRound()).when(appointMember('M2')).thenViolates('PERSONNEL.RANKING_ALREADY_PUBLISHED');
    });
  });

  describe('DeclareConflictOfInterest', () => {
    it('records the declaration and recuses the member from that applicant', () => {
      spec.given(base()).when(declare()).then([
        { type: 'personnel.ConflictOfInterestDeclared', data: { ...ids, relation: 'KELUARGA_SEDARAH', declaredAt: AT, lateDeclaration: false } },
        { type: 'personnel.PanelMemberRecused', data: { ...ids, relation: 'KELUARGA_SEDARAH', basis: 'DECLARED' } },
      ]);
    });

    it('records a second relation with the same applicant without a second recusal', () => {
      spec
        .given([...base(), ...spec.given(base()).when(declare()).events()])
        .when(declare({ relation: 'ATASAN_BAWAHAN' }))
        .then([{ type: 'personnel.ConflictOfInterestDeclared', data: { ...ids, relation: 'ATASAN_BAWAHAN', declaredAt: AT, lateDeclaration: false } }]);
    });

    it('refuses the same declaration twice', () => {
      spec.given(history(openRound(), addFormasi(), appointMember(), registerApplicant(1), declare())).when(declare()).thenViolates('PERSONNEL.CONFLICT_ALREADY_DECLARED');
    });

    it('marks a declaration made after the member recorded that applicant’s result as late', () => {
      const [declared] = spec.given(closedRound(recordResult(1, PASSING))).when(declare()).events();
      expect(declared.data).toMatchObject({ lateDeclaration: true });
    });

    it('names both an unknown member and an unknown applicant', () => {
      spec.given(base()).when(declare({ memberId: 'M9', applicantId: 'A9' })).thenViolates('PERSONNEL.PANEL_MEMBER_UNKNOWN', 'PERSONNEL.APPLICANT_UNKNOWN');
    });

    it('accepts a declaration after the results are announced', () => {
      expect(spec.given(announcedRound()).when(declare()).events().map((e) => e.type)).toEqual(['personnel.ConflictOfInterestDeclared', 'personnel.PanelMemberRecused']);
    });
  });

  describe('RecordKnownRelation', () => {
    it('flags a relation the member had not declared, and recuses the member', () => {
      spec.given(base()).when(known()).then([
        {
          type: 'personnel.UndeclaredConflictFlagged',
          data: { ...ids, relation: 'SUAMI_ISTRI', source: 'AUDITOR', note: 'Marriage certificate in the audit file', flaggedAt: AT, actedOnApplicant: false },
        },
        { type: 'personnel.PanelMemberRecused', data: { ...ids, relation: 'SUAMI_ISTRI', basis: 'KNOWN_RELATION' } },
      ]);
    });

    it('writes nothing when the member had declared a relation with that applicant', () => {
      spec.given(history(openRound(), addFormasi(), appointMember(), registerApplicant(1), declare())).when(known()).then([]);
    });

    it('says when the undeclared member had already recorded that applicant’s result', () => {
      const [flag] = spec.given(announcedRound()).when(known()).events();
      expect(flag.data).toMatchObject({ actedOnApplicant: true });
    });

    it('flags a repeated finding again without a second recusal', () => {
      spec
        .given(history(openRound(), addFormasi(), appointMember(), registerApplicant(1), known()))
        .when(known({ source: 'SYSTEM_MATCH', note: undefined }))
        .then([
          {
            type: 'personnel.UndeclaredConflictFlagged',
            data: { ...ids, relation: 'SUAMI_ISTRI', source: 'SYSTEM_MATCH', note: null, flaggedAt: AT, actedOnApplicant: false },
          },
        ]);
    });

    it('refuses unknown members and applicants', () => {
      spec.given(base()).when(known({ applicantId: 'A9' })).thenViolates('PERSONNEL.APPLICANT_UNKNOWN');
    });
  });
});
