import { z } from '@botpress/sdk'

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

type Link = { path: (string | number)[]; url: string }

/** Deep enough for any message (a bloc's item's payload); deeper input is not walked. */
const MAX_LINK_DEPTH = 16

const isUrlField = (key: string | number) => typeof key === 'string' && key.endsWith('Url')

/**
 * The links in a value whose schema Botpress publishes (the `hitl` interface's inputs), where we cannot
 * put `webUrl` in the schema itself: `*Url` fields (imageUrl, fileUrl, pictureUrl...) and the `value`
 * of a card's `url` action, anywhere in it. Iterative, so hostile nesting cannot exhaust the stack.
 */
export const linksIn = (value: unknown): Link[] => {
  const links: Link[] = []
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }]
  while (pending.length > 0) {
    const next = pending.pop()!
    if (next.path.length > MAX_LINK_DEPTH || next.value === null || typeof next.value !== 'object') continue
    const entries: [string | number, unknown][] = Array.isArray(next.value)
      ? next.value.map((item, index) => [index, item])
      : Object.entries(next.value)
    const isUrlAction = !Array.isArray(next.value) && (next.value as { action?: unknown }).action === 'url'
    for (const [key, child] of entries) {
      const path = [...next.path, key]
      if (typeof child === 'string' && (isUrlField(key) || (isUrlAction && key === 'value')))
        links.push({ path, url: child })
      else pending.push({ value: child, path })
    }
  }
  return links
}
