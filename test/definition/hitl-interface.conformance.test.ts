import { describe, expect, it } from 'vitest'
import { hitlInterface, hitlSessionSchema } from '../../src/definitions'
import definition from '../../integration.definition'

/**
 * The public `hitl` interface 2.1.0, restated as facts: names, types, optionality, limits, attributes.
 * The HITL plugin and Studio's card reach any HITL integration through exactly these.
 */
const HIDDEN = { bpActionHiddenInStudio: 'true' }
type JsonSchema = {
  type?: string
  properties?: Record<string, JsonSchema>
  required?: string[]
  maxLength?: number
  anyOf?: JsonSchema[]
  items?: JsonSchema
  const?: unknown
  enum?: unknown[]
}

const toJson = (schema: { toJSONSchema: () => unknown }) => schema.toJSONSchema() as JsonSchema
const entities = { hitlSession: hitlSessionSchema } as never
const actions = hitlInterface.props.actions!
const events = hitlInterface.props.events!
const channel = hitlInterface.props.channels!.hitl!

const shape = (schema: JsonSchema) => ({
  fields: Object.keys(schema.properties ?? {}).sort(),
  required: [...(schema.required ?? [])].sort(),
})

describe('the hitl interface as published (2.1.0)', () => {
  it('is named hitl at version 2.1.0 with the hitlSession entity', () => {
    expect(hitlInterface.name).toBe('hitl')
    expect(hitlInterface.version).toBe('2.1.0')
    expect(Object.keys(hitlInterface.props.entities ?? {})).toEqual(['hitlSession'])
  })

  it('declares exactly createUser, startHitl and stopHitl, all hidden in Studio', () => {
    expect(Object.keys(actions).sort()).toEqual(['createUser', 'startHitl', 'stopHitl'])
    for (const action of Object.values(actions)) expect(action!.attributes).toEqual(HIDDEN)
  })

  it('createUser takes a required name and optional picture and email, and returns userId', () => {
    expect(shape(toJson(actions.createUser!.input.schema(entities)))).toEqual({
      fields: ['email', 'name', 'pictureUrl'],
      required: ['name'],
    })
    expect(shape(toJson(actions.createUser!.output.schema(entities)))).toEqual({
      fields: ['userId'],
      required: ['userId'],
    })
  })

  it('startHitl takes userId and messageHistory (required), title, description and hitlSession (optional)', () => {
    const input = toJson(actions.startHitl!.input.schema(entities))
    expect(shape(input)).toEqual({
      fields: ['description', 'hitlSession', 'messageHistory', 'title', 'userId'],
      required: ['messageHistory', 'userId'],
    })
    expect(shape(toJson(actions.startHitl!.output.schema(entities)))).toEqual({
      fields: ['conversationId'],
      required: ['conversationId'],
    })
  })

  it('history items are user- or bot-sourced messages of the default types plus markdown and bloc', () => {
    const input = toJson(actions.startHitl!.input.schema(entities))
    const variants = input.properties!.messageHistory!.items!.anyOf!
    const types = variants.map((v) => v.properties!.type!.const).sort()
    expect(types).toEqual([
      'audio',
      'bloc',
      'card',
      'carousel',
      'choice',
      'dropdown',
      'file',
      'image',
      'location',
      'markdown',
      'text',
      'video',
    ])
    for (const v of variants) {
      expect(v.required).toEqual(expect.arrayContaining(['source', 'type', 'payload']))
      const sources = v.properties!.source!.anyOf!.map((s) => s.properties!.type!.const).sort()
      expect(sources).toEqual(['bot', 'user'])
    }
  })

  it('stopHitl takes only conversationId and returns an empty object', () => {
    expect(shape(toJson(actions.stopHitl!.input.schema(entities)))).toEqual({
      fields: ['conversationId'],
      required: ['conversationId'],
    })
    expect(shape(toJson(actions.stopHitl!.output.schema(entities)))).toEqual({ fields: [], required: [] })
  })

  it('emits hitlAssigned {conversationId, userId} and hitlStopped {conversationId}, hidden in Studio', () => {
    expect(Object.keys(events).sort()).toEqual(['hitlAssigned', 'hitlStopped'])
    expect(shape(toJson(events.hitlAssigned!.schema(entities)))).toEqual({
      fields: ['conversationId', 'userId'],
      required: ['conversationId', 'userId'],
    })
    expect(shape(toJson(events.hitlStopped!.schema(entities)))).toEqual({
      fields: ['conversationId'],
      required: ['conversationId'],
    })
    for (const event of Object.values(events)) expect(event!.attributes).toEqual(HIDDEN)
  })

  it('the hitl channel carries text, image, audio, video, file and bloc, each with userId and additionalData (max 500)', () => {
    expect(Object.keys(channel.messages).sort()).toEqual(['audio', 'bloc', 'file', 'image', 'text', 'video'])
    for (const message of Object.values(channel.messages)) {
      const json = toJson(message.schema(entities))
      expect(json.properties!.userId!.type).toBe('string')
      expect(json.properties!.additionalData!.maxLength).toBe(500)
      expect(json.required ?? []).not.toContain('userId')
      expect(json.required ?? []).not.toContain('additionalData')
    }
  })
})

describe('the integration implements the interface', () => {
  it('extends hitl with its own hitlSession entity, so bots keep the alias hitl<hitlSession>', () => {
    const extension = Object.entries(definition.interfaces ?? {})
    expect(extension).toHaveLength(1)
    const [key, value] = extension[0]!
    expect(key).toBe('hitl<hitlSession>')
    expect(value.entities.hitlSession!.name).toBe('hitlSession')
  })

  it('serves every interface action and event, and the hitl channel with its message types', () => {
    for (const name of ['createUser', 'startHitl', 'stopHitl']) expect(definition.actions).toHaveProperty(name)
    expect(Object.keys(definition.events ?? {}).sort()).toEqual(['hitlAssigned', 'hitlStopped'])
    expect(Object.keys(definition.channels!.hitl!.messages).sort()).toEqual([
      'audio',
      'bloc',
      'file',
      'image',
      'text',
      'video',
    ])
  })

  it("the card's extra inputs are our hitlSession fields", () => {
    const actionsAfterExtend = definition.actions as Record<
      string,
      { input: { schema: { toJSONSchema: () => unknown } } }
    >
    const input = actionsAfterExtend.startHitl!.input.schema.toJSONSchema() as JsonSchema
    expect(Object.keys(input.properties!.hitlSession!.properties ?? {}).sort()).toEqual(['category', 'priority'])
  })
})
