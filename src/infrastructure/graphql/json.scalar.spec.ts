import { buildSchema, getNamedType, isInputObjectType, isObjectType, parseValue } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLJSON } from './json.scalar';

describe('JSON scalar', () => {
  const value = { employeeId: 'emp-budi', changes: [{ field: 'name', from: 'A', to: 'B' }], count: 2, active: true, note: null };

  it('serializes and parses variable values as they are', () => {
    expect(GraphQLJSON.serialize(value)).toBe(value);
    expect(GraphQLJSON.parseValue(value)).toBe(value);
    expect(GraphQLJSON.serialize('text')).toBe('text');
  });

  it('parses inline literals of every JSON kind, variables included', () => {
    expect(GraphQLJSON.parseLiteral(parseValue('{ a: [1, 2.5, "x", true, null], b: { c: "d" } }'))).toEqual({ a: [1, 2.5, 'x', true, null], b: { c: 'd' } });
    expect(GraphQLJSON.parseLiteral(parseValue('{ a: $v }'), { v: [1] })).toEqual({ a: [1] });
  });

  it('is never an input: no argument or input field of the schema takes JSON, so no caller value can carry a query operator', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '../../../schema.gql'), 'utf8'));
    const jsonInputs: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isObjectType(type)) {
        for (const field of Object.values(type.getFields())) for (const arg of field.args) if (getNamedType(arg.type).name === 'JSON') jsonInputs.push(`${type.name}.${field.name}(${arg.name})`);
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (getNamedType(field.type).name === 'JSON') jsonInputs.push(`${type.name}.${field.name}`);
      }
    }
    expect(jsonInputs).toEqual([]);
  });
});
