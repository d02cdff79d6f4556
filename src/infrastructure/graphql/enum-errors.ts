import { GraphQLEnumType, GraphQLError, GraphQLSchema } from 'graphql';

/**
 * graphql-js refuses a value outside an enum in English and names the enum type, not the field
 * ("Enum "PanelRole" cannot represent non-enum value", "Value "X" does not exist in "PanelRole"
 * enum"). This turns such a refusal into a sentence for people: the field, the value sent and the
 * values allowed, read from the schema.
 */
export interface EnumRefusal {
  readonly field: string;
  readonly value: string;
  readonly allowedValues: readonly string[];
  readonly message: string;
}

const NOT_ENUM = /Enum "(\w+)" cannot represent non-(?:enum|string) value: (.+?)\.(?: Did you mean|$)/;
const NOT_IN_ENUM = /Value "((?:[^"\\]|\\.)*)" does not exist in "(\w+)" enum/;
const VARIABLE_PATH = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)";/;
const VARIABLE = /^Variable "\$(\w+)" got invalid value/;

export function enumRefusal(message: string, schema: GraphQLSchema | undefined, original: unknown): EnumRefusal | undefined {
  const notEnum = NOT_ENUM.exec(message);
  const notIn = notEnum ? undefined : NOT_IN_ENUM.exec(message);
  if (!notEnum && !notIn) return undefined;
  const enumName = notEnum ? notEnum[1] : notIn![2];
  const value = notEnum ? notEnum[2].replace(/^"(.*)"$/, '$1') : notIn![1];
  const type = schema?.getType(enumName);
  const allowedValues = type instanceof GraphQLEnumType ? type.getValues().map((v) => v.name) : [];
  const field = fieldOf(message, original);
  const choices = allowedValues.length > 0 ? `: pilih salah satu dari ${allowedValues.join(', ')}` : '';
  const quoted = notEnum && /^".*"$/.test(notEnum[2]) ? ` (nilai enum ditulis tanpa tanda kutip di dalam dokumen)` : '';
  return { field, value, allowedValues, message: `${field}: nilai "${value}" tidak diizinkan${choices}${quoted}` };
}

/** The input path of a variable (`input.role`), the variable itself, or the argument a literal was written for. */
function fieldOf(message: string, original: unknown): string {
  const path = VARIABLE_PATH.exec(message);
  if (path) return path[2];
  const variable = VARIABLE.exec(message);
  if (variable) return variable[1];
  if (original instanceof GraphQLError && original.source && original.positions?.length) {
    const before = original.source.body.slice(0, original.positions[0]);
    const named = /(\w+)\s*:\s*\[?\s*$/.exec(before);
    if (named) return named[1];
  }
  return 'input';
}

/**
 * The other refusals of graphql-js when variables or literals do not fit the input types (a missing
 * required field, an unknown field, a value of the wrong scalar type), in Bahasa Indonesia naming
 * the field. Unknown shapes answer undefined and keep graphql-js's message.
 */
export interface ShapeRefusal {
  readonly field: string;
  readonly message: string;
}

const SCALARS: Record<string, string> = {
  Int: 'harus bilangan bulat (32 bit)',
  Float: 'harus berupa angka',
  String: 'harus berupa teks',
  Boolean: 'harus true atau false',
  ID: 'harus berupa id (teks atau angka)',
};

export function shapeRefusal(message: string): ShapeRefusal | undefined {
  const variable = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s.exec(message);
  const at = variable ? (variable[2] ?? variable[1]) : undefined;
  const detail = variable ? variable[3] : message;
  const within = (name: string) => (at ? `${at}.${name}` : name);

  const missing = /^Field "([^"]+)" of required type "([^"]+)" was not provided\./.exec(detail);
  if (missing) return { field: within(missing[1]), message: `${within(missing[1])} wajib diisi (${missing[2]})` };
  const unknown = /^Field "([^"]+)" is not defined by type "([^"]+)"\./.exec(detail);
  if (unknown) return { field: within(unknown[1]), message: `${within(unknown[1])} bukan field dari ${unknown[2]}; hapus field itu` };
  const scalar = /^(Int|Float|String|Boolean|ID) cannot represent/.exec(detail);
  if (scalar && at) return { field: at, message: `${at} ${SCALARS[scalar[1]]}` };
  const notNull = /^Variable "\$(\w+)" of (?:non-null|required) type "([^"]+)" (?:must not be null|was not provided)\./.exec(message);
  if (notNull) return { field: notNull[1], message: `${notNull[1]} wajib diisi (${notNull[2]})` };
  return undefined;
}
