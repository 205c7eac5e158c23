import { describe, expect, it } from 'vitest'
import { messagePreview, PREVIEW_CHARS } from '../../src/session/message-preview'
import { findIn } from '../../src/session/search-match'

describe('the last-message preview', () => {
  it('is the text on one line, cut to 140 characters with an ellipsis', () => {
    expect(messagePreview('text', { text: 'Where is\n\nmy   parcel?' })).toBe('Where is my parcel?')
    const long = messagePreview('text', { text: 'word '.repeat(100) })
    expect(long).toHaveLength(PREVIEW_CHARS)
    expect(long.endsWith('…')).toBe(true)
  })

  it('says what a media or a bloc holds', () => {
    expect(messagePreview('image', { imageUrl: 'https://x.test/a.png', title: 'Return label' })).toBe(
      '[image] Return label'
    )
    expect(messagePreview('file', { fileUrl: 'https://x.test/a.pdf' })).toBe('[file]')
    expect(
      messagePreview('bloc', {
        items: [
          { type: 'text', payload: { text: 'Refund sent' } },
          { type: 'markdown', payload: { markdown: '**$12**' } },
        ],
      })
    ).toBe('Refund sent **$12**')
  })
})

describe('matching a search', () => {
  it('ignores case and accents and quotes the words around the match as written', () => {
    expect(findIn('The parcel for the Zürich office never arrived', 'zurich OFFICE')).toBe(
      'The parcel for the Zürich office never arrived'
    )
    expect(findIn('x'.repeat(100) + ' needle ' + 'y'.repeat(100), 'needle')).toMatch(/^….{40}needle.{40}…$/)
    expect(findIn('nothing here', 'needle')).toBeUndefined()
    expect(findIn('anything', '   ')).toBeUndefined()
  })
})
