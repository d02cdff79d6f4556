import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { AppConfig } from '../../config/config';
import { depthLimit } from './depth-limit';
import { formatGraphqlError } from './error-mapper';

/** Code-first GraphQL on /graphql. The schema is generated in memory; `npm run schema` writes schema.gql. */
export function graphqlModule(config: AppConfig) {
  return GraphQLModule.forRoot<ApolloDriverConfig>({
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: true,
    playground: false,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit(config.graphqlMaxDepth)],
    formatError: formatGraphqlError,
    context: ({ req }: { req: unknown }) => ({ req }),
  });
}
