import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { AppConfig } from '../../config/config';
import { JwtVerifier } from '../auth/jwt';
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
    inject: [JwtVerifier],
    useFactory: (verifier: JwtVerifier) => ({
      path: '/graphql',
      autoSchemaFile: true,
      sortSchema: true,
      introspection: true,
      playground: false,
      includeStacktraceInErrorResponses: false,
      validationRules: [depthLimit(config.graphqlMaxDepth)],
      formatError: formatGraphqlError,
      context: graphqlContext,
      subscriptions: { 'graphql-ws': graphqlWsOptions(config, verifier) },
    }),
  });
}
