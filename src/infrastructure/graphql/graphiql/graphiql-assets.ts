import { dirname, join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/** Where the browser fetches GraphiQL's files: from this server, never a CDN. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql';

/** The header GraphiQL's headers editor starts with; while it is left as is, requests go out anonymous. */
export const TOKEN_PLACEHOLDER = 'Bearer <token>';

const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/**
 * Starts GraphiQL on the page: the headers editor is open with an Authorization template (paste a
 * token from `npm run token` over `<token>`), and the template itself is never sent.
 */
const INIT_SCRIPT = `(function () {
  var PLACEHOLDER = ${JSON.stringify(TOKEN_PLACEHOLDER)};
  var send = GraphiQL.createFetcher({ url: window.location.pathname });
  function fetcher(params, options) {
    var headers = Object.assign({}, options && options.headers);
    if (headers.Authorization === PLACEHOLDER) delete headers.Authorization;
    return send(params, Object.assign({}, options, { headers: headers }));
  }
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultHeaders: JSON.stringify({ Authorization: PLACEHOLDER }, null, 2),
      defaultEditorToolsVisibility: 'headers',
      shouldPersistHeaders: false,
    }),
  );
})();
`;

type Asset = { readonly contentType: string } & ({ readonly file: string } | { readonly text: string });

/** The only files served under GRAPHIQL_ASSETS_PATH, by name. */
const ASSETS: Record<string, Asset> = {
  'graphiql.min.css': { contentType: 'text/css; charset=utf-8', file: join(packageDir('graphiql'), 'graphiql.min.css') },
  'graphiql.min.js': { contentType: 'text/javascript; charset=utf-8', file: join(packageDir('graphiql'), 'graphiql.min.js') },
  'react.production.min.js': { contentType: 'text/javascript; charset=utf-8', file: join(packageDir('react'), 'umd/react.production.min.js') },
  'react-dom.production.min.js': { contentType: 'text/javascript; charset=utf-8', file: join(packageDir('react-dom'), 'umd/react-dom.production.min.js') },
  'init.js': { contentType: 'text/javascript; charset=utf-8', text: INIT_SCRIPT },
};

/** The page Apollo serves to a browser that opens /graphql (Accept: text/html). */
export const GRAPHIQL_HTML = `<!doctype html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <title>Akuntabel — GraphiQL</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="${GRAPHIQL_ASSETS_PATH}/graphiql.min.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Memuat GraphiQL…</div>
  <script src="${GRAPHIQL_ASSETS_PATH}/react.production.min.js"></script>
  <script src="${GRAPHIQL_ASSETS_PATH}/react-dom.production.min.js"></script>
  <script src="${GRAPHIQL_ASSETS_PATH}/graphiql.min.js"></script>
  <script src="${GRAPHIQL_ASSETS_PATH}/init.js"></script>
</body>
</html>
`;

/** Express middleware for GRAPHIQL_ASSETS_PATH: the files above, 404 for any other name. */
export function graphiqlAssets(request: Request, response: Response, next: NextFunction): void {
  const asset = ASSETS[request.path.replace(/^\//, '')];
  if (!asset || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
  response.setHeader('content-type', asset.contentType);
  response.setHeader('cache-control', 'public, max-age=3600');
  if ('text' in asset) {
    response.send(asset.text);
    return;
  }
  response.sendFile(asset.file, (error) => error && next(error));
}
