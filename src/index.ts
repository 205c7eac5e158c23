import { actions } from './actions'
import { channels } from './channels/session-message'
import { Integration } from './integration-types'
import { register, unregister } from './setup/register'
import { refuseUnknownOperations } from './setup/refuse-unknown-operations'

/** The integration: actions the plugin and the HITL tab call, and the `hitl` channel the plugin writes to. */
export const integration = new Integration({
  register,
  unregister,
  actions,
  channels,
  handler: async () => {},
  __advanced: { unknownOperationHandler: refuseUnknownOperations(Object.keys(actions)) },
})

export default integration
