import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isIntrospectionType } from 'graphql';

/**
 * graphql-schema-linter's naming rules over the committed schema (schema.e2e-spec.ts checks it is the
 * generated one): type names PascalCase, field and argument names camelCase, enum values UPPER_CASE.
 */
const PASCAL = /^[A-Z][a-zA-Z0-9]*$/;
const CAMEL = /^[a-z][a-zA-Z0-9]*$/;
const UPPER = /^[A-Z][A-Z0-9_]*$/;

function namingProblems(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || type.name.startsWith('__')) continue;
    if (!PASCAL.test(type.name)) problems.push(`type ${type.name} is not PascalCase`);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!CAMEL.test(field.name)) problems.push(`field ${type.name}.${field.name} is not camelCase`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!CAMEL.test(arg.name)) problems.push(`argument ${type.name}.${field.name}(${arg.name}) is not camelCase`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!UPPER.test(value.name)) problems.push(`enum value ${type.name}.${value.name} is not UPPER_CASE`);
    }
  }
  return problems;
}

describe('GraphQL names (graphql-schema-linter naming rules)', () => {
  it('the schema has none that break them', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));
    expect(namingProblems(schema)).toEqual([]);
  });

  it('the check catches each kind of bad name', () => {
    const bad = buildSchema('type Query { ok: Int, TWK: Int, lower: lower_type, e: Kind } type lower_type { a: Int } enum Kind { GOOD, notUpper }');
    expect(namingProblems(bad)).toEqual([
      'field Query.TWK is not camelCase',
      'type lower_type is not PascalCase',
      'enum value Kind.notUpper is not UPPER_CASE',
    ]);
  });
});
