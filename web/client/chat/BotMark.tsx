/** The demo bot's face: the store's logo. */
export const BotMark = ({ size = 32 }: { size?: number }) => (
  <svg
    class="avatar bot-mark"
    viewBox="0 0 40 40"
    width={size}
    height={size}
    aria-label="Northwind Assistant"
    role="img"
  >
    <defs>
      <linearGradient id="bot-mark-bg" x1="0" y1="0" x2="1" y2="1">
        <stop offset="0" stop-color="#4f46e5" />
        <stop offset="1" stop-color="#7c3aed" />
      </linearGradient>
    </defs>
    <circle cx="20" cy="20" r="20" fill="url(#bot-mark-bg)" />
    <path d="M11 26l6-12 4 7 3-4 5 9z" fill="#fff" opacity=".95" />
    <circle cx="27" cy="13" r="2.4" fill="#fde68a" />
  </svg>
)
