import { Decider } from '../../../../kernel/decider';
import { eventRegistry } from '../../../../kernel/event-registry';
import { DomainEvent } from '../../../../kernel/events';
import { IdentifierType } from './nip';
import { refuse } from './rule-problem';

/**
 * Uniqueness of NIP / NI PPPK across employees: one stream per identifier, claimed once and never
 * released (an identifier is never reused, even after retirement). The registration use case claims
 * the identifier here before it writes EmployeeRegistered.
 */
export interface ClaimIdentifier {
  readonly type: 'ClaimIdentifier';
  readonly identifierType: IdentifierType;
  readonly identifier: string;
  readonly employeeId: string;
}

export type IdentifierClaimed = DomainEvent<
  'personnel.IdentifierClaimed',
  { employeeId: string; identifierType: IdentifierType; identifier: string }
>;

export type NipRegistryCommand = ClaimIdentifier;
export type NipRegistryEvent = IdentifierClaimed;

export interface NipRegistryState {
  readonly claimedBy: string | null;
}

export const NIP_ALREADY_REGISTERED = 'PERSONNEL.NIP_ALREADY_REGISTERED';

eventRegistry.register([
  { type: 'personnel.IdentifierClaimed', version: 1, description: 'A NIP or NI PPPK was reserved for one employee, for good.' },
]);

/** Stream of one identifier's claim. */
export function identifierStreamId(identifier: string): string {
  return `personnel-identifier-${identifier}`;
}

export const nipRegistryDecider: Decider<NipRegistryCommand, NipRegistryEvent, NipRegistryState> = {
  initialState: () => ({ claimedBy: null }),
  evolve: (_state, event) => ({ claimedBy: event.data.employeeId }),
  decide: (command, state) => {
    if (state.claimedBy === command.employeeId) return [];
    if (state.claimedBy !== null) {
      return refuse(NIP_ALREADY_REGISTERED, `This ${command.identifierType === 'NIP' ? 'NIP' : 'NI PPPK'} is already registered to another employee`, {
        identifierType: command.identifierType,
      });
    }
    return [{ type: 'personnel.IdentifierClaimed', data: { employeeId: command.employeeId, identifierType: command.identifierType, identifier: command.identifier } }];
  },
};
