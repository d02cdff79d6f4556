import { Inject, Injectable } from '@nestjs/common';
import { Claims } from '@kernel/claims/claims';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { employeeDecider, employeeStreamId, identifierClaim, identifierTypeOf, initialEmployeeState } from '../domain';
import { PlacementCheck } from '../shared/placement-check';
import { RegisterEmployeeFields } from './register-employee.command';
import { registerCommand } from './register-employee.handler';

/**
 * Every rule a registration will apply, checked without writing: the placement (unit, position, a
 * free seat), the employee decider on an empty stream (NIP or NI PPPK against the person, education
 * against golongan, dates…), and that no other employee holds the identifier. Recruitment runs it
 * before it accepts an appointment, so an appointment that stands is one the employee record takes:
 * one rule set, the employee module's own. [M] A seat or NIP taken between the check and the
 * registration still fails there, visibly and retryably (the round's appointment outcome).
 */
@Injectable()
export class RegistrationCheck {
  private readonly claims: Claims;

  constructor(
    private readonly placements: PlacementCheck,
    @Inject(EVENT_STORE) store: EventStore,
  ) {
    this.claims = new Claims(store, 1);
  }

  async check(fields: RegisterEmployeeFields & { readonly employeeId: string }, at: string): Promise<void> {
    await this.placements.assert(fields.unitId, fields.positionId);
    employeeDecider.decide(registerCommand(fields, fields.employeeId, at), initialEmployeeState());
    const claim = identifierClaim(fields.identifier, identifierTypeOf(fields.employmentType));
    const { holder, written } = await this.claims.status(claim.streamId);
    if (holder && written && holder.owner.streamId !== employeeStreamId(fields.employeeId)) throw claim.refusal();
  }
}
