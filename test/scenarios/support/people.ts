import { type Client, isApiError } from '@botpress/client'
import { installationOf } from '../../../offline/offline-workspace'
import type { ChatMessage, Standin } from '../../../standin/src'
import type { ActionOutput } from '../../../src/integration-types'
import { texts } from './texts'

export type Identity = { email: string; name: string; pictureUrl?: string }

const textOf = (m: ChatMessage): string => {
  const payload = m.payload as Record<string, unknown>
  return typeof payload.text === 'string' ? payload.text : ''
}

/** The end user on the bot's chat channel: what they write, and what they see (both directions, oldest first). */
export class EndUser {
  private constructor(
    readonly standin: Standin,
    readonly botId: string,
    readonly conversationId: string,
    readonly userId: string,
    readonly name: string
  ) {}

  static open(standin: Standin, botId: string, name: string, pictureUrl?: string): EndUser {
    const { userId, conversationId } = standin.chat.open(botId, { name, ...(pictureUrl ? { pictureUrl } : {}) })
    return new EndUser(standin, botId, conversationId, userId, name)
  }

  say(text: string): ChatMessage {
    return this.send('text', { text })
  }

  send(type: string, payload: Record<string, unknown>): ChatMessage {
    return this.standin.chat.send(this.botId, this.conversationId, { type, payload })
  }

  messages(): ChatMessage[] {
    return this.standin.chat.messages(this.botId, this.conversationId)
  }

  /** What the bot (and the agents through it) told the end user. */
  received(): ChatMessage[] {
    return this.messages().filter((m) => m.direction === 'outgoing')
  }

  receivedTexts(): string[] {
    return this.received().map(textOf)
  }

  /** Who the end user was told joined, in order: the agent-assigned notices, by the agent they show. */
  joinedAgents(): (string | undefined)[] {
    return this.received()
      .filter((m) => textOf(m) === texts.agentAssignedText)
      .map((m) => m.tags.agentName)
  }

  /** Resolves once the end user has been told that `name` joined (the notice shows that agent). */
  waitForAgentJoined(name: string, timeoutMs = 15_000): Promise<ChatMessage[]> {
    return this.waitFor(
      (ms) =>
        ms.some(
          (m) => m.direction === 'outgoing' && textOf(m) === texts.agentAssignedText && m.tags.agentName === name
        ),
      timeoutMs
    )
  }

  waitFor(predicate: (messages: ChatMessage[]) => boolean, timeoutMs = 15_000): Promise<ChatMessage[]> {
    return this.standin.chat.waitFor(this.botId, this.conversationId, predicate, { timeoutMs })
  }

  /** Resolves once the end user has been told something containing `fragment` (`count` times). */
  waitForText(fragment: string, count = 1, timeoutMs = 15_000): Promise<ChatMessage[]> {
    return this.waitFor(
      (ms) => ms.filter((m) => m.direction === 'outgoing' && textOf(m).includes(fragment)).length >= count,
      timeoutMs
    )
  }

  /** Resolves once the end user has received `count` messages from the bot in all. */
  waitForReceived(count: number, timeoutMs = 15_000): Promise<ChatMessage[]> {
    return this.waitFor((ms) => ms.filter((m) => m.direction === 'outgoing').length >= count, timeoutMs)
  }
}

/** What the desk actions return, as the integration's typed facade declares it. */
export type SessionDetail = ActionOutput<'getSession'>['session']
export type SessionSummary = ActionOutput<'listSessions'>['sessions'][number]
export type DeskMessage = SessionDetail['messages'][number]

/**
 * A transient failure the integration could not absorb comes back as a 5xx (or, from older servers, a
 * transport message). An agent clicks again; the desk actions are safe to repeat (idempotency keys,
 * claims), so the tab's client does the same, and counts it.
 */
const TRANSPORT_FAILURE =
  /socket hang up|ECONNRESET|ECONNREFUSED|network error|timeout of \d+ms|Service unavailable|Too many requests/i
export const deskRetries = { count: 0 }

let keys = 0
const nextKey = () => `key-${process.pid}-${Date.now()}-${++keys}`

/**
 * A workspace member in the HITL tab: every call is a desk action through the API, as the tab makes it,
 * typed `<alias>:<action>` with the alias the bot installed the integration under.
 */
export class Agent {
  constructor(
    readonly desk: Client,
    readonly identity: Identity,
    readonly alias: string = installationOf().alias
  ) {}

  async call<T = any>(action: string, input: Record<string, unknown>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        const { output } = await this.desk.callAction({ type: `${this.alias}:${action}`, input })
        return output as T
      } catch (err) {
        const transient =
          (isApiError(err) && (err.code === 429 || err.code >= 500)) ||
          TRANSPORT_FAILURE.test(String((err as Error).message))
        if (attempt >= 4 || !transient) throw err
        deskRetries.count++
      }
    }
  }

  async listSessions(
    input: Record<string, unknown> = {}
  ): Promise<{ sessions: SessionSummary[]; counts: Record<string, number> }> {
    return this.call('listSessions', input)
  }

  async getSession(conversationId: string): Promise<SessionDetail> {
    return (await this.call<{ session: SessionDetail }>('getSession', { conversationId })).session
  }

  async take(conversationId: string, extra: Record<string, unknown> = {}) {
    return this.call<{ session: SessionSummary; agentUserId: string }>('assignAgent', {
      conversationId,
      agent: this.identity,
      ...extra,
    })
  }

  /** Assigns the session to another agent (a transfer when it is already assigned). */
  async transferTo(conversationId: string, to: Agent, reason = 'transfer') {
    return this.call<{ session: SessionSummary; agentUserId: string }>('assignAgent', {
      conversationId,
      agent: to.identity,
      by: this.identity,
      reason,
    })
  }

  async send(
    conversationId: string,
    message: { type: string; payload: Record<string, unknown> },
    opts: { additionalData?: string; idempotencyKey?: string } = {}
  ) {
    return this.call<{ messageId: string; agentUserId: string }>('sendAgentMessage', {
      conversationId,
      agent: this.identity,
      message,
      idempotencyKey: opts.idempotencyKey ?? nextKey(),
      ...(opts.additionalData ? { additionalData: opts.additionalData } : {}),
    })
  }

  async write(conversationId: string, text: string) {
    return this.send(conversationId, { type: 'text', payload: { text } })
  }

  async note(conversationId: string, text: string) {
    return this.call<{ noteId: string }>('addNote', {
      conversationId,
      agent: this.identity,
      text,
      idempotencyKey: nextKey(),
    })
  }

  async close(conversationId: string, reason = 'resolved') {
    return this.call<{ session: SessionSummary }>('closeSession', { conversationId, agent: this.identity, reason })
  }
}

export const agent = (desk: Client, name: string, alias?: string) =>
  new Agent(
    desk,
    {
      email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.com`,
      name,
      pictureUrl: `https://example.com/${encodeURIComponent(name)}.png`,
    },
    alias
  )

/** The session the bot opened for this end user's conversation (the bot tags its conversation with it). */
export const sessionIdOf = async (desk: Client, endUser: EndUser): Promise<string> => {
  const { conversation } = await desk.getConversation({ id: endUser.conversationId })
  const id = conversation.tags.downstream
  if (!id) throw new Error(`No session was opened for ${endUser.name}'s conversation ${endUser.conversationId}`)
  return id
}

/** The end user asks for a human: the bot says its handoff text (the `nth` time) and opens a session, whose id this is. */
export const askForHuman = async (desk: Client, endUser: EndUser, nth = 1, timeoutMs?: number): Promise<string> => {
  endUser.say('/human')
  await endUser.waitForText(texts.handoffText, nth, timeoutMs)
  return sessionIdOf(desk, endUser)
}

export const textsOf = (messages: { payload: Record<string, unknown> }[]): string[] =>
  messages.map((m) => (typeof m.payload.text === 'string' ? m.payload.text : ''))
