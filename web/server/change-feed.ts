import { type BotpressProblem, type ProblemContext, botpressProblemOf } from './botpress-problem'

/** "This session (or the whole queue, without an id) changed: read it again." */
export type DeskChange = { conversationId?: string; reason: 'conversation' | 'desk' | 'resync' }
export type FeedEvent = { type: 'change'; change: DeskChange } | { type: 'problem'; problem?: BotpressProblem }
type Listener = (event: FeedEvent) => void

export type ChangeFeedOptions = ProblemContext & {
  /** How often Botpress is asked what changed while a tab listens (default 2 s: 30 calls a minute). */
  pollMs?: number
  onProblem?: (problem: BotpressProblem) => void
  /** Closes abandoned sessions (an integration cannot schedule itself): called by the loop, at most every `sweepMs`. */
  sweep?: () => Promise<{ enabled: boolean }>
  /** Default: a minute; fifteen times that while the integration says abandoned sessions are left open. */
  sweepMs?: number
  /**
   * Offers pending sessions to online agents (auto-assignment; an integration cannot schedule itself): called after
   * a read that saw a change, and at each read while the last answer had sessions too new to offer.
   */
  offer?: (input: { finishInterrupted: boolean }) => Promise<{ enabled: boolean; waiting: number }>
}

/** While the integration says auto-assignment is off, it is asked again this seldom (as the sweep is). */
export const OFFER_OFF_MS = 15 * 60_000
/** A failed offer is asked again after 2 s, then twice as long each time, up to this. */
const MAX_OFFER_BACKOFF_MS = 60_000

/** Past this many pages of changes in one poll, tabs are told to re-read everything instead. */
const MAX_PAGES = 5
const MAX_BACKOFF_MS = 30_000

type Cursor = { at: string; ids: Set<string> }

/** The one Botpress call the feed makes (a `Client` is one). */
export type ConversationLister = {
  listConversations(input: {
    integrationName: string
    sortField: 'updatedAt'
    sortDirection: 'desc'
    nextToken?: string
  }): Promise<{ conversations: { id: string; updatedAt: string }[]; meta: { nextToken?: string } }>
}

/**
 * The desk's one view of what changes in Botpress: a cursor over the integration's conversations sorted by
 * `updatedAt` (tag writes and new messages move it), read by one loop per desk process whatever the number
 * of open tabs, and only while at least one tab listens. Each change is fanned out to every tab; the
 * desk's own writes are announced at once, without waiting for the next read.
 */
export class ChangeFeed {
  private readonly listeners = new Set<Listener>()
  private readonly observers = new Set<(change: DeskChange) => void>()
  private cursor: Cursor | undefined
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined
  private failures = 0
  private currentProblem: BotpressProblem | undefined
  private nextSweep = 0
  private offerDue = false
  private offerFailures = 0
  private nextOffer = 0

  constructor(
    private readonly client: ConversationLister,
    private readonly opts: ChangeFeedOptions
  ) {}

  get problem() {
    return this.currentProblem
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    if (this.listeners.size === 1) this.schedule(0)
    return () => {
      this.listeners.delete(listener)
      if (this.listeners.size === 0) this.stop()
    }
  }

  publish(change: DeskChange) {
    for (const observer of this.observers) observer(change)
    this.emit({ type: 'change', change })
  }

  /** Hears every change before the tabs do, without keeping the feed running (shared reads use it). */
  observe(observer: (change: DeskChange) => void) {
    this.observers.add(observer)
  }

  close() {
    this.listeners.clear()
    this.stop()
  }

  private emit(event: FeedEvent) {
    for (const listener of this.listeners) listener(event)
  }

  private stop() {
    clearTimeout(this.timer)
    this.timer = undefined
    // A cursor kept while nobody listens would hide what changed meanwhile: start afresh.
    this.cursor = undefined
  }

  private schedule(delayMs: number) {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.poll(), delayMs)
    this.timer.unref?.()
  }

  /** One read now (the timer calls it; a call during a read joins that read). */
  poll(): Promise<void> {
    if (this.listeners.size === 0) return Promise.resolve()
    this.running ??= this.read().finally(() => (this.running = undefined))
    return this.running
  }

  /** The sweep runs beside the loop: it is idempotent, and what it closes shows at the next read as any change. */
  private maybeSweep() {
    const now = Date.now()
    if (!this.opts.sweep || now < this.nextSweep) return
    const every = this.opts.sweepMs ?? 60_000
    this.nextSweep = now + every
    this.opts.sweep().then(
      // Switched off: asked again now and then, in case the configuration changed, at almost no cost.
      ({ enabled }) => (this.nextSweep = now + (enabled ? every : every * 15)),
      () => {
        // A failure is retried at the next sweep; Botpress problems already reach the tab through the feed.
      }
    )
  }

  /**
   * After the read's changes are out, one offer at a time: it is idempotent, and what it assigns shows at the next
   * read. After a failure the integration may have died in a take, so the next call first finishes takes left
   * half-way. It never fails the read: a failure is asked again at a later read, backing off.
   */
  private async offerPending(changed: boolean) {
    if (changed) this.offerDue = true
    const now = Date.now()
    if (!this.opts.offer || !this.offerDue || now < this.nextOffer) return
    this.offerDue = false
    try {
      const { enabled, waiting } = await this.opts.offer({ finishInterrupted: this.offerFailures > 0 })
      this.offerFailures = 0
      // Switched off: asked again now and then, in case the configuration changed, at almost no cost.
      this.nextOffer = enabled ? 0 : now + OFFER_OFF_MS
      // Sessions too new to offer yet: asked again at the next read, changed or not.
      this.offerDue = waiting > 0
    } catch {
      this.offerFailures++
      this.offerDue = true
      this.nextOffer = now + Math.min(MAX_OFFER_BACKOFF_MS, 2000 * 2 ** (this.offerFailures - 1))
    }
  }

  private async read() {
    clearTimeout(this.timer)
    this.maybeSweep()
    try {
      const hadCursor = this.cursor !== undefined
      const { changed, overflow } = await this.readChanges()
      if (this.currentProblem) {
        this.setProblem(undefined)
        this.publish({ reason: 'resync' })
      } else if (!hadCursor || overflow) {
        // The first read places the cursor after the tabs' first list: what changed in between is in neither,
        // so the tabs read again once it is placed.
        this.publish({ reason: 'resync' })
      } else for (const id of changed) this.publish({ reason: 'conversation', conversationId: id })
      this.failures = 0
      // The first read places the cursor: what is pending then is offered too.
      await this.offerPending(!hadCursor || changed.length > 0)
    } catch (err) {
      this.failures++
      this.setProblem(
        botpressProblemOf(err, this.opts) ?? {
          kind: 'botpress-error',
          sentence: `The desk could not read what changed in Botpress (${(err as Error).message}); it keeps trying.`,
        }
      )
    } finally {
      if (this.listeners.size > 0) {
        const every = this.opts.pollMs ?? 2000
        this.schedule(this.failures === 0 ? every : Math.min(MAX_BACKOFF_MS, every * 2 ** this.failures))
      }
    }
  }

  private setProblem(problem: BotpressProblem | undefined) {
    if (problem?.sentence === this.currentProblem?.sentence) return
    this.currentProblem = problem
    if (problem) this.opts.onProblem?.(problem)
    this.emit({ type: 'problem', problem })
  }

  /** Conversations updated since the cursor, newest first; the cursor moves to the newest seen. */
  private async readChanges() {
    const before = this.cursor
    const changed: string[] = []
    // Older than the cursor: everything after it in this order is older too. At the cursor's own time,
    // only the conversations already seen are skipped (others may share the millisecond).
    const isOlder = (c: { updatedAt: string }) => before !== undefined && c.updatedAt < before.at
    const wasSeen = (c: { id: string; updatedAt: string }) => c.updatedAt === before?.at && before.ids.has(c.id)
    let next = before && { at: before.at, ids: new Set(before.ids) }
    let nextToken: string | undefined
    let overflow = false
    for (let page = 0; ; page++) {
      const { conversations, meta } = await this.client.listConversations({
        integrationName: this.opts.alias,
        sortField: 'updatedAt',
        sortDirection: 'desc',
        nextToken,
      })
      let reachedOld = false
      for (const c of conversations) {
        if (isOlder(c)) {
          reachedOld = true
          break
        }
        if (wasSeen(c)) continue
        changed.push(c.id)
        if (!next || c.updatedAt > next.at) next = { at: c.updatedAt, ids: new Set([c.id]) }
        else if (c.updatedAt === next.at) next.ids.add(c.id)
      }
      nextToken = meta.nextToken
      // Without a cursor the first page is enough to place one.
      if (reachedOld || !nextToken || before === undefined) break
      if (page + 1 >= MAX_PAGES) {
        overflow = true
        break
      }
    }
    this.cursor = next ?? { at: new Date(0).toISOString(), ids: new Set() }
    return { changed, overflow }
  }
}
