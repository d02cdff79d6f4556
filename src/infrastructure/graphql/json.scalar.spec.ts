import { parseValue } from 'graphql';
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
});
