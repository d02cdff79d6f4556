import { Decider } from '@kernel/decider';
import { appointPanelMember, declareConflictOfInterest, recordKnownRelation } from './decide-panel';
import { addFormasi, cancelSelectionRound, closeRegistration, openSelectionRound, registerApplicant } from './decide-registration';
import { announceResults, appointApplicant, publishRanking, recordSkdResult, retryAppointmentRegistration } from './decide-results';
import { SelectionRoundCommand } from './selection-round.commands';
import { SelectionRoundEvent } from './selection-round.events';
import { assertPhaseAccepts } from './selection-round.phases';
import { evolveSelectionRound, initialSelectionRoundState, SelectionRoundState } from './selection-round.state';

/** The selection round (seleksi CPNS) aggregate: phase rules first, then the command's own rules. */
export const selectionRoundDecider: Decider<SelectionRoundCommand, SelectionRoundEvent, SelectionRoundState> = {
  initialState: initialSelectionRoundState,
  evolve: evolveSelectionRound,
  decide: (command, state) => {
    assertPhaseAccepts(state, command.type);
    return decideInPhase(command, state);
  },
};

function decideInPhase(command: SelectionRoundCommand, state: SelectionRoundState): readonly SelectionRoundEvent[] {
  switch (command.type) {
    case 'OpenSelectionRound':
      return openSelectionRound(command);
    case 'AddFormasi':
      return addFormasi(command, state);
    case 'RegisterApplicant':
      return registerApplicant(command, state);
    case 'AppointPanelMember':
      return appointPanelMember(command, state);
    case 'DeclareConflictOfInterest':
      return declareConflictOfInterest(command, state);
    case 'RecordKnownRelation':
      return recordKnownRelation(command, state);
    case 'RecordSkdResult':
      return recordSkdResult(command, state);
    case 'CloseRegistration':
      return closeRegistration(command, state);
    case 'PublishRanking':
      return publishRanking(command, state);
    case 'AnnounceResults':
      return announceResults(command, state);
    case 'RetryAppointmentRegistration':
      return retryAppointmentRegistration(command, state);
    case 'AppointApplicant':
      return appointApplicant(command, state);
    case 'CancelSelectionRound':
      return cancelSelectionRound(command, state);
  }
}
