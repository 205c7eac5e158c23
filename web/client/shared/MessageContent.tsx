import { PinIcon } from './icons'
import { Markdown } from './Markdown'
import { webLink } from './web-link'

export type MessageLike = { type: string; payload: Record<string, any> }

const fileName = (url: string) => {
  try {
    return decodeURIComponent(new URL(url, location.href).pathname.split('/').pop() || url)
  } catch {
    return url
  }
}

const FileIcon = () => (
  <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
    <path d="M6 2h8l6 6v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2z" fill="currentColor" opacity=".18" />
    <path
      d="M14 2v6h6M6 2h8l6 6v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2z"
      fill="none"
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linejoin="round"
    />
  </svg>
)

/** A link nobody may open is shown as text: what was sent stays visible, nothing of it runs. */
const RefusedLink = ({ type, title }: { type: string; title?: string }) => (
  <p class="muted" data-type={type} data-refused-link="true">
    [{type}] {title ?? ''} (link not shown: only http and https links open here)
  </p>
)

const urlFields: Record<string, string> = { image: 'imageUrl', audio: 'audioUrl', video: 'videoUrl', file: 'fileUrl' }

const Media = ({ type, payload }: MessageLike) => {
  const url = webLink(payload[urlFields[type] ?? ''])
  if (!url) return <RefusedLink type={type} title={payload.title} />
  switch (type) {
    case 'image':
      return (
        <figure class="media media-image" data-type="image">
          <a href={url} target="_blank" rel="noreferrer">
            <img src={url} alt={payload.title ?? 'Image'} loading="lazy" />
          </a>
          {payload.title && <figcaption>{payload.title}</figcaption>}
        </figure>
      )
    case 'audio':
      return (
        <figure class="media media-audio" data-type="audio">
          {payload.title && <figcaption>{payload.title}</figcaption>}
          <audio controls preload="metadata" src={url} />
        </figure>
      )
    case 'video':
      return (
        <figure class="media media-video" data-type="video">
          <video controls preload="metadata" src={url} />
          {payload.title && <figcaption>{payload.title}</figcaption>}
        </figure>
      )
    case 'file':
      return (
        <a class="media media-file" data-type="file" href={url} target="_blank" rel="noreferrer" download>
          <FileIcon />
          <span>
            <strong>{payload.title ?? fileName(url)}</strong>
            <small>{fileName(url)}</small>
          </span>
        </a>
      )
    default:
      return null
  }
}

type Props = MessageLike & { onChoice?: (value: string) => void }

/** One message of any of the channel's types (text, image, audio, video, file, bloc), and what bots add (markdown, choices). */
export const MessageContent = ({ type, payload, onChoice }: Props) => {
  switch (type) {
    case 'text':
      return <Markdown text={String(payload.text ?? '')} />
    case 'markdown':
      return <Markdown text={String(payload.markdown ?? '')} />
    case 'image':
    case 'audio':
    case 'video':
    case 'file':
      return <Media type={type} payload={payload} />
    case 'bloc':
      return (
        <div class="bloc" data-type="bloc">
          {(payload.items ?? []).map((item: MessageLike) => (
            <MessageContent type={item.type} payload={item.payload ?? {}} />
          ))}
        </div>
      )
    case 'location':
      return (
        <div class="media-location" data-type="location">
          <PinIcon /> {payload.title ?? payload.address ?? `${payload.latitude}, ${payload.longitude}`}
        </div>
      )
    case 'choice':
    case 'dropdown':
      return (
        <div class="choice" data-type={type}>
          <Markdown text={String(payload.text ?? '')} />
          <div class="choice-options">
            {(payload.options ?? []).map((o: { label: string; value: string }) => (
              <button type="button" class="chip" disabled={!onChoice} onClick={() => onChoice?.(o.value)}>
                {o.label}
              </button>
            ))}
          </div>
        </div>
      )
    default:
      return (
        <p class="muted">
          [{type}] {payload.text ?? ''}
        </p>
      )
  }
}
