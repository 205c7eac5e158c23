import { handoffConfigurationSchema } from '../../../demo-bot/src'

/** The demo bot's default texts: what the end user and agents are told. */
export const texts = handoffConfigurationSchema.parse({})
