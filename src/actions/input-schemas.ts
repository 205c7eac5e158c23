import type { z } from '@botpress/sdk'
import definition from '../../integration.definition'
import { isWebUrl, linksIn, WEB_URL_MESSAGE } from '../definitions'
import type { ActionName } from '../integration-types'

/**
 * The interface's schemas are Botpress's and must stay as published, so their links (a history image, the
 * end user's picture) are held to http(s) here, like every link of our own actions' inputs.
 */
const onlyWebLinks = (input: unknown, ctx: z.RefinementCtx) => {
  for (const { path, url } of linksIn(input))
    if (!isWebUrl(url)) ctx.addIssue({ code: 'custom', path, message: WEB_URL_MESSAGE })
}

/**
 * The schema each action's input is checked against: the definition's own, where the SDK has already put our
 * `hitlSession` entity into the interface's actions (startHitl's card fields), with every link held to http(s).
 */
export const inputSchemas: Partial<Record<ActionName, z.ZodTypeAny>> = Object.fromEntries(
  Object.entries(definition.actions ?? {}).map(([name, def]) => {
    const schema: z.ZodTypeAny = def.input.schema
    return [name, schema.superRefine(onlyWebLinks)]
  })
)
