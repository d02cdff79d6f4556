import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';

/** Personnel › Organisation: filled in by its use cases and read models. */
@Module({ imports: [CqrsModule], providers: [], exports: [] })
export class OrganisationModule {}
