import { PinIcon } from './icons'
import { Markdown } from './Markdown'

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

type Props = MessageLike & { onChoice?: (value: string) => void }

/** One message of any of the channel's types (text, image, audio, video, file, bloc), and what bots add (markdown, choices). */
export const MessageContent = ({ type, payload, onChoice }: Props) => {
  switch (type) {
    case 'text':
      return <Markdown text={String(payload.text ?? '')} />
    case 'markdown':
      return <Markdown text={String(payload.markdown ?? '')} />
    case 'image':
      return (
        <figure class="media media-image" data-type="image">
          <a href={payload.imageUrl} target="_blank" rel="noreferrer">
            <img src={payload.imageUrl} alt={payload.title ?? 'Image'} loading="lazy" />
          </a>
          {payload.title && <figcaption>{payload.title}</figcaption>}
        </figure>
      )
    case 'audio':
      return (
        <figure class="media media-audio" data-type="audio">
          {payload.title && <figcaption>{payload.title}</figcaption>}
          <audio controls preload="metadata" src={payload.audioUrl} />
        </figure>
      )
    case 'video':
      return (
        <figure class="media media-video" data-type="video">
          <video controls preload="metadata" src={payload.videoUrl} />
          {payload.title && <figcaption>{payload.title}</figcaption>}
        </figure>
      )
    case 'file':
      return (
        <a class="media media-file" data-type="file" href={payload.fileUrl} target="_blank" rel="noreferrer" download>
          <FileIcon />
          <span>
            <strong>{payload.title ?? fileName(payload.fileUrl)}</strong>
            <small>{fileName(payload.fileUrl)}</small>
          </span>
        </a>
      )
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
