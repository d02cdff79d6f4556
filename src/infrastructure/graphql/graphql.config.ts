import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { AppConfig } from '../../config/config';
import { JwtVerifier } from '../auth/jwt';
import { graphqlMetricsPlugin } from '../metrics/graphql-metrics.plugin';
import { Metrics } from '../metrics/metrics';
import { depthLimit } from './depth-limit';
import { formatGraphqlError } from './error-mapper';
import { graphqlContext, graphqlWsOptions } from './subscriptions';

/**
 * Code-first GraphQL on /graphql (queries and mutations over HTTP, subscriptions over graphql-ws on
 * the same path). The schema is generated in memory; `npm run schema` writes schema.gql.
 */
export function graphqlModule(config: AppConfig) {
  return GraphQLModule.forRootAsync<ApolloDriverConfig>({
    driver: ApolloDriver,
    inject: [JwtVerifier, Metrics],
    useFactory: (verifier: JwtVerifier, metrics: Metrics) => ({
      path: '/graphql',
      autoSchemaFile: true,
      sortSchema: true,
      introspection: true,
      playground: false,
      includeStacktraceInErrorResponses: false,
      validationRules: [depthLimit(config.graphqlMaxDepth)],
      formatError: formatGraphqlError,
      plugins: [graphqlMetricsPlugin(metrics)],
      context: graphqlContext,
      subscriptions: { 'graphql-ws': graphqlWsOptions(config, verifier) },
    }),
  });
}
