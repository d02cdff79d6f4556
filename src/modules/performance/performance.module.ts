import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { SimulateDistributionResolver } from './simulate-distribution/simulate-distribution.resolver';

/**
 * Performance management (SKP, PermenPANRB 6/2022; DOMAIN.md §1.2): predikat by the 3×3 matrix and
 * the kurva distribusi by predikat kinerja organisasi.
 */
@Module({
  imports: [CqrsModule],
  providers: [SimulateDistributionResolver],
})
export class PerformanceModule {}
