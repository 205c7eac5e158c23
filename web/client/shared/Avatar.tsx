import { webLink } from './web-link'

const palette = ['#6366f1', '#0ea5e9', '#14b8a6', '#f59e0b', '#ef4444', '#8b5cf6', '#ec4899', '#22c55e']

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('') || '?'

const colorOf = (name: string) =>
  palette[[...name].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7) % palette.length]

/** A picture when there is one, else initials on a colour that is always the same for a name. */
export const Avatar = ({ name, pictureUrl, size = 32 }: { name: string; pictureUrl?: string; size?: number }) =>
  webLink(pictureUrl) ? (
    <img class="avatar" src={pictureUrl} alt={name} width={size} height={size} style={{ width: size, height: size }} />
  ) : (
    <span
      class="avatar avatar-initials"
      aria-label={name}
      style={{ width: size, height: size, background: colorOf(name), fontSize: size * 0.4 }}
    >
      {initials(name)}
    </span>
  )
