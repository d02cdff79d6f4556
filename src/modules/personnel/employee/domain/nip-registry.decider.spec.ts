import { deciderSpec } from '../../../../kernel/testing/decider-spec';
import { ClaimIdentifier, IdentifierClaimed, identifierStreamId, nipRegistryDecider } from './nip-registry.decider';

const spec = deciderSpec(nipRegistryDecider);
const claim: ClaimIdentifier = { type: 'ClaimIdentifier', identifierType: 'NIP', identifier: '198609262015051001', employeeId: 'emp-budi' };
const claimed: IdentifierClaimed = {
  type: 'personnel.IdentifierClaimed',
  data: { employeeId: 'emp-budi', identifierType: 'NIP', identifier: '198609262015051001' },
};

describe('NIP registry (uniqueness across employees)', () => {
  it('claims a free identifier', () => {
    spec.given([]).when(claim).then([claimed]);
  });

  it('is idempotent for the same employee', () => {
    spec.given([claimed]).when(claim).then([]);
  });

  it('refuses an identifier held by another employee, without naming them', () => {
    const violation = spec.given([claimed]).when({ ...claim, employeeId: 'emp-other' }).thenViolates('PERSONNEL.NIP_ALREADY_REGISTERED');
    expect(violation.message).not.toContain('emp-budi');
    expect(violation.details).toEqual({ identifierType: 'NIP' });
  });

  it('names the NI PPPK in its refusal', () => {
    const niClaimed: IdentifierClaimed = { type: 'personnel.IdentifierClaimed', data: { ...claimed.data, identifierType: 'NI_PPPK' } };
    const violation = spec.given([niClaimed]).when({ ...claim, identifierType: 'NI_PPPK', employeeId: 'emp-other' }).thenViolates('PERSONNEL.NIP_ALREADY_REGISTERED');
    expect(violation.message).toContain('NI PPPK');
  });

  it('keeps one stream per identifier', () => {
    expect(identifierStreamId('198609262015051001')).toBe('personnel-identifier-198609262015051001');
  });
});
