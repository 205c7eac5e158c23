// An integration served by several processes behind one registration, as Botpress runs several
// instances of a deployed integration: each request goes to the next instance in turn, and a
// synchronous call that finds an instance down (connection refused: nothing was sent) moves on to the next.
import { type PostResult, postJson } from './post-json'
import type { Integration } from '../store/registry'

const turns = new WeakMap<Integration, number>()

/** The instance the next request to this integration goes to (round robin). */
export const nextInstanceUrl = (integration: Integration): string => {
  const urls = integration.instanceUrls
  const turn = turns.get(integration) ?? 0
  turns.set(integration, turn + 1)
  return urls[turn % urls.length]!
}

const refusedConnection = (err: unknown) =>
  ((err as Error).cause as NodeJS.ErrnoException | undefined)?.code === 'ECONNREFUSED'

/** One synchronous call, to the next instance that accepts the connection. */
export const postToInstance = async (
  integration: Integration,
  headers: Record<string, string>,
  body: unknown,
  timeoutMs: number
): Promise<PostResult> => {
  for (let tried = 1; ; tried++) {
    try {
      return await postJson(nextInstanceUrl(integration), headers, body, timeoutMs)
    } catch (err) {
      if (!refusedConnection(err) || tried >= integration.instanceUrls.length) throw err
    }
  }
}
