/**
 * Bundles the integration the way `bp build` does, into the layout `bp deploy` uploads
 * (`.botpress/dist/index.js`). The registry's CLI cannot read SDK 5 definitions, so this stands in for it.
 */
import { build } from 'esbuild'
import { statSync } from 'node:fs'
import { join } from 'node:path'

export const BUNDLE_PATH = join(__dirname, '..', '.botpress', 'dist', 'index.js')

export const bundle = async (): Promise<number> => {
  await build({
    entryPoints: [join(__dirname, '..', 'src', 'index.ts')],
    outfile: BUNDLE_PATH,
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    minify: true,
    sourcemap: false,
    logLevel: 'warning',
  })
  return statSync(BUNDLE_PATH).size
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
