import type { VNode } from 'preact'
import { describe, expect, it } from 'vitest'
import { Avatar } from '../client/shared/Avatar'

/** The initials an avatar without a picture shows. */
const initialsShown = (name: string) => {
  const node = Avatar({ name }) as VNode<{ children?: unknown }>
  return String(node.props.children)
}

describe('avatar initials', () => {
  it.each([
    ['Priya Natarajan', 'PN'],
    ['🐼 Panda', '🐼P'],
    ['Priya 👩🏽‍💻', 'P👩🏽‍💻'],
    ['🇧🇪 Belgium', '🇧🇪B'],
    ['élodie ñuñez', 'ÉÑ'],
    // "e" followed by a combining accent: one letter as the reader sees it.
    ['e\u0301lodie Martin', 'E\u0301M'],
    ['  ', '?'],
  ])('%s shows %s: a whole character, never half of one', (name, expected) => {
    expect(initialsShown(name)).toBe(expected)
  })
})
