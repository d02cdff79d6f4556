import { ApolloServerPlugin } from '@apollo/server';
import { GRAPHIQL_HTML } from './graphiql-assets';

/** Apollo answers a browser's GET /graphql (Accept: text/html) with GraphiQL served from local assets. */
export const graphiqlLandingPage: ApolloServerPlugin = {
  async serverWillStart() {
    return {
      async renderLandingPage() {
        return { html: GRAPHIQL_HTML };
      },
    };
  },
};
