import { createDemoBot } from './create-demo-bot'

/** The demo bot as Botpress would run it (its configuration comes from the platform). */
export const bot = createDemoBot()
export default bot

export { createDemoBot, type DemoBotOptions } from './create-demo-bot'
export { startDemoBot, type DemoBotServer } from './start-demo-bot'
export { loopbackUrl, serveOnLoopback } from './serve-on-loopback'
export {
  handoffConfigurationSchema,
  type HandoffConfiguration,
  type HandoffConfigurationInput,
} from './state/configuration'
export type { DemoBot } from './bot-types'
