import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'

const webDir = join(__dirname, '..', '..')
const clientDir = join(webDir, 'client')
const builtIndex = join(webDir, 'dist', 'index.html')

const newestChange = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name)
    return Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs)
  }, 0)

/** Builds the client with Vite when web/dist is missing or older than a file of web/client (or the Vite config). */
export const ensureClientBuilt = async () => {
  const sources = Math.max(newestChange(clientDir), statSync(join(webDir, 'vite.config.ts')).mtimeMs)
  if (existsSync(builtIndex) && statSync(builtIndex).mtimeMs >= sources) return
  const vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js')
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--config', join(webDir, 'vite.config.ts')], {
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.once('error', reject)
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`))))
  })
}
