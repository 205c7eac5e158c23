import { describe, expect, it } from 'vitest'
import { toEndUserMessages, toHistoryContent, toSessionMessage } from '../src/relay/message-mapping'

describe('what crosses a session', () => {
  it('an end-user message goes in as the session accepts it; markdown as text; sender fields dropped', () => {
    expect(
      toSessionMessage({ type: 'image', payload: { imageUrl: 'https://x/y.png', userId: 'someone-else' } })
    ).toEqual({
      type: 'image',
      payload: { imageUrl: 'https://x/y.png' },
    })
    expect(toSessionMessage({ type: 'markdown', payload: { markdown: '**hi**' } })).toEqual({
      type: 'text',
      payload: { text: '**hi**' },
    })
  })

  it('what the session cannot take is refused rather than sent broken', () => {
    expect(toSessionMessage({ type: 'location', payload: { latitude: 1, longitude: 2 } })).toBeUndefined()
    expect(toSessionMessage({ type: 'image', payload: {} })).toBeUndefined()
    expect(toSessionMessage({ type: 'text', payload: { text: 42 } })).toBeUndefined()
  })

  it('an agent bloc reaches the chat as its items, each keeping the additional data', () => {
    const parts = toEndUserMessages({
      type: 'bloc',
      payload: {
        additionalData: 'ticket-9',
        userId: 'agent-user',
        items: [
          { type: 'markdown', payload: { markdown: '*a*' } },
          { type: 'file', payload: { fileUrl: 'https://x/f.pdf' } },
        ],
      },
    })
    expect(parts).toEqual([
      { type: 'text', payload: { text: '*a*', additionalData: 'ticket-9' } },
      { type: 'file', payload: { fileUrl: 'https://x/f.pdf', additionalData: 'ticket-9' } },
    ])
  })

  it('other agent messages reach the chat unchanged but for the sender field', () => {
    expect(
      toEndUserMessages({ type: 'video', payload: { videoUrl: 'https://x/v.mp4', userId: 'agent-user' } })
    ).toEqual([{ type: 'video', payload: { videoUrl: 'https://x/v.mp4' } }])
  })

  it('the history keeps what its schema accepts and leaves out the rest', () => {
    expect(toHistoryContent({ type: 'text', payload: { text: 'hello', additionalData: 'x' } })).toEqual({
      type: 'text',
      payload: { text: 'hello' },
    })
    expect(toHistoryContent({ type: 'custom-widget', payload: { anything: true } })).toBeUndefined()
  })
})
