import { Args, Field, InputType, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { checkDistribution } from '../predikat/kurva-distribusi';
import { OrganisationPredikat } from '../predikat/rating';
import '../graphql/performance.enums';

const MAX_UNIT_SIZE = 100_000;

@InputType({ description: 'How many employees of a unit hold (or are proposed for) each predikat.' })
export class PredikatCountsInput {
  @Field(() => Int) @IsInt() @Min(0) @Max(MAX_UNIT_SIZE) sangatBaik: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(MAX_UNIT_SIZE) baik: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(MAX_UNIT_SIZE) butuhPerbaikan: number;
  @Field(() => Int, { description: 'Kurang/Misconduct.' }) @IsInt() @Min(0) @Max(MAX_UNIT_SIZE) kurang: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(MAX_UNIT_SIZE) sangatKurang: number;
}

@InputType()
export class SimulatePredikatDistributionInput {
  @Field(() => OrganisationPredikat) @IsEnum(OrganisationPredikat) organisationPredikat: OrganisationPredikat;
  @Field(() => PredikatCountsInput) @ValidateNested() @Type(() => PredikatCountsInput) counts: PredikatCountsInput;
}

@ObjectType('DistributionViolation', { description: 'One unmet constraint of the pola distribusi, explained.' })
export class DistributionViolationView {
  @Field({ description: 'Stable rule code, e.g. PERFORMANCE.KURVA_BAIK_BAIK_MAX.' }) rule: string;
  @Field({ description: 'What the proposal has, e.g. "8 dari 10 pegawai (80%) Baik".' }) actual: string;
  @Field({ description: 'What the pola requires for this unit size, e.g. "paling banyak 70% (7 dari 10 pegawai)".' }) required: string;
  @Field(() => Int) actualCount: number;
  @Field(() => Int, { description: 'The count the bound allows or needs for this unit size.' }) requiredCount: number;
  @Field() message: string;
}

@ObjectType('DistributionCheck', { description: 'A proposal checked against the kurva distribusi of the organisation predikat.' })
export class DistributionCheckView {
  @Field() allowed: boolean;
  @Field(() => Int) total: number;
  @Field({ description: 'The kurva policy version applied (reference data).' }) policyVersion: string;
  @Field(() => [DistributionViolationView]) violations: DistributionViolationView[];
}

@Resolver()
export class SimulateDistributionResolver {
  @Query(() => DistributionCheckView, {
    description:
      'What-if: checks predikat counts against the kurva distribusi of an organisation predikat (PermenPANRB 6/2022), every violation explained. Reads no records. ADMIN_BKD, PEJABAT_PENILAI, AUDITOR or EMPLOYEE.',
  })
  @Roles(Role.ADMIN_BKD, Role.PEJABAT_PENILAI, Role.AUDITOR, Role.EMPLOYEE)
  simulatePredikatDistribution(@Args('input') input: SimulatePredikatDistributionInput): DistributionCheckView {
    const { sangatBaik, baik, butuhPerbaikan, kurang, sangatKurang } = input.counts;
    const check = checkDistribution(input.organisationPredikat, { sangatBaik, baik, butuhPerbaikan, kurang, sangatKurang });
    return { allowed: check.allowed, total: check.total, policyVersion: check.policyVersion, violations: check.violations.map(({ rule, actual, required, actualCount, requiredCount, message }) => ({ rule, actual, required, actualCount, requiredCount, message })) };
  }
}
