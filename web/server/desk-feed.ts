/** What a HITL tab needs to hear: "this session (or the queue) changed, read it again". */
export type DeskChange = { conversationId?: string; reason: 'message' | 'conversation' | 'event' | 'desk' }

type Listener = (change: DeskChange) => void

/** The stand-in's live events, the way this server sees them. */
export type BotpressEvents = {
  on(
    event: 'message' | 'conversation' | 'event',
    listener: (e: { botId: string; [key: string]: unknown }) => void
  ): void
  off(
    event: 'message' | 'conversation' | 'event',
    listener: (e: { botId: string; [key: string]: unknown }) => void
  ): void
}

const conversationIdOf = (e: Record<string, unknown>): string | undefined => {
  const record = (e.message ?? e.conversation ?? e.event) as { id?: string; conversationId?: string } | undefined
  if (!record) return undefined
  return e.conversation ? record.id : record.conversationId
}

/**
 * Fans Botpress's live events for one bot out to every open HITL tab, plus the changes the desk makes itself
 * (notes live in the integration's state, which Botpress does not announce).
 */
export class DeskFeed {
  private readonly listeners = new Set<Listener>()
  private readonly forward = (reason: DeskChange['reason']) => (e: { botId: string; [key: string]: unknown }) => {
    if (e.botId === this.botId) this.publish({ reason, conversationId: conversationIdOf(e) })
  }
  private readonly handlers = {
    message: this.forward('message'),
    conversation: this.forward('conversation'),
    event: this.forward('event'),
  }

  constructor(
    private readonly events: BotpressEvents,
    private readonly botId: string
  ) {
    for (const [name, handler] of Object.entries(this.handlers)) events.on(name as keyof typeof this.handlers, handler)
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  publish(change: DeskChange) {
    for (const listener of this.listeners) listener(change)
  }

  close() {
    for (const [name, handler] of Object.entries(this.handlers))
      this.events.off(name as keyof typeof this.handlers, handler)
    this.listeners.clear()
  }
}
