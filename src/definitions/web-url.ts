import { z } from '@botpress/sdk'
import { stringFieldsIn, type StringField } from './string-fields'

/** Browsers and CDNs refuse longer URLs; a longer one is not a link anyone can open. */
export const MAX_URL_LENGTH = 2048

export const WEB_URL_MESSAGE = 'Must be an http: or https: URL'

const WEB_PROTOCOLS = new Set(['http:', 'https:'])

/**
 * True for an absolute http(s) URL. Parsed as browsers parse it (spaces, tabs and newlines removed),
 * so `java\tscript:` or ` javascript:` are read as the scripts they are.
 */
export const isWebUrl = (value: string): boolean => {
  if (value.length > MAX_URL_LENGTH) return false
  try {
    return WEB_PROTOCOLS.has(new URL(value).protocol)
  } catch {
    return false
  }
}

/**
 * Every link the integration stores or relays (media, files, pictures). `z.string().url()` alone takes
 * `javascript:`, `data:` and `file:`, which a browser runs or opens as soon as it is rendered.
 */
export const webUrl = () => z.string().max(MAX_URL_LENGTH).refine(isWebUrl, { message: WEB_URL_MESSAGE })

const isUrlField = ({ key, parent }: StringField) =>
  (typeof key === 'string' && key.endsWith('Url')) ||
  (key === 'value' && (parent as { action?: unknown }).action === 'url')

/**
 * The links in a value whose schema Botpress publishes (the `hitl` interface's inputs), where we cannot
 * put `webUrl` in the schema itself: `*Url` fields (imageUrl, fileUrl, pictureUrl...) and the `value`
 * of a card's `url` action, anywhere in it.
 */
export const linksIn = (value: unknown): StringField[] => stringFieldsIn(value).filter(isUrlField)
