import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { IsBirthDate, IsLegalDate, IsPlannedDate } from '@infrastructure/graphql/date-rules';
import { MultilineText, NameText } from '@infrastructure/graphql/text-rules';
import { IsEntityId } from '@modules/shared/input-rules';
import { LegalBasis } from '../domain';

/** Input fields shared by the employee mutations, so every input validates ids, dates and SKs alike. */

export const EmployeeIdField = (description = 'The employee record.') => applyDecorators(Field(() => ID, { description }), IsEntityId());

/** A client-chosen id that is derived from the command when absent (so a repeated idempotency key targets the same one). */
export const OptionalIdField = (description: string) => applyDecorators(Field(() => ID, { nullable: true, description }), IsOptional(), IsEntityId());

/** Date fields by kind (date-rules.ts): a birth date, the date of a legal act or its effect, or a planned date. */
export const BirthDateField = (description: string) => applyDecorators(Field({ description: `${description} (YYYY-MM-DD).` }), IsBirthDate());
export const LegalDateField = (description: string) => applyDecorators(Field({ description: `${description} (YYYY-MM-DD).` }), IsLegalDate());
export const PlannedDateField = (description: string) => applyDecorators(Field({ description: `${description} (YYYY-MM-DD).` }), IsPlannedDate());

/** A name or title on one line (NFC, trimmed before it is checked). */
export const TextField = (description: string, max = 1000) => applyDecorators(Field({ description }), NameText(), IsString(), Length(1, max));

/** Free text where line breaks belong (NFC, trimmed before it is checked). */
export const MultilineTextField = (description: string, max = 1000) => applyDecorators(Field({ description }), MultilineText(), IsString(), Length(1, max));

export { LegalBasisField, LegalBasisInput, legalBasisOf } from '@modules/shared/legal-basis.input';
