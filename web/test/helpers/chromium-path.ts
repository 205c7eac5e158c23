import { execFileSync } from 'node:child_process'
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/** Where the npm Chromium is unpacked once, per version: the project's own cache, not the shared /tmp. */
const CACHE_ROOT = resolve(__dirname, '../../../node_modules/.cache/hitl-chromium')

export type ChromiumInstall = { executablePath: string; fontconfigPath?: string }

const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK)
    // A file hidden behind /dev/null (as on a machine without the browser) is "executable" but empty.
    return execFileSync(path, ['--version'], { timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] }).length > 0
  } catch {
    return false
  }
}

/**
 * The browser the tests drive: `CHROMIUM_PATH`, else Debian's Chromium, else the one shipped inside the
 * `@sparticuz/chromium` npm package, unpacked into the cache. Unpacking goes to a fresh folder that is
 * renamed into place, so a run killed half-way never leaves a broken browser for the next one.
 */
export const resolveChromium = async (): Promise<ChromiumInstall> => {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) return { executablePath: fromEnv, fontconfigPath: process.env.FONTCONFIG_PATH }
  if (isExecutable('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium' }
  return unpackNpmChromium()
}

const unpackNpmChromium = async (): Promise<ChromiumInstall> => {
  const packageJson = join(dirname(require.resolve('@sparticuz/chromium')), '../../package.json')
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }
  const target = join(CACHE_ROOT, version)
  const install = { executablePath: join(target, 'chromium'), fontconfigPath: join(target, 'fontconfig') }
  if (existsSync(install.executablePath)) return install

  mkdirSync(CACHE_ROOT, { recursive: true })
  const staging = mkdtempSync(join(CACHE_ROOT, `.${version}-`))
  const previousTmp = process.env.TMPDIR
  try {
    // The package unpacks into os.tmpdir(); point that at the staging folder for the duration.
    process.env.TMPDIR = staging
    const { default: chromium } = await import('@sparticuz/chromium')
    await chromium.executablePath()
    writeFontconfig(staging, target)
  } finally {
    if (previousTmp === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = previousTmp
  }
  try {
    renameSync(staging, target)
  } catch (error) {
    // Another run got there first: theirs is complete, ours goes.
    rmSync(staging, { recursive: true, force: true })
    if (!existsSync(install.executablePath)) throw error
  }
  return install
}

/**
 * The package's own fonts.conf names fixed folders (/tmp/fonts); Chromium aborts when it finds no font,
 * so point fontconfig at the fonts where they were unpacked (their final place, after the rename).
 */
const writeFontconfig = (staging: string, target: string): void => {
  mkdirSync(join(staging, 'fontconfig'))
  const config = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    `  <dir>${join(target, 'fonts')}</dir>`,
    `  <cachedir>${join(target, 'fontconfig', 'cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n')
  writeFileSync(join(staging, 'fontconfig', 'fonts.conf'), config)
}
