import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationDefinitionNode } from 'graphql';
import { Metrics } from './metrics';

/**
 * Counts and times every GraphQL operation by its root field (a schema name, so the label set is
 * bounded — never the client's operationName), operation type and outcome (`ok` or the first
 * error's `extensions.code`, from the closed set).
 */
export function graphqlMetricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let field = 'invalid';
      let type = 'unknown';
      return {
        async didResolveOperation({ operation }) {
          if (!operation) return;
          type = operation.operation;
          field = rootFieldOf(operation);
        },
        async willSendResponse({ response }) {
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
          const code = errors?.[0]?.extensions?.code;
          const outcome = errors?.length ? (typeof code === 'string' ? code : 'INTERNAL') : 'ok';
          const labels = { field, type, outcome };
          metrics.graphqlOperations.inc(labels);
          metrics.graphqlDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}

function rootFieldOf(operation: OperationDefinitionNode): string {
  const fields = new Set(operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : 'fragment')));
  return fields.size === 1 ? [...fields][0] : 'multiple';
}
