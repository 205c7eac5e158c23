import type { BotProps } from '../bot-types'
import type { HandoffConfiguration } from '../state/configuration'
import type { HandoffState } from '../state/definitions'
import { sayText } from '../say'
import { patchHandoff } from '../state/handoff-state'

/** Who speaks, for a chat that shows agents as people (only with useHumanAgentInfo). */
export const agentTags = (config: HandoffConfiguration, agent: HandoffState['agent']) =>
  config.useHumanAgentInfo && agent ? { agentName: agent.name, agentPictureUrl: agent.pictureUrl } : {}

/**
 * Tells the end user who joined (hitlAssigned, a transfer, or the first agent message of a session nobody
 * took yet), once per agent change. Said before it is recorded, so a retry that failed in between still says it.
 */
export const announceAgent = async (
  props: BotProps,
  config: HandoffConfiguration,
  conversationId: string,
  state: HandoffState,
  agentUserId: string,
  cause: string
): Promise<HandoffState> => {
  if (state.agent?.userId === agentUserId) return state
  const { user } = await props.client.getUser({ id: agentUserId })
  const name = user.name?.trim() || 'An agent'
  const agent = { userId: agentUserId, name, ...(user.pictureUrl ? { pictureUrl: user.pictureUrl } : {}) }
  const shown = config.useHumanAgentInfo ? name : 'An agent'
  const text = config.agentAssignedText.split('{agentName}').join(shown)
  await sayText(props.client, props.ctx.botId, conversationId, text, `joined:${cause}`, agentTags(config, agent))
  await patchHandoff(props.client, conversationId, { agent })
  return { ...state, agent }
}
