import type { VNode } from 'preact'
import { describe, expect, it } from 'vitest'
import { Avatar } from '../client/shared/Avatar'
import { MessageContent } from '../client/shared/MessageContent'

type Rendered = { href?: string; src?: string; refused: boolean }

/** Renders function components down to elements (none of these use hooks) and collects links, sources and refusals. */
const linksOf = (node: unknown, out: Rendered[] = []): Rendered[] => {
  if (Array.isArray(node)) {
    for (const child of node) linksOf(child, out)
    return out
  }
  if (!node || typeof node !== 'object' || !('type' in node)) return out
  const vnode = node as VNode<Record<string, unknown>>
  if (typeof vnode.type === 'function') return linksOf((vnode.type as (p: unknown) => unknown)(vnode.props), out)
  const { href, src, children } = vnode.props
  out.push({
    href: typeof href === 'string' ? href : undefined,
    src: typeof src === 'string' ? src : undefined,
    refused: vnode.props['data-refused-link'] === 'true',
  })
  return linksOf(children, out)
}

const rendered = (type: string, payload: Record<string, unknown>) => linksOf(MessageContent({ type, payload }))
const urls = (nodes: Rendered[]) => nodes.flatMap((n) => [n.href, n.src]).filter(Boolean)

const script = 'javascript:alert(document.domain)'

describe('the HITL tab and the chat render only web links (a stored script link never runs)', () => {
  it.each([
    ['file', { fileUrl: script, title: 'Invoice' }],
    ['image', { imageUrl: ' javascript:alert(1)' }],
    ['audio', { audioUrl: 'data:text/html,<script>alert(1)</script>' }],
    ['video', { videoUrl: 'JAVASCRIPT:alert(1)' }],
    ['bloc', { items: [{ type: 'file', payload: { fileUrl: script } }] }],
  ])('a %s with a script link is shown as text, with no href or src', (type, payload) => {
    const nodes = rendered(type, payload)
    expect(urls(nodes)).toEqual([])
    expect(nodes.some((n) => n.refused)).toBe(true)
  })

  it('web links are rendered as links and media', () => {
    expect(urls(rendered('file', { fileUrl: 'https://shop.test/label.pdf' }))).toEqual(['https://shop.test/label.pdf'])
    expect(urls(rendered('image', { imageUrl: 'http://127.0.0.1:3000/samples/return-label.svg' }))).toEqual([
      'http://127.0.0.1:3000/samples/return-label.svg',
      'http://127.0.0.1:3000/samples/return-label.svg',
    ])
  })

  it('an avatar with a script picture shows initials', () => {
    expect(urls(linksOf(Avatar({ name: 'Eve', pictureUrl: script })))).toEqual([])
    expect(urls(linksOf(Avatar({ name: 'Ann', pictureUrl: 'https://shop.test/ann.png' })))).toEqual([
      'https://shop.test/ann.png',
    ])
  })
})
