import * as sdk from '@botpress/sdk'
import { webUrl } from './web-url'

const { z } = sdk
const { defaults } = sdk.messages

/** Botpress's media messages, with their link restricted to http(s): an agent cannot send a script link. */
const image = { schema: defaults.image.schema.extend({ imageUrl: webUrl() }) }
const audio = { schema: defaults.audio.schema.extend({ audioUrl: webUrl() }) }
const video = { schema: defaults.video.schema.extend({ videoUrl: webUrl() }) }
const file = { schema: defaults.file.schema.extend({ fileUrl: webUrl() }) }

const item = <T extends string>(type: T, message: { schema: sdk.z.AnyZodObject }) =>
  z.object({ type: z.literal(type), payload: message.schema })

/** Botpress's bloc (markdown items included), its media items held to the same links. */
const bloc = {
  schema: z.object({
    items: z.array(
      z.union([
        item('text', defaults.text),
        item('markdown', sdk.messages.markdown),
        item('image', image),
        item('audio', audio),
        item('video', video),
        item('file', file),
        item('location', defaults.location),
      ])
    ),
  }),
}

/** The six message types of the `hitl` channel, in both directions. */
export const channelMessages = {
  text: defaults.text,
  image,
  audio,
  video,
  file,
  bloc,
} satisfies Record<string, { schema: sdk.z.AnyZodObject }>

export type ChannelMessageType = keyof typeof channelMessages
export const channelMessageTypes = Object.keys(channelMessages) as ChannelMessageType[]
