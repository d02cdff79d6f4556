import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';

/** Personnel › Employee: filled in by its use cases and read models. */
@Module({ imports: [CqrsModule], providers: [], exports: [] })
export class EmployeeModule {}
