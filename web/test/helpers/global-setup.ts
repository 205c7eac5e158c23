import { resolveChromium } from './chromium-path'

/**
 * Runs once before any test file: resolves (and if needed unpacks) Chromium a single time, so parallel
 * browser tests never unpack it side by side (ETXTBSY), and hands the result to every worker.
 */
export default async function setup(): Promise<void> {
  const { executablePath, fontconfigPath } = await resolveChromium()
  process.env.CHROMIUM_PATH = executablePath
  if (fontconfigPath) process.env.FONTCONFIG_PATH = fontconfigPath
}
