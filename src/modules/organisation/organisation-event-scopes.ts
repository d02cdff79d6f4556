import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventScopes } from '@infrastructure/subscriptions/event-scopes';
import { organisationStream } from './domain/organisation.ids';

/** Tells log readers (subscriptions) which instansi an organisation event belongs to: its stream's. */
@Injectable()
export class OrganisationEventScopes implements OnModuleInit {
  constructor(private readonly scopes: EventScopes) {}

  onModuleInit(): void {
    const prefix = organisationStream('');
    this.scopes.register(prefix, (event) => event.streamId.slice(prefix.length));
  }
}
