import * as sdk from '@botpress/sdk'

/**
 * The public `hitl` interface 2.1.0, declared here because it is not published on npm.
 * Names, types, optionality and attributes must stay identical to Botpress's: the HITL plugin
 * and Studio's card call whatever integration implements it through these names only.
 * `test/hitl-interface.conformance.test.ts` holds it to the contract.
 */
const { z } = sdk

/** The runtime refuses message tags over 500 characters, and the plugin relays additionalData as one. */
export const MAX_ADDITIONAL_DATA_LENGTH = 500

const hiddenInStudio = { ...sdk.WELL_KNOWN_ATTRIBUTES.HIDDEN_IN_STUDIO }

const withSenderAndExtraData = (message: { schema: sdk.z.AnyZodObject }) => ({
  ...message,
  schema: () =>
    message.schema.extend({
      userId: z.string().optional().describe('Allows sending a message pretending to be a certain user'),
      additionalData: z
        .string()
        .max(MAX_ADDITIONAL_DATA_LENGTH)
        .optional()
        .describe(
          'Additional data to send with the message, useful for custom integrations. Must be encoded in a string.'
        ),
    }),
})

const historySource = z.union([
  z.object({ type: z.literal('user'), userId: z.string() }),
  z.object({ type: z.literal('bot') }),
])

export const historyMessageTypes = {
  ...sdk.messages.defaults,
  markdown: sdk.messages.markdown,
  bloc: sdk.messages.markdownBloc,
} satisfies Record<string, { schema: sdk.z.AnyZodObject }>

type AtLeastTwo<T> = [T, T, ...T[]]
const historyVariants: sdk.z.AnyZodObject[] = Object.entries(historyMessageTypes).map(([type, def]) =>
  z.object({ source: historySource, type: z.literal(type), payload: def.schema })
)
const historyMessage = z.union(historyVariants as AtLeastTwo<sdk.z.AnyZodObject>)

const sessionId = () =>
  z.string().title('HITL session ID').describe('ID of the Botpress conversation representing the HITL session')

export const hitlInterface = new sdk.InterfaceDefinition({
  name: 'hitl',
  version: '2.1.0',
  entities: {
    hitlSession: {
      title: 'HITL session',
      description: 'A HITL session, often referred to as a ticket or conversation in external systems',
      schema: z.object({}),
    },
  },
  events: {
    hitlAssigned: {
      attributes: hiddenInStudio,
      schema: () =>
        z.object({
          conversationId: sessionId(),
          userId: z
            .string()
            .title('Human agent user ID')
            .describe('ID of the Botpress user representing the human agent assigned to the HITL session'),
        }),
    },
    hitlStopped: {
      attributes: hiddenInStudio,
      schema: () => z.object({ conversationId: sessionId() }),
    },
  },
  actions: {
    createUser: {
      attributes: hiddenInStudio,
      title: 'Create external user',
      description: 'Create an end user in the external service and in Botpress',
      input: {
        schema: () =>
          z.object({
            name: z.string().title('Display name').describe('Display name of the end user'),
            pictureUrl: z.string().title('Picture URL').describe("URL of the end user's avatar").optional(),
            email: z.string().title('Email address').describe('Email address of the end user').optional(),
          }),
      },
      output: {
        schema: () =>
          z.object({
            userId: z.string().title('Botpress user ID').describe('ID of the Botpress user representing the end user'),
          }),
      },
    },
    startHitl: {
      attributes: hiddenInStudio,
      title: 'Start new HITL session',
      description: 'Create a new HITL session in the external service and in Botpress',
      input: {
        schema: (entities) =>
          z.object({
            userId: z.string().title('User ID').describe('ID of the Botpress user representing the end user'),
            title: z
              .string()
              .title('Title')
              .describe('Title of the HITL session. This corresponds to a ticket title in systems that use tickets.')
              .optional(),
            description: z
              .string()
              .title('Description')
              .describe(
                'Description of the HITL session. This corresponds to a ticket description in systems that use tickets.'
              )
              .optional(),
            hitlSession: entities.hitlSession
              .optional()
              .title('Extra configuration')
              .describe('Configuration of the HITL session'),
            messageHistory: z
              .array(historyMessage)
              .title('Conversation history')
              .describe(
                'History of all messages in the conversation up to this point. Should be displayed to the human agent in the external service.'
              ),
          }),
      },
      output: { schema: () => z.object({ conversationId: sessionId() }) },
    },
    stopHitl: {
      attributes: hiddenInStudio,
      title: 'Stop HITL session',
      description: 'Stop an existing HITL session in the external service',
      input: { schema: () => z.object({ conversationId: sessionId() }) },
      output: { schema: () => z.object({}) },
    },
  },
  channels: {
    hitl: {
      messages: {
        text: withSenderAndExtraData(sdk.messages.defaults.text),
        image: withSenderAndExtraData(sdk.messages.defaults.image),
        audio: withSenderAndExtraData(sdk.messages.defaults.audio),
        video: withSenderAndExtraData(sdk.messages.defaults.video),
        file: withSenderAndExtraData(sdk.messages.defaults.file),
        bloc: withSenderAndExtraData(sdk.messages.markdownBloc),
      },
    },
  },
  __advanced: { useLegacyZuiTransformer: true },
})

/** The interface as a package, the form `IntegrationDefinition.extend` takes (what `bp add` would generate). */
export const hitlInterfacePackage = {
  type: 'interface',
  name: hitlInterface.name,
  version: hitlInterface.version,
  definition: hitlInterface,
} satisfies sdk.InterfacePackage
