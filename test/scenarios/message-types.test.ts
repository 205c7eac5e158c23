import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOfflineBotpress, type OfflineBotpress } from '../../offline'
import { agent, EndUser, askForHuman } from './support/people'
import { texts } from './support/texts'

let bp: OfflineBotpress
beforeAll(async () => {
  bp = await startOfflineBotpress({ seed: 2 })
})
afterAll(async () => bp?.close())

const contents = [
  { type: 'text', payload: { text: 'plain words' } },
  { type: 'image', payload: { imageUrl: 'https://example.com/photo.png' } },
  { type: 'audio', payload: { audioUrl: 'https://example.com/voice.mp3' } },
  { type: 'video', payload: { videoUrl: 'https://example.com/clip.mp4' } },
  { type: 'file', payload: { fileUrl: 'https://example.com/invoice.pdf', title: 'invoice.pdf' } },
  {
    type: 'bloc',
    payload: {
      items: [
        { type: 'text', payload: { text: 'Here is the label' } },
        { type: 'image', payload: { imageUrl: 'https://example.com/label.png' } },
        { type: 'markdown', payload: { markdown: '**Keep** it' } },
      ],
    },
  },
]

const startSession = async (name: string) => {
  const endUser = EndUser.open(bp.standin, bp.botId, name)
  const sessionId = await askForHuman(bp.desk, endUser)
  const ann = agent(bp.desk, 'Ann Agent')
  await ann.take(sessionId)
  await endUser.waitForText(texts.agentAssignedText)
  return { endUser, sessionId, ann }
}

describe('the six message types of a session', () => {
  it('reach the agent as the end user sent them, in order, from the end user', async () => {
    const { endUser, sessionId, ann } = await startSession('Carla Types')
    for (const c of contents) endUser.send(c.type, c.payload)
    await bp.standin.idle()

    const { messages } = await ann.getSession(sessionId)
    const copyId = messages[0]?.payload.userId
    expect(copyId).toEqual(expect.any(String))
    expect(messages.map((m) => ({ sender: m.sender, type: m.type, payload: m.payload }))).toEqual(
      contents.map((c) => ({ sender: 'end-user', type: c.type, payload: { ...c.payload, userId: copyId } }))
    )
  })

  it('reach the end user from the agent, with their additional data; a bloc arrives as its items', async () => {
    const { endUser, sessionId, ann } = await startSession('Dan Types')
    const seenBefore = endUser.received().length
    for (const [i, c] of contents.entries()) await ann.send(sessionId, c, { additionalData: `ref-${i}` })
    await endUser.waitForReceived(seenBefore + contents.length - 1 + 3)

    const relayed = endUser.received().slice(seenBefore)
    expect(relayed.map((m) => ({ type: m.type, payload: m.payload }))).toEqual([
      { type: 'text', payload: { text: 'plain words', additionalData: 'ref-0' } },
      { type: 'image', payload: { imageUrl: 'https://example.com/photo.png', additionalData: 'ref-1' } },
      { type: 'audio', payload: { audioUrl: 'https://example.com/voice.mp3', additionalData: 'ref-2' } },
      { type: 'video', payload: { videoUrl: 'https://example.com/clip.mp4', additionalData: 'ref-3' } },
      {
        type: 'file',
        payload: { fileUrl: 'https://example.com/invoice.pdf', title: 'invoice.pdf', additionalData: 'ref-4' },
      },
      { type: 'text', payload: { text: 'Here is the label', additionalData: 'ref-5' } },
      { type: 'image', payload: { imageUrl: 'https://example.com/label.png', additionalData: 'ref-5' } },
      { type: 'text', payload: { text: '**Keep** it', additionalData: 'ref-5' } },
    ])
    expect(relayed.every((m) => m.tags.agentName === 'Ann Agent')).toBe(true)
    expect(relayed.map((m) => m.tags.additionalData)).toEqual([
      'ref-0',
      'ref-1',
      'ref-2',
      'ref-3',
      'ref-4',
      'ref-5',
      'ref-5',
      'ref-5',
    ])
  })

  it('tells the end user when a message cannot reach the agent, and the bot still does not answer it', async () => {
    const { endUser, sessionId, ann } = await startSession('Eve Types')
    endUser.send('location', { latitude: 45.5, longitude: -73.6 })
    await endUser.waitForText(texts.unsupportedMessageText)
    await bp.standin.idle()
    const { messages } = await ann.getSession(sessionId)
    expect(messages).toEqual([])
    expect(endUser.receivedTexts().filter((t) => t.includes('You said'))).toEqual([])
  })
})
