import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { AppConfig } from '../../config/config';
import { formatGraphqlError } from './error-mapper';
import { graphiqlLandingPage } from './graphiql/graphiql-landing-page';
import { GRAPHQL_PATH } from './graphql.path';
import { GraphqlHttpRequest, QueryGuard } from './query-limits/query-guard';

/** Code-first GraphQL on /graphql. The schema is generated in memory; `npm run schema` writes schema.gql. */
export function graphqlModule(config: AppConfig) {
  const guard = new QueryGuard(config.graphqlLimits);
  return GraphQLModule.forRoot<ApolloDriverConfig>({
    driver: ApolloDriver,
    path: GRAPHQL_PATH,
    autoSchemaFile: true,
    sortSchema: true,
    introspection: true,
    playground: false,
    includeStacktraceInErrorResponses: false,
    // A document registered by hash would skip the guard's per-caller limits on later requests.
    persistedQueries: false,
    plugins: [guard.plugin, graphiqlLandingPage],
    formatError: formatGraphqlError,
    // Apollo builds the context before it parses or validates: the guard refuses costly documents here.
    context: ({ req }: { req: GraphqlHttpRequest }) => {
      guard.checkRequest(req);
      return { req };
    },
  });
}
