import { createBoundedClient } from '../api/bounded-client'
import { parseInput } from '../api/validate-input'
import type { ActionInput, ActionName, ActionOutput, ActionProps, Client } from '../integration-types'
import { inputSchemas } from './input-schemas'

export type ActionRun<K extends ActionName> = (
  props: Omit<ActionProps<K>, 'input' | 'client'> & { input: ActionInput<K>; client: Client }
) => Promise<ActionOutput<K>>

/** Every action: input checked against its schema before anything is written, then a bounded client. */
export const defineAction =
  <K extends ActionName>(name: K, run: ActionRun<K>) =>
  async (props: ActionProps<K>): Promise<ActionOutput<K>> => {
    const schema = inputSchemas[name]
    const input = (schema ? parseInput(name, schema, props.input) : props.input) as ActionInput<K>
    return run({ ...props, input, client: createBoundedClient(props.ctx) })
  }
