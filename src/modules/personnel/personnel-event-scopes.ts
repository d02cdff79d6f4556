import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { EventScopes } from '@infrastructure/subscriptions/event-scopes';
import { foldedInstansi } from '@infrastructure/subscriptions/folded-instansi';
import { employeeDecider, employeeStreamId, isRegistered } from './employee/domain';
import { instansiIdOf } from '../organisation';
import { selectionRoundDecider } from './recruitment/domain/selection-round.decider';
import { selectionRoundStream } from './recruitment/domain/selection-round.events';

/**
 * Tells log readers (subscriptions) which instansi each personnel event belongs to (organisation
 * streams: OrganisationEventScopes): an employee's event belongs to the instansi of the unit the record was
 * in at that event; a selection round's to the instansi that opened it. Identifier claims
 * (`personnel-identifier-…`) are a system-wide index: only all-instansi readers see them.
 */
@Injectable()
export class PersonnelEventScopes implements OnModuleInit {
  constructor(
    private readonly scopes: EventScopes,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  onModuleInit(): void {
    this.scopes.register(
      employeeStreamId(''),
      foldedInstansi(this.store, employeeDecider, (state) => (isRegistered(state) ? instansiIdOf(state.unitId) : null)),
    );
    this.scopes.register(
      selectionRoundStream(''),
      foldedInstansi(this.store, selectionRoundDecider, (state) => state.instansiId || null),
    );
  }
}
