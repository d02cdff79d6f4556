import { applyDecorators } from '@nestjs/common';
import { IsISO8601, IsString, Length, Matches } from 'class-validator';

/** class-validator rules shared by the personnel sub-modules' inputs (employee, recruitment). */

/** Ids chosen by clients (employees, assignments, nominations, rounds, formasi…): letters, digits and `. _ : -`, up to 100 characters. */
export const IsEntityId = () =>
  applyDecorators(
    IsString(),
    Length(1, 100),
    Matches(/^[A-Za-z0-9][\w.:-]*$/, { message: '$property may contain letters, digits and . _ : - only (starting with a letter or digit)' }),
  );

/** A civil date `YYYY-MM-DD` that exists in the calendar. */
export const IsCivilDate = () =>
  applyDecorators(Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date YYYY-MM-DD' }), IsISO8601({ strict: true }, { message: '$property must be a real date' }));
