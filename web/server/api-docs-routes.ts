import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'

const OPENAPI_FILE = join(__dirname, '..', '..', 'docs', 'openapi.yaml')
const SWAGGER_UI_DIR = dirname(require.resolve('swagger-ui-dist/package.json'))

// The renderer is Swagger UI's own distribution; this page only points it at the contract.
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>HITL desk API reference</title>
    <link rel="stylesheet" href="/api-docs/assets/swagger-ui.css" />
  </head>
  <body>
    <main id="reference" aria-label="HITL desk API reference"></main>
    <script src="/api-docs/assets/swagger-ui-bundle.js"></script>
    <script src="/api-docs/start.js"></script>
  </body>
</html>
`
const START = `SwaggerUIBundle({ url: '/api-docs/openapi.yaml', dom_id: '#reference', deepLinking: true })\n`

/** `/api-docs`: the OpenAPI contract (docs/openapi.yaml) and its rendered reference, public like any API doc. */
export const apiDocsRoutes = () =>
  new Hono()
    .get('/api-docs/openapi.yaml', (c) =>
      c.body(readFileSync(OPENAPI_FILE, 'utf8'), 200, { 'content-type': 'application/yaml; charset=utf-8' })
    )
    .get('/api-docs/start.js', (c) => c.body(START, 200, { 'content-type': 'text/javascript; charset=utf-8' }))
    .use(
      '/api-docs/assets/*',
      serveStatic({ root: SWAGGER_UI_DIR, rewriteRequestPath: (path) => path.replace(/^\/api-docs\/assets/, '') })
    )
    .get('/api-docs', (c) => c.html(PAGE))
