import { createBoundedClient } from '../api/bounded-client'
import { retriableOnTransient } from '../api/errors'
import { parseInput } from '../api/validate-input'
import type { ActionInput, ActionName, ActionOutput, ActionProps, Client } from '../integration-types'
import { sessionAnnouncer, type Announce } from '../webhooks/session-announcer'
import { inputSchemas } from './input-schemas'

export type ActionRun<K extends ActionName> = (
  props: Omit<ActionProps<K>, 'input' | 'client'> & { input: ActionInput<K>; client: Client; announce: Announce }
) => Promise<ActionOutput<K>>

/**
 * Every action: input checked before anything is written, a bounded client, transient failures left retriable,
 * and `announce` to tell the configured webhook what changed once it is written.
 */
export const defineAction =
  <K extends ActionName>(name: K, run: ActionRun<K>) =>
  async (props: ActionProps<K>): Promise<ActionOutput<K>> => {
    const schema = inputSchemas[name]
    const input = (schema ? parseInput(name, schema, props.input) : props.input) as ActionInput<K>
    const announce = sessionAnnouncer(props.ctx, props.logger)
    return retriableOnTransient(() => run({ ...props, input, client: createBoundedClient(props.ctx), announce }))
  }
