import { describe, expect, it } from 'vitest'
import { callActionDirectly } from '../support/call-action-directly'
import { inputSchemas } from '../../src/actions/input-schemas'
import { isWebUrl } from '../../src/definitions'

const callAction = callActionDirectly

const agent = { email: 'ann@shop.test', name: 'Ann' }
const agentMessage = (message: unknown) => ({
  conversationId: 'conv_1',
  agent,
  idempotencyKey: 'key-12345678',
  message,
})
const script = 'javascript:alert(document.domain)'

describe('links the integration stores or relays are http(s) only', () => {
  it.each([
    ['file', { type: 'file', payload: { fileUrl: script } }, 'message.payload.fileUrl'],
    ['image', { type: 'image', payload: { imageUrl: ' javascript:alert(1)' } }, 'message.payload.imageUrl'],
    ['audio', { type: 'audio', payload: { audioUrl: 'data:audio/wav;base64,AAAA' } }, 'message.payload.audioUrl'],
    ['video', { type: 'video', payload: { videoUrl: 'java\tscript:alert(1)' } }, 'message.payload.videoUrl'],
    [
      'bloc item',
      { type: 'bloc', payload: { items: [{ type: 'file', payload: { fileUrl: script } }] } },
      'message.payload.items[0].payload.fileUrl',
    ],
  ])('sendAgentMessage refuses a %s with a script link, naming the field', async (_, message, field) => {
    const { status, body } = await callAction('sendAgentMessage', agentMessage(message))
    expect(status).toBe(400)
    expect(body.message).toContain(`${field}: Must be an http: or https: URL`)
  })

  it('the agent identity and the end user copy carry no script picture', async () => {
    const assign = await callAction('assignAgent', {
      conversationId: 'conv_1',
      agent: { ...agent, pictureUrl: script },
    })
    expect(assign.status).toBe(400)
    expect(assign.body.message).toMatch(/agent\.pictureUrl: Must be an http: or https: URL/)

    const user = await callAction('createUser', { name: 'Eve', pictureUrl: 'JavaScript:alert(1)' })
    expect(user.status).toBe(400)
    expect(user.body.message).toMatch(/createUser: pictureUrl: Must be an http: or https: URL/)
  })

  it('startHitl refuses a history whose media, bloc items or card buttons link to a script', async () => {
    const history = (type: string, payload: unknown) => ({
      userId: 'user_1',
      messageHistory: [{ source: { type: 'bot' }, type, payload }],
    })
    const image = await callAction('startHitl', history('image', { imageUrl: script }))
    expect(image.status).toBe(400)
    expect(image.body.message).toMatch(/messageHistory\[0\]\.payload\.imageUrl: Must be an http: or https: URL/)

    const bloc = await callAction(
      'startHitl',
      history('bloc', { items: [{ type: 'video', payload: { videoUrl: script } }] })
    )
    expect(bloc.body.message).toMatch(/messageHistory\[0\]\.payload\.items\[0\]\.payload\.videoUrl/)

    const card = await callAction(
      'startHitl',
      history('card', { title: 'Help', actions: [{ action: 'url', label: 'Open', value: script }] })
    )
    expect(card.status).toBe(400)
    expect(card.body.message).toMatch(/messageHistory\[0\]\.payload\.actions\[0\]\.value: Must be an http: or https/)
  })

  it('web links pass', () => {
    const ok = inputSchemas.sendAgentMessage!.safeParse(
      agentMessage({ type: 'file', payload: { fileUrl: 'https://shop.test/label.pdf', title: 'Label' } })
    )
    expect(ok.success).toBe(true)
    const history = inputSchemas.startHitl!.safeParse({
      userId: 'user_1',
      messageHistory: [{ source: { type: 'bot' }, type: 'image', payload: { imageUrl: 'http://shop.test/a.png' } }],
    })
    expect(history.success).toBe(true)
  })

  it.each([
    ['https://shop.test/a.png', true],
    ['http://127.0.0.1:3000/x', true],
    ['javascript:alert(1)', false],
    ['  JAVASCRIPT:alert(1)', false],
    ['jav\nascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['file:///etc/passwd', false],
    ['/relative/path', false],
    ['https://shop.test/' + 'a'.repeat(2100), false],
  ])('isWebUrl(%.40s) is %s', (url, expected) => {
    expect(isWebUrl(url)).toBe(expected)
  })
})
