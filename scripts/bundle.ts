/**
 * Bundles the integration as the current `bp build` does: `.botpress/dist/index.cjs`, whose top-level
 * `handler` is the integration's handler (the file `bp deploy` uploads). The registry's CLI cannot read
 * SDK 5 definitions, so this stands in for it.
 */
import { build } from 'esbuild'
import { statSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(__dirname, '..')
export const BUNDLE_PATH = join(ROOT, '.botpress', 'dist', 'index.cjs')

// The CLI's entry: re-export the integration and lift its handler to the top level.
const ENTRY = `import integration from './src/index'
export default integration
export const handler = integration.handler
`

export const bundle = async (outfile = BUNDLE_PATH): Promise<number> => {
  await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts', sourcefile: 'entry.ts' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2020',
    // Names survive minification, as the CLI keeps them (some dependencies read constructor names).
    keepNames: true,
    legalComments: 'none',
    minify: true,
    sourcemap: false,
    logLevel: 'warning',
  })
  return statSync(outfile).size
}

if (require.main === module) {
  bundle().then(
    (bytes) => console.log(`bundled ${BUNDLE_PATH} (${bytes} bytes)`),
    (err) => {
      console.error(err)
      process.exit(1)
    }
  )
}
