import type { BotProps } from './bot-types'
import { readConfiguration, type HandoffConfiguration, type HandoffConfigurationInput } from './state/configuration'
import type { HandoffInterfaces } from './state/hitl-interface'
import { withRetries } from './resilient-client'

/** What the SDK hands a handler; the demo bot adds the integration behind `hitl`. */
export type SdkProps = Omit<BotProps, 'interfaces'>

/**
 * Turns the SDK's props into what the handoff works with: a retrying client, the integration behind the
 * `hitl` interface (as a plugin gets it in `props.interfaces`), and the configuration in force.
 */
export const preparing =
  (interfaces: HandoffInterfaces, fallbackConfiguration: HandoffConfigurationInput = {}) =>
  (props: SdkProps): { props: BotProps; config: HandoffConfiguration } => ({
    props: { ...props, client: withRetries(props.client), interfaces },
    config: readConfiguration(props.ctx.configuration, fallbackConfiguration),
  })
