import type { BotClient, BotProps } from '../bot-types'
import { orIfMissing } from '../../../src/api/errors'
import { type HitlInterface, installed } from '../state/hitl-interface'

/**
 * Who stands for an end user inside sessions. The copy's id is kept on the end user (tag `downstream`)
 * and reused while that user still exists; otherwise the integration creates one. Memoized for one run,
 * so a history with many messages from one person costs one lookup.
 */
export class EndUserCopies {
  private readonly known = new Map<string, Promise<string>>()
  private readonly client: BotClient
  private readonly botId: string
  private readonly hitl: HitlInterface

  constructor(props: Pick<BotProps, 'client' | 'ctx' | 'interfaces'>) {
    this.client = props.client
    this.botId = props.ctx.botId
    this.hitl = props.interfaces.hitl
  }

  copyOf(endUserId: string): Promise<string> {
    let copy = this.known.get(endUserId)
    if (!copy) {
      copy = this.link(endUserId)
      this.known.set(endUserId, copy)
      copy.catch(() => this.known.delete(endUserId))
    }
    return copy
  }

  private async link(endUserId: string): Promise<string> {
    const { user } = await this.client.getUser({ id: endUserId })
    const existing = user.tags.downstream
    if (existing && (await this.stillExists(existing))) return existing

    const { output } = await this.client.callAction({
      type: installed(this.hitl, 'createUser'),
      input: {
        name: user.name?.trim() || 'Unknown User',
        ...(user.pictureUrl ? { pictureUrl: user.pictureUrl } : {}),
        email: user.tags.email || this.placeholderEmail(endUserId),
      },
    })
    const copyId = output.userId
    await Promise.all([
      this.client.updateUser({ id: endUserId, tags: { downstream: copyId } }),
      this.client.updateUser({ id: copyId, tags: { upstream: endUserId } }),
    ])
    return copyId
  }

  private async stillExists(userId: string): Promise<boolean> {
    return orIfMissing(
      this.client.getUser({ id: userId }).then(() => true),
      false
    )
  }

  /** Unique per end user and bot, and a valid address (bot ids carry underscores, host names cannot). */
  private placeholderEmail(endUserId: string): string {
    return `${endUserId}@no-reply.${this.botId.replace(/_/g, '-')}.botpress.com`.toLowerCase()
  }
}
