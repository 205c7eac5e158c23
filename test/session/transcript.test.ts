import { describe, expect, it } from 'vitest'
import { TRANSCRIPT_CHUNK_CHARS, transcriptStateNames } from '../../src/definitions/states'
import { decodeTranscript, encodeTranscript, type HistoryMessage } from '../../src/session/transcript'

const text = (i: number, size = 40): HistoryMessage => ({
  source: i % 2 ? { type: 'bot' } : { type: 'user', userId: 'user_end' },
  type: 'text',
  payload: { text: `message ${i} ${'x'.repeat(size)}` },
})

/** Random text compresses badly: the worst case for the state size limit. */
const noisy = (i: number, size: number): HistoryMessage => ({
  source: { type: 'bot' },
  type: 'text',
  payload: {
    text: `${i} ${Array.from({ length: size }, () => String.fromCharCode(33 + Math.floor(Math.random() * 90))).join('')}`,
  },
})

describe('the transcript kept for agents', () => {
  it('round-trips every message in order, whatever the type', () => {
    const history: HistoryMessage[] = [
      text(0),
      { source: { type: 'bot' }, type: 'image', payload: { imageUrl: 'https://example.test/a.png' } },
      { source: { type: 'bot' }, type: 'choice', payload: { text: 'Pick', options: [{ label: 'A', value: 'a' }] } },
      text(3),
    ]
    expect(decodeTranscript(encodeTranscript(history)).messages).toEqual(history)
  })

  it('keeps 1,000 messages whole in a single chunk', () => {
    const history = Array.from({ length: 1000 }, (_, i) => text(i))
    const chunks = encodeTranscript(history, 'asked for a refund')
    expect(chunks).toHaveLength(1)
    const back = decodeTranscript(chunks)
    expect(back.messages).toHaveLength(1000)
    expect(back.messages[999]).toEqual(history[999])
    expect(back.description).toBe('asked for a refund')
    expect(back.dropped).toBe(0)
  })

  it('spreads a history too big for one state over several chunks, each under the limit', () => {
    const history = Array.from({ length: 300 }, (_, i) => noisy(i, 1_000))
    const chunks = encodeTranscript(history)
    expect(chunks.length).toBeGreaterThan(1)
    for (const chunk of chunks) expect(JSON.stringify(chunk).length).toBeLessThan(128 * 1024)
    expect(decodeTranscript(chunks.slice().reverse()).messages).toEqual(history)
  })

  it('drops only the oldest messages when even every chunk cannot hold it, and says how many', () => {
    const history = Array.from({ length: 1200 }, (_, i) => noisy(i, 1_000))
    const chunks = encodeTranscript(history)
    expect(chunks.length).toBeLessThanOrEqual(transcriptStateNames.length)
    for (const chunk of chunks) expect(chunk.data.length).toBeLessThanOrEqual(TRANSCRIPT_CHUNK_CHARS)
    const back = decodeTranscript(chunks)
    expect(back.dropped).toBeGreaterThan(0)
    expect(back.dropped + back.messages.length).toBe(1200)
    expect(back.messages.at(-1)).toEqual(history.at(-1))
    expect(back.messages[0]).toEqual(history[back.dropped])
  })
})
