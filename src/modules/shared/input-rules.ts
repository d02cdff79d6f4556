import { applyDecorators } from '@nestjs/common';
import { IsString, Length, Matches } from 'class-validator';
import { IdentifierText } from '@infrastructure/graphql/text-rules';

/** class-validator rules shared by the personnel sub-modules' inputs (employee, recruitment). */

/** Ids chosen by clients (employees, assignments, nominations, rounds, formasi…): letters, digits and `. _ : -`, up to 100 characters. */
export const IsEntityId = () =>
  applyDecorators(
    IdentifierText(),
    IsString(),
    Length(1, 100),
    Matches(/^[A-Za-z0-9][\w.:-]*$/, { message: '$property may contain letters, digits and . _ : - only (starting with a letter or digit)' }),
  );
