import type * as sdk from '@botpress/sdk'

/**
 * What the SDK hands the HITL plugin about the integration behind its `hitl` interface
 * (`props.interfaces.hitl`): the alias the bot installed it under, and its published name and version.
 * Everything the bot sees of that integration is keyed by the alias; the name only identifies it.
 */
export type HitlInterface = Pick<sdk.PluginRuntimeProps['interfaces'][string], 'integrationAlias' | 'name' | 'version'>
export type HandoffInterfaces = { hitl: HitlInterface }

type InstalledIntegration = {
  alias: string
  name: string
  version: string
  definition: { interfaces?: Record<string, { name: string }> }
}

/**
 * The integration a bot definition installs for the `hitl` interface, as `bp` resolves a plugin's
 * dependency: the one installation whose definition implements `hitl`.
 */
export const hitlInterfaceOf = (bot: { integrations?: Record<string, InstalledIntegration> }): HitlInterface => {
  const implementing = Object.values(bot.integrations ?? {}).filter((i) =>
    Object.values(i.definition.interfaces ?? {}).some((extension) => extension.name === 'hitl')
  )
  const [only, ...others] = implementing
  if (!only || others.length > 0)
    throw new Error(
      `The bot must install exactly one integration implementing the hitl interface (found ${implementing.length})`
    )
  return { integrationAlias: only.alias, name: only.name, version: only.version }
}

/**
 * The bot's types name the installation `hitl`, as `bp gen` writes them for the default alias; at run
 * time the installation's own alias keys its actions and events (`<alias>:<name>`).
 */
export const installed = <K extends string>(hitl: HitlInterface, key: K) =>
  `${hitl.integrationAlias}:${key}` as `hitl:${K}`
