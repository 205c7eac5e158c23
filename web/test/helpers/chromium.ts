import { type Browser, chromium } from 'playwright-core'

import { resolveChromium } from './chromium-path'

/** Launches the resolved Chromium headless; each launch gets a fresh profile. */
export const launchChromium = async (): Promise<Browser> => {
  const { executablePath, fontconfigPath } = await resolveChromium()
  return chromium.launch({
    executablePath,
    headless: true,
    // Without its bundled fontconfig the npm Chromium renders no text at all.
    env: fontconfigPath ? { ...process.env, FONTCONFIG_PATH: fontconfigPath } : process.env,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
