import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { IsCivilDate, IsEntityId } from '../../shared/input-rules';
import { LegalBasis } from '../domain';

/** Input fields shared by the employee mutations, so every input validates ids, dates and SKs alike. */

export const EmployeeIdField = (description = 'The employee record.') => applyDecorators(Field(() => ID, { description }), IsEntityId());

/** A client-chosen id that is derived from the command when absent (so a repeated idempotency key targets the same one). */
export const OptionalIdField = (description: string) => applyDecorators(Field(() => ID, { nullable: true, description }), IsOptional(), IsEntityId());

export const CivilDateField = (description: string) => applyDecorators(Field({ description: `${description} (YYYY-MM-DD).` }), IsCivilDate());

/** Free text, trimmed before it is checked. */
export const TextField = (description: string, max = 1000) =>
  applyDecorators(
    Field({ description }),
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    Length(1, max),
  );

@InputType({ description: 'Dasar hukum: the SK (surat keputusan, decision letter) that authorises the change.' })
export class LegalBasisInput {
  @TextField('SK number, e.g. 800/123/BKPSDM/2025.', 200)
  skNumber: string;

  @CivilDateField('SK date')
  skDate: string;
}

export const LegalBasisField = () =>
  applyDecorators(
    Field(() => LegalBasisInput),
    ValidateNested(),
    Type(() => LegalBasisInput),
  );

/** A plain legal basis for the domain command (events store plain data, not input class instances). */
export function legalBasisOf(input: LegalBasisInput): LegalBasis {
  return { skNumber: input.skNumber, skDate: input.skDate };
}
