// The table of implemented runtime operations, keyed by the operation names of `@botpress/api`
// (helpers exported next to them are never looked up: routes come from the published table).
import * as actions from './actions'
import type { Operation } from './context'
import * as conversations from './conversations'
import * as events from './events'
import * as misc from './integration-misc'
import * as messages from './messages'
import * as states from './states'
import * as users from './users'

const modules: Record<string, unknown>[] = [users, conversations, messages, events, states, actions, misc]

export const implemented: Record<string, Operation> = Object.fromEntries(
  modules.flatMap((m) => Object.entries(m)).filter((e): e is [string, Operation] => typeof e[1] === 'function')
)
