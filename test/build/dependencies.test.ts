import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..', '..')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
const sdkPeers = Object.keys(
  (
    JSON.parse(readFileSync(require.resolve('@botpress/sdk/package.json'), 'utf8')) as {
      peerDependencies?: Record<string, string>
    }
  ).peerDependencies ?? {}
)

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []
  )

/** The package a bare import names: `@scope/name` or `name`, never a node built-in. */
const packagesImportedBy = (files: string[]): Set<string> => {
  const names = new Set<string>()
  for (const file of files) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '([^.'][^']*)'/g)) {
      if (!spec || spec.startsWith('node:')) continue
      const parts = spec.split('/')
      names.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!)
    }
  }
  return names
}

describe('the runtime dependencies a user deploying the integration installs', () => {
  const imported = packagesImportedBy([join(ROOT, 'integration.definition.ts'), ...sourceFiles(join(ROOT, 'src'))])

  it('cover every package the integration imports', () => {
    expect([...imported].filter((name) => !(name in pkg.dependencies))).toEqual([])
  })

  it('are only what the integration imports (or the SDK needs beside it)', () => {
    const extra = Object.keys(pkg.dependencies).filter((name) => !imported.has(name) && !sdkPeers.includes(name))
    expect(extra).toEqual([])
  })
})
