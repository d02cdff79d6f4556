import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { ValidatorOptions } from 'class-validator';
import { Clock } from '@kernel/clock';
import { BadUserInputError } from '@kernel/errors';
import { civilDateOf, withValidationDay } from './date-rules';
import { checkText, TextKind, textKindOf } from './text-rules';
import { inIndonesian } from './validation-messages';
import { installValidationMetadataCache } from './validation-metadata-cache';

export interface FieldProblem {
  readonly field: string;
  readonly problems: string[];
}

/**
 * Flattens class-validator's nested errors into `{ field: 'legalBasis.skDate', problems: [...] }`,
 * one entry per field even when several rules found problems with it.
 */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const flat = errors.flatMap((error): FieldProblem[] => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints).map(inIndonesian) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
  const byField = new Map<string, string[]>();
  for (const { field, problems } of flat) byField.set(field, [...(byField.get(field) ?? []), ...problems]);
  return [...byField].map(([field, problems]) => ({ field, problems }));
}

/**
 * The one pipe for every GraphQL argument. Before class-validator runs, every string anywhere in the
 * input is checked and normalised by its field's kind (text-rules.ts), so Length and patterns see the
 * normalised value; class-validator then runs with "today" from the Clock (date-rules.ts). Unknown
 * fields are refused, and every problem of every field is reported at once.
 */
export class InputValidationPipe extends ValidationPipe {
  constructor(private readonly clock: Clock) {
    super({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      exceptionFactory: (errors) => {
        const fields = flattenValidationErrors(errors);
        const summary = fields.map((f) => `${f.field}: ${f.problems.join(', ')}`).join('; ');
        return new BadUserInputError(`Masukan tidak valid — ${summary}`, { fields });
      },
    });
  }

  /**
   * Clients send the same arguments over and over (a page of a list, a record by id). What the pipe
   * answers for an input depends only on the input class, the value sent and the day the date rules
   * judge against, so a valid input's answer is remembered by those, and a repeat gets a copy of it
   * without class-transformer or class-validator running again. Only successes are kept (a refusal is
   * rebuilt each time, with its messages), only for inputs up to MAX_VERDICT_KEY characters of JSON,
   * and at most VERDICTS of them (the oldest goes first).
   */
  private readonly answers = new Map<string, object>();

  /** Bare arguments (`orgUnit(id: ID!)`) are not classes, so class-validator never sees them: checked here. */
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom' && !this.toValidate(metadata) && (typeof value === 'string' || Array.isArray(value))) {
      const name = metadata.data ?? 'argument';
      const holder: Record<string, unknown> = { [name]: value };
      const errors = cleanStrings(holder);
      if (errors.length > 0) throw await this.exceptionFactory(errors);
      return super.transform(holder[name], metadata);
    }
    const key = metadata.metatype && this.toValidate(metadata) && isWalkable(value) ? answerKey(metadata.metatype, value, civilDateOf(this.clock.now())) : undefined;
    const known = key === undefined ? undefined : this.answers.get(key);
    if (known) return copyOf(known);
    const answer = await super.transform(value, metadata);
    if (key !== undefined && isWalkable(answer)) {
      if (this.answers.size >= VERDICTS) this.answers.delete(this.answers.keys().next().value!);
      this.answers.set(key, copyOf(answer));
    }
    return answer;
  }

  protected override async validate(object: object, validatorOptions?: ValidatorOptions): Promise<ValidationError[]> {
    const textErrors = cleanStrings(object);
    const errors = await withValidationDay(this.clock.now(), () => super.validate(object, validatorOptions));
    return [...textErrors, ...errors];
  }
}

/** How many valid inputs the pipe remembers, and how long (in characters) one may be. */
const VERDICTS = 4096;
const MAX_VERDICT_KEY = 2048;

/**
 * The class, the day and the value sent, as JSON — undefined (not remembered) when it is large. What
 * reaches the pipe is JSON-shaped (graphql-js coercion and the JSON body parser build nothing else:
 * no undefined, Date, RegExp or non-finite number), so equal JSON means an equal value for the class.
 */
function answerKey(type: Function, value: object, day: string): string | undefined {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    return undefined;
  }
  if (json === undefined || json.length > MAX_VERDICT_KEY) return undefined;
  return `${classIdOf(type)}\u0000${day}\u0000${json}`;
}

/** A deep copy that keeps each object's class (the pipe answers instances of the input classes). */
function copyOf<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyOf) as T;
  if (value instanceof Date) return new Date(value) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy = Object.create(Object.getPrototypeOf(value)) as Record<string, unknown>;
  for (const key of Object.keys(value)) copy[key] = copyOf((value as Record<string, unknown>)[key]);
  return copy as T;
}

/** Two classes may share a name (two modules' `ListArgs`): each class gets its own number. */
const classIds = new WeakMap<Function, number>();
let nextClassId = 0;
function classIdOf(type: Function): number {
  let id = classIds.get(type);
  if (id === undefined) classIds.set(type, (id = nextClassId++));
  return id;
}

export function createValidationPipe(clock: Clock): ValidationPipe {
  installValidationMetadataCache();
  return new InputValidationPipe(clock);
}

/**
 * Walks `holder` (an input class instance, a nested one, an array or a plain object), replaces each
 * string with its normalised form in place, and answers one error per field with a refused character.
 * The elements of an array take the kind and the name of the array's field (`array`); messages name
 * the property, as class-validator's do, and `field` gives the whole path.
 */
function cleanStrings(holder: object, prefix = '', array?: { kind: TextKind; name: string }): ValidationError[] {
  return Object.entries(holder).flatMap(([key, value]) => {
    const field = prefix ? `${prefix}.${key}` : key;
    const [kind, name] = array ? [array.kind, array.name] : [textKindOf(holder, key), key];
    if (typeof value === 'string') {
      const { value: clean, problems } = checkText(value, kind, name);
      (holder as Record<string, unknown>)[key] = clean;
      return problems.length > 0 ? [fieldError(field, problems)] : [];
    }
    if (Array.isArray(value)) return cleanStrings(value, field, { kind, name });
    if (isWalkable(value)) return cleanStrings(value, field);
    return [];
  });
}

function isWalkable(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && !ArrayBuffer.isView(value);
}

function fieldError(property: string, problems: string[]): ValidationError {
  return { property, constraints: Object.fromEntries(problems.map((problem, index) => [`text${index}`, problem])), children: [] };
}
