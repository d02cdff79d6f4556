import { DomainRuleViolation } from '@kernel/errors';
import { RoundStatus } from '../recruitment.vocabulary';
import { SelectionRoundCommand, SelectionRoundCommandType } from './selection-round.commands';
import { selectionRoundDecider } from './selection-round.decider';
import { SelectionRoundEvent } from './selection-round.events';
import {
  addFormasi,
  announce,
  appointApplicant,
  appointMember,
  AT,
  close,
  FAILING,
  history,
  openRound,
  PASSING,
  publish,
  recordResult,
  registerApplicant,
} from './testing/selection-round.fixtures';

/** A round in each phase: F1, M1, A1 (passes) and A2 (fails) as far as the phase allows. */
const base = [openRound(), addFormasi(), appointMember(), registerApplicant(1), registerApplicant(2)];
const phases: Record<RoundStatus | 'NONE', () => SelectionRoundEvent[]> = {
  NONE: () => [],
  REGISTRATION_OPEN: () => history(...base),
  REGISTRATION_CLOSED: () => history(...base, close()),
  RANKING_PUBLISHED: () => history(...base, close(), recordResult(1, PASSING), recordResult(2, FAILING), publish()),
  ANNOUNCED: () => history(...base, close(), recordResult(1, PASSING), recordResult(2, FAILING), publish(), announce()),
  CANCELLED: () => history(...base, { type: 'CancelSelectionRound', reason: 'x', at: AT }),
};

/** A fresh, otherwise valid command of each kind. */
const commands: Record<SelectionRoundCommandType, SelectionRoundCommand> = {
  OpenSelectionRound: openRound(),
  AddFormasi: addFormasi('F9', { unitId: 'u9', positionId: 'p9' }),
  RegisterApplicant: registerApplicant(9),
  AppointPanelMember: appointMember('M9'),
  DeclareConflictOfInterest: { type: 'DeclareConflictOfInterest', memberId: 'M1', applicantId: 'A1', relation: 'LAINNYA', at: AT },
  RecordKnownRelation: { type: 'RecordKnownRelation', memberId: 'M1', applicantId: 'A2', relation: 'LAINNYA', source: 'AUDITOR', at: AT },
  RecordSkdResult: recordResult(1, PASSING),
  CloseRegistration: close(),
  PublishRanking: publish(),
  AnnounceResults: announce(),
  AppointApplicant: appointApplicant(1),
  RetryAppointmentRegistration: { type: 'RetryAppointmentRegistration', applicantId: 'A1', outcome: 'FAILED', at: AT },
  CancelSelectionRound: { type: 'CancelSelectionRound', reason: 'x', at: AT },
};

const OK = 'accepted';
const UNKNOWN = 'PERSONNEL.SELECTION_ROUND_UNKNOWN';
const CANCELLED = 'PERSONNEL.SELECTION_ROUND_CANCELLED';
const OPENED = 'PERSONNEL.SELECTION_ROUND_ALREADY_OPENED';
const NOT_OPEN = 'PERSONNEL.REGISTRATION_NOT_OPEN';
const NOT_CLOSED = 'PERSONNEL.REGISTRATION_NOT_CLOSED';
const PUBLISHED = 'PERSONNEL.RANKING_ALREADY_PUBLISHED';
const NOT_PUBLISHED = 'PERSONNEL.RANKING_NOT_PUBLISHED';
const ANNOUNCED = 'PERSONNEL.RESULTS_ALREADY_ANNOUNCED';
const NOT_ANNOUNCED = 'PERSONNEL.RESULTS_NOT_ANNOUNCED';

// prettier-ignore
const MATRIX: Record<SelectionRoundCommandType, [string, string, string, string, string, string]> = {
  //                           NONE     OPEN        CLOSED      PUBLISHED      ANNOUNCED      CANCELLED
  OpenSelectionRound:        [OK,      OPENED,     OPENED,     OPENED,        OPENED,        OPENED],
  AddFormasi:                [UNKNOWN, OK,         NOT_OPEN,   NOT_OPEN,      NOT_OPEN,      CANCELLED],
  RegisterApplicant:         [UNKNOWN, OK,         NOT_OPEN,   NOT_OPEN,      NOT_OPEN,      CANCELLED],
  AppointPanelMember:        [UNKNOWN, OK,         OK,         PUBLISHED,     PUBLISHED,     CANCELLED],
  DeclareConflictOfInterest: [UNKNOWN, OK,         OK,         OK,            OK,            CANCELLED],
  RecordKnownRelation:       [UNKNOWN, OK,         OK,         OK,            OK,            CANCELLED],
  RecordSkdResult:           [UNKNOWN, NOT_CLOSED, OK,         PUBLISHED,     PUBLISHED,     CANCELLED],
  CloseRegistration:         [UNKNOWN, OK,         NOT_OPEN,   NOT_OPEN,      NOT_OPEN,      CANCELLED],
  PublishRanking:            [UNKNOWN, NOT_CLOSED, OK,         PUBLISHED,     PUBLISHED,     CANCELLED],
  AnnounceResults:           [UNKNOWN, NOT_PUBLISHED, NOT_PUBLISHED, OK,      ANNOUNCED,     CANCELLED],
  AppointApplicant:          [UNKNOWN, NOT_ANNOUNCED, NOT_ANNOUNCED, NOT_ANNOUNCED, OK,      CANCELLED],
  // Past the phase guard in ANNOUNCED: nobody is appointed in that history yet.
  RetryAppointmentRegistration: [UNKNOWN, NOT_ANNOUNCED, NOT_ANNOUNCED, NOT_ANNOUNCED, 'PERSONNEL.APPLICANT_NOT_APPOINTED', CANCELLED],
  CancelSelectionRound:      [UNKNOWN, OK,         OK,         OK,            ANNOUNCED,     CANCELLED],
};

const PHASES = Object.keys(phases) as (RoundStatus | 'NONE')[];

function outcome(kind: SelectionRoundCommandType, phase: RoundStatus | 'NONE'): string {
  const state = phases[phase]().reduce(selectionRoundDecider.evolve, selectionRoundDecider.initialState());
  try {
    selectionRoundDecider.decide(commands[kind], state);
    return OK;
  } catch (error) {
    return (error as DomainRuleViolation).rule;
  }
}

describe('Selection round lifecycle: which phase accepts which command', () => {
  const cases = (Object.keys(MATRIX) as SelectionRoundCommandType[]).flatMap((kind) => PHASES.map((phase, i) => [kind, phase, MATRIX[kind][i]] as const));

  it.each(cases)('%s in phase %s → %s', (kind, phase, expected) => {
    expect(outcome(kind, phase)).toBe(expected);
  });
});
