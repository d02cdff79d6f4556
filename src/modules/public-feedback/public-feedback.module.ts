import { Module, OnModuleInit } from '@nestjs/common';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { EventScopes } from '@infrastructure/subscriptions/event-scopes';
import { OrganisationModule } from '../organisation';
import { ProofOfWork, ProofOfWorkResolver } from './abuse/proof-of-work';
import { skmSurveysProjection } from './read-models/skm-surveys';
import { SkmResolver, SkmService } from './skm/skm.graphql';
import { skmStreamPrefix } from './skm/skm.events';

/**
 * Citizen participation and transparency (DOMAIN.md §1.3, §1.4, §1.12): SKM/IKM, complaints with
 * working-day SLAs (LAPOR!-compatible), unit metrics and the public aggregates.
 */
@Module({
  imports: [OrganisationModule],
  providers: [ProofOfWork, ProofOfWorkResolver, SkmService, SkmResolver],
})
export class PublicFeedbackModule implements OnModuleInit {
  constructor(
    private readonly runner: ProjectionRunner,
    private readonly scopes: EventScopes,
  ) {}

  onModuleInit(): void {
    this.runner.register(skmSurveysProjection);
    // Survey ids are `<unitId>-<period>` and unit ids start with the instansi: `kota-medan.dinkes-2026`.
    this.scopes.register(skmStreamPrefix, (event) => event.streamId.slice(skmStreamPrefix.length).split('.')[0]);
  }
}
