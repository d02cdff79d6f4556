import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';

/**
 * Any JSON value (object, array, string, number, boolean or null), passed through as it is: for data
 * whose shape the schema does not fix, such as a stored event's `data`. Clients receive structured
 * JSON, not JSON text to parse. Use as `@Field(() => GraphQLJSON)`.
 */
export const GraphQLJSON = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value (object, array, string, number, boolean or null), passed through as it is.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
