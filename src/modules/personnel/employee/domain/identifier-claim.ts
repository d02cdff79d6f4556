import { registerLegacyClaim } from '@kernel/claims/claim.events';
import { Claim } from '@kernel/claims/claims';
import { DomainRuleViolation } from '@kernel/errors';
import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';
import { legacyEventIdFor } from '@kernel/ids';
import { employeeStreamId } from './employee.decider';
import { IdentifierType } from '@modules/shared/nip';

/**
 * Uniqueness of NIP / NI PPPK across employees: a kernel claim (kernel/claims), one stream per
 * identifier, owned by the registration (or reassignment) that writes it. Never released once that
 * write exists: an identifier is never reused, even after retirement. A claim whose write never
 * happened (a crash in between) is taken over by the next registration of the identifier.
 */
export const NIP_ALREADY_REGISTERED = 'PERSONNEL.NIP_ALREADY_REGISTERED';

/** Stream of one identifier's claim. */
export function identifierStreamId(identifier: string): string {
  return `personnel-identifier-${identifier}`;
}

export function identifierClaim(identifier: string, identifierType: IdentifierType): Claim {
  return {
    streamId: identifierStreamId(identifier),
    refusal: () =>
      new DomainRuleViolation(NIP_ALREADY_REGISTERED, `${identifierType === 'NIP' ? 'NIP' : 'NI PPPK'} ini sudah terdaftar atas nama pegawai lain`, {
        identifierType,
      }),
  };
}

/** How identifiers were claimed before kernel claims: still read as claims, owned by the employee's command. */
export type IdentifierClaimed = DomainEvent<'personnel.IdentifierClaimed', { employeeId: string; identifierType: IdentifierType; identifier: string }>;

eventRegistry.register([
  { type: 'personnel.IdentifierClaimed', version: 1, description: 'Legacy (before kernel claims): a NIP or NI PPPK was reserved for one employee.' },
]);

// The old claim ran under a command id derived from the employee command's, which is its causation id;
// that command's first event had the legacy id.
registerLegacyClaim('personnel.IdentifierClaimed', (event) => ({
  streamId: employeeStreamId((event.data as IdentifierClaimed['data']).employeeId),
  eventId: legacyEventIdFor(event.causationId, 0),
}));
