import { foldClaim } from '@kernel/claims/claim.events';
import { DomainRuleViolation } from '@kernel/errors';
import { RecordedEvent } from '@kernel/events';
import { legacyEventIdFor } from '@kernel/ids';
import { identifierClaim, identifierStreamId } from './identifier-claim';

describe('NIP / NI PPPK claims (uniqueness across employees)', () => {
  it('keeps one claim stream per identifier', () => {
    expect(identifierStreamId('198609262015051001')).toBe('personnel-identifier-198609262015051001');
    expect(identifierClaim('198609262015051001', 'NIP').streamId).toBe('personnel-identifier-198609262015051001');
  });

  it('refuses with NIP_ALREADY_REGISTERED, naming the kind of identifier but not its holder', () => {
    const nip = identifierClaim('198609262015051001', 'NIP').refusal() as DomainRuleViolation;
    expect(nip).toMatchObject({ rule: 'PERSONNEL.NIP_ALREADY_REGISTERED', details: { identifierType: 'NIP' } });
    expect(identifierClaim('199312282025212001', 'NI_PPPK').refusal().message).toContain('NI PPPK');
  });

  it('reads a claim written before kernel claims as owned by the employee command that caused it', () => {
    const legacy = {
      type: 'personnel.IdentifierClaimed',
      data: { employeeId: 'emp-budi', identifierType: 'NIP', identifier: '198609262015051001' },
      causationId: 'cmd-register-budi',
      position: 7,
      recordedAt: '2026-01-05T03:00:00.000Z',
      revision: 0,
    } as unknown as RecordedEvent;
    expect(foldClaim([legacy]).holder?.owner).toEqual({ streamId: 'personnel-employee-emp-budi', eventId: legacyEventIdFor('cmd-register-budi', 0) });
  });
});
