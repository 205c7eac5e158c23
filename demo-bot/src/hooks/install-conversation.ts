import { randomUUID } from 'node:crypto'
import type * as sdk from '@botpress/sdk'
import type { BotClient, BotProps, DemoBot } from '../bot-types'
import { isCommand, type HandoffConfiguration, type HandoffConfigurationInput } from '../state/configuration'
import { preparing, type SdkProps } from '../handler-props'
import type { HandoffInterfaces } from '../state/hitl-interface'
import { startHandoff } from '../start/start-handoff'
import { stopHandoffByBot } from '../end/stop-handoff-by-bot'
import { sayText } from '../say'
import { checkEscalation, handoffForVerdict } from '../start/check-escalation'
import { answerTo, anythingElseQuestion, nothingToEndAnswer, notTextAnswer } from './faq-answers'

type EndUserMessage = {
  id: string
  conversationId: string
  userId: string
  type: string
  payload: Record<string, unknown>
}

const textOf = (message: EndUserMessage): string | undefined => {
  const text =
    message.type === 'text' ? message.payload.text : message.type === 'markdown' ? message.payload.markdown : undefined
  return typeof text === 'string' ? text : undefined
}

/** The bot's flow when it has the conversation: hand off when asked or when the detector says so, else answer. */
const onEndUserMessage = async (props: BotProps, config: HandoffConfiguration, message: EndUserMessage) => {
  const { client, ctx } = props
  const reply = (text: string) => sayText(client, ctx.botId, message.conversationId, text, `reply:${message.id}`)
  const text = textOf(message)
  if (text === undefined) return reply(notTextAnswer(config.humanCommand))
  const base = {
    conversationId: message.conversationId,
    endUserId: message.userId,
    cause: message.id,
    startedBy: message.id,
  }

  if (isCommand(text, config.humanCommand)) {
    await startHandoff(props, config, {
      ...base,
      title: 'The end user asked for a human',
      description: 'Asked with the command',
    })
    return
  }
  if (isCommand(text, config.closeCommand)) return reply(nothingToEndAnswer)

  const verdict = await checkEscalation(props, message, text)
  if (verdict?.escalate) {
    await startHandoff(props, config, { ...base, ...handoffForVerdict(verdict) })
    return
  }
  return reply(answerTo(text, config.humanCommand))
}

/** Who the card is for when it is fired from outside a message: the last person who wrote in the conversation. */
const lastEndUserOf = async (client: BotClient, conversationId: string): Promise<string | undefined> => {
  const { messages } = await client.listMessages({ conversationId })
  return messages.find((m) => m.direction === 'incoming')?.userId
}

export const installConversation = (
  bot: sdk.Bot<DemoBot>,
  interfaces: HandoffInterfaces,
  fallbackConfiguration: HandoffConfigurationInput = {}
) => {
  const prepare = preparing(interfaces, fallbackConfiguration)

  bot.on.message('*', async (handler) => {
    const inSession = handler.conversation.integration === interfaces.hitl.integrationAlias
    if (inSession || handler.message.direction !== 'incoming') return
    const { props, config } = prepare(handler)
    await onEndUserMessage(props, config, handler.message)
  })

  bot.on.event('handoffRequested', async (handler) => {
    const { props, config } = prepare(handler)
    const { event } = handler
    const conversationId = event.conversationId ?? event.payload.conversationId
    if (!conversationId) return
    const endUserId = event.payload.userId ?? event.userId ?? (await lastEndUserOf(props.client, conversationId))
    if (!endUserId) return props.logger.warn(`No end user to hand off in conversation ${conversationId}`)
    const { conversationId: _ignored, userId: _user, ...card } = event.payload
    await startHandoff(props, config, { ...card, conversationId, endUserId, cause: event.id })
  })

  bot.on.event('handoffStopRequested', async (handler) => {
    const { props, config } = prepare(handler)
    const conversationId = handler.event.conversationId ?? handler.event.payload.conversationId
    if (conversationId) await stopHandoffByBot(props, config, conversationId, handler.event.id)
  })

  bot.on.event('conversationHandedBack', async (handler) => {
    const { props } = prepare(handler)
    const { event } = handler
    if (!event.conversationId) return
    await sayText(
      props.client,
      props.ctx.botId,
      event.conversationId,
      anythingElseQuestion,
      `handed-back:${event.payload.sessionId}`
    )
  })
}

/** The handoff card and its opposite, as bot actions a flow can call. */
export const handoffActions = (
  interfaces: HandoffInterfaces,
  fallbackConfiguration: HandoffConfigurationInput = {}
) => {
  const prepare = preparing(interfaces, fallbackConfiguration)
  return {
    startHandoff: async (handler: SdkProps & { input: DemoBot['actions']['startHandoff']['input'] }) => {
      const { props, config } = prepare(handler)
      const { conversationId, userId, ...card } = handler.input
      const endUserId = userId ?? (await lastEndUserOf(props.client, conversationId))
      if (!endUserId) return { started: false, reason: 'no end user in this conversation' }
      const outcome = await startHandoff(props, config, {
        ...card,
        conversationId,
        endUserId,
        cause: `action:${randomUUID()}`,
      })
      return outcome.started
        ? { started: true, sessionId: outcome.sessionId }
        : { started: false, reason: outcome.reason }
    },
    stopHandoff: async (handler: SdkProps & { input: DemoBot['actions']['stopHandoff']['input'] }) => {
      const { props, config } = prepare(handler)
      const stopped = await stopHandoffByBot(props, config, handler.input.conversationId, `action:${randomUUID()}`)
      return { stopped }
    },
  }
}
