import * as sdk from '@botpress/sdk'

/** The six message types of the `hitl` channel, in both directions. */
export const channelMessages = {
  text: sdk.messages.defaults.text,
  image: sdk.messages.defaults.image,
  audio: sdk.messages.defaults.audio,
  video: sdk.messages.defaults.video,
  file: sdk.messages.defaults.file,
  bloc: sdk.messages.markdownBloc,
} satisfies Record<string, { schema: sdk.z.AnyZodObject }>

export type ChannelMessageType = keyof typeof channelMessages
export const channelMessageTypes = Object.keys(channelMessages) as ChannelMessageType[]
