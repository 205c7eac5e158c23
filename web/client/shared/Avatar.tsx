import { webLink } from './web-link'

// Each at least 4.5:1 against white initials (WCAG AA).
const palette = ['#4f46e5', '#0369a1', '#0f766e', '#b45309', '#b91c1c', '#7c3aed', '#be185d', '#15803d']

const letters = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
/** The first character of a word as a reader sees it: a whole emoji, flag or accented letter, never half of one. */
const firstGrapheme = (word: string) => letters.segment(word)[Symbol.iterator]().next().value?.segment ?? ''

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => firstGrapheme(w).toUpperCase())
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
      role="img"
      aria-label={name}
      style={{ width: size, height: size, background: colorOf(name), fontSize: size * 0.4 }}
    >
      {initials(name)}
    </span>
  )
