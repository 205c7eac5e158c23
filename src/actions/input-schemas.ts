import type { z } from '@botpress/sdk'
import { deskActions, detectEscalationAction, hitlInterface, hitlSessionSchema } from '../definitions'
import type { ActionName } from '../integration-types'

const interfaceActions = hitlInterface.props.actions!
const entities = { hitlSession: hitlSessionSchema } as never

/** The schema each action's input is checked against: the definition's own, with our entity in the interface's. */
export const inputSchemas: Partial<Record<ActionName, z.ZodTypeAny>> = {
  createUser: interfaceActions.createUser!.input.schema(entities),
  startHitl: interfaceActions.startHitl!.input.schema(entities),
  stopHitl: interfaceActions.stopHitl!.input.schema(entities),
  ...Object.fromEntries(Object.entries(deskActions).map(([name, def]) => [name, def.input.schema])),
  detectEscalation: detectEscalationAction.input.schema,
}
