/** Where the API answers GraphQL (and serves GraphiQL to browsers). */
export const GRAPHQL_PATH = '/graphql';
