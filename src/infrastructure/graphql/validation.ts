import { ValidationError, ValidationPipe } from '@nestjs/common';
import { BadUserInputError } from '../../kernel/errors';

export interface FieldProblem {
  readonly field: string;
  readonly problems: string[];
}

/** Flattens class-validator's nested errors into `{ field: 'input.golongan', problems: [...] }`. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** The ValidationPipe for every input: unknown fields are refused, and errors name each field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors) => {
      const fields = flattenValidationErrors(errors);
      const summary = fields.map((f) => `${f.field}: ${f.problems.join(', ')}`).join('; ');
      return new BadUserInputError(`Invalid input — ${summary}`, { fields });
    },
  });
}
