// Where things go once written, like Botpress routes them:
// - a message the bot writes on an integration's conversation goes to that integration (`message_created`);
// - a message an integration (or the chat channel) writes reaches the bot as a `message_created` event;
// - an event an integration creates reaches the bot as `<alias>:<type>` (body and `x-bp-type`);
// - actions are synchronous calls to the integration (`action_triggered`).
import { ApiError, UpstreamError } from '../http/api-errors'
import { newId } from '../store/ids'
import { nextInstanceUrl, postToInstance } from './instances'
import type { Bot, Installation, Integration } from '../store/registry'
import type { Runtime } from '../runtime'
import { botHeaders, integrationHeaders } from './server-headers'
import { type StoredConversation, type StoredEvent, type StoredMessage, nextSeq, now } from '../store/bot-store'
import { conversationView, eventView, messageView, userView } from '../store/views'

const botCaller = (bot: Bot) => ({ role: 'bot' as const, bot })

export const emitMessage = (rt: Runtime, bot: Bot, message: StoredMessage) => {
  rt.emitter.emit('message', { botId: bot.id, message: messageView(botCaller(bot), message) })
}

export const emitConversation = (rt: Runtime, bot: Bot, conversation: StoredConversation) => {
  rt.emitter.emit('conversation', { botId: bot.id, conversation: conversationView(botCaller(bot), conversation) })
}

/** Called after a message is stored: decides who must hear about it. */
export const routeMessage = (rt: Runtime, bot: Bot, message: StoredMessage): void => {
  emitMessage(rt, bot, message)
  const store = rt.store(bot.id)
  const conversation = store.conversations.get(message.conversationId)
  const user = store.users.get(message.userId)
  if (!conversation || !user) return
  if (message.direction === 'incoming') {
    const event: StoredEvent = {
      id: newId('evt'),
      createdAt: now(),
      seq: nextSeq(),
      type: 'message_created',
      payload: {
        message: messageView(botCaller(bot), message),
        user: userView(botCaller(bot), user),
        conversation: conversationView(botCaller(bot), conversation),
      },
      conversationId: conversation.id,
      userId: user.id,
      messageId: message.id,
      status: 'pending',
      failureReason: null,
      owner: conversation.integration,
    }
    store.events.set(event.id, event)
    deliverEventToBot(rt, bot, event)
    return
  }
  const target = rt.registry.installationByAlias(bot, conversation.integration)
  if (!target || target.integration.builtin) return // the chat channel just keeps what the bot says
  const caller = { role: 'integration' as const, bot, ...target }
  const body = {
    conversation: conversationView(caller, conversation),
    user: userView(caller, user),
    type: message.type,
    payload: message.payload,
    message: messageView(caller, message),
  }
  rt.deliveries.enqueue({
    queue: `${bot.id}|integration:${target.installation.alias}|${conversation.id}`,
    url: () => nextInstanceUrl(target.integration),
    headers: integrationHeaders(bot, target.installation, target.integration, 'message_created'),
    body,
    settle: (outcome) => {
      if (!outcome.ok)
        rt.emitter.emit('delivery-failed', {
          botId: bot.id,
          target: 'integration',
          integration: target.integration.name,
          alias: target.installation.alias,
          operation: 'message_created',
          messageId: message.id,
          conversationId: conversation.id,
          reason: outcome.reason,
          attempts: outcome.attempts,
        })
    },
  })
}

/** Sends an event to the bot server (typed as stored: `<alias>:<type>`); records its outcome in the event's status. */
export const deliverEventToBot = (rt: Runtime, bot: Bot, event: StoredEvent): void => {
  const { type } = event
  rt.emitter.emit('event', { botId: bot.id, event: eventView(event) })
  if (!bot.url) {
    // No bot server to run: Botpress would have nothing to execute either.
    event.status = 'ignored'
    return
  }
  rt.deliveries.enqueue({
    queue: `${bot.id}|bot|${event.conversationId ?? 'none'}`,
    url: bot.url,
    headers: botHeaders(bot, 'event_received', type),
    body: { event: eventView(event) },
    settle: (outcome) => {
      if (outcome.ok) {
        event.status = 'processed'
        return
      }
      event.status = 'failed'
      event.failureReason = outcome.reason.slice(0, 2000)
      rt.emitter.emit('delivery-failed', {
        botId: bot.id,
        target: 'bot',
        operation: 'event_received',
        eventType: type,
        eventId: event.id,
        conversationId: event.conversationId,
        reason: outcome.reason,
        attempts: outcome.attempts,
      })
    },
  })
}

/** Synchronous call to an integration server (actions, register). Non-2xx answers come back unchanged. */
export const callIntegration = async (
  rt: Runtime,
  bot: Bot,
  installation: Installation,
  integration: Integration,
  operation: string,
  body: unknown
): Promise<any> => {
  if (integration.builtin)
    throw new ApiError('InvalidPayload', `Integration "${integration.name}" has no ${operation} operation`)
  await rt.faults.delay()
  let result
  try {
    result = await postToInstance(
      integration,
      integrationHeaders(bot, installation, integration, operation),
      body,
      rt.deliveryOptions.timeoutMs
    )
  } catch (err) {
    throw new ApiError(
      'Internal',
      `Integration "${integration.name}" could not be reached at ${integration.url}: ${(err as Error).message}`
    )
  }
  if (result.status < 200 || result.status >= 300)
    throw new UpstreamError(result.status, result.body, result.contentType)
  if (!result.body) return {}
  try {
    return JSON.parse(result.body)
  } catch {
    throw new ApiError('Internal', `Integration "${integration.name}" answered ${operation} with invalid JSON`)
  }
}
