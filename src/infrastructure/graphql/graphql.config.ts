import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLModule } from '@nestjs/graphql';
import { AppConfig } from '@config/config';
import { JwtVerifier } from '../auth/jwt';
import { graphqlMetricsPlugin } from '../metrics/graphql-metrics.plugin';
import { Metrics } from '../metrics/metrics';
import { errorLanguagePlugin } from './error-language';
import { formatGraphqlError } from './error-mapper';
import { graphiqlLandingPage } from './graphiql/graphiql-landing-page';
import { GRAPHQL_PATH } from './graphql.path';
import { GraphqlHttpRequest, QueryGuard } from './query-limits/query-guard';
import { graphqlContext, graphqlWsOptions } from './subscriptions';

/**
 * Code-first GraphQL on /graphql (queries and mutations over HTTP, subscriptions over graphql-ws on
 * the same path). The schema is generated in memory; `npm run schema` writes schema.gql.
 */
export function graphqlModule(config: AppConfig) {
  const guard = new QueryGuard(config.graphqlLimits);
  return GraphQLModule.forRootAsync<ApolloDriverConfig>({
    driver: ApolloDriver,
    inject: [JwtVerifier, Metrics],
    useFactory: (verifier: JwtVerifier, metrics: Metrics) => ({
      path: GRAPHQL_PATH,
      autoSchemaFile: true,
      sortSchema: true,
      introspection: true,
      playground: false,
      includeStacktraceInErrorResponses: false,
      // A document registered by hash would skip the guard's per-caller limits on later requests.
      persistedQueries: false,
      // No HTTP caching hints are used; the default cache-control plugin would wrap every field resolver.
      plugins: [guard.plugin, errorLanguagePlugin, graphiqlLandingPage, graphqlMetricsPlugin(metrics), ApolloServerPluginCacheControlDisabled()],
      formatError: formatGraphqlError,
      // Apollo builds the context before it parses or validates: the guard refuses costly documents
      // here. Over WebSocket the guard runs in graphql-ws's onSubscribe instead.
      context: (input: { req?: GraphqlHttpRequest }) => {
        if (input.req) guard.checkRequest(input.req);
        return graphqlContext(input);
      },
      subscriptions: { 'graphql-ws': graphqlWsOptions(verifier, guard) },
    }),
  });
}
