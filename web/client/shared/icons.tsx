/** Small inline icons: no icon font and no emoji font needed. */
type IconProps = { size?: number }

export const ClockIcon = ({ size = 12 }: IconProps) => (
  <svg class="icon" viewBox="0 0 16 16" width={size} height={size} aria-hidden="true">
    <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5" />
    <path d="M8 4.5V8l2.5 1.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
  </svg>
)

export const LockIcon = ({ size = 12 }: IconProps) => (
  <svg class="icon" viewBox="0 0 16 16" width={size} height={size} aria-hidden="true">
    <rect x="3" y="7" width="10" height="7" rx="1.8" fill="currentColor" />
    <path d="M5.2 7V5.2a2.8 2.8 0 0 1 5.6 0V7" fill="none" stroke="currentColor" stroke-width="1.6" />
  </svg>
)

export const BotIcon = ({ size = 26 }: IconProps) => (
  <svg class="icon bot-icon" viewBox="0 0 26 26" width={size} height={size} aria-label="Bot" role="img">
    <circle cx="13" cy="13" r="13" fill="#e0e7ff" />
    <rect x="7" y="9" width="12" height="9" rx="3" fill="#4f46e5" />
    <circle cx="10.5" cy="13.5" r="1.3" fill="#fff" />
    <circle cx="15.5" cy="13.5" r="1.3" fill="#fff" />
    <path d="M13 9V6.5" stroke="#4f46e5" stroke-width="1.6" stroke-linecap="round" />
    <circle cx="13" cy="6" r="1.3" fill="#4f46e5" />
  </svg>
)

export const PinIcon = ({ size = 14 }: IconProps) => (
  <svg class="icon" viewBox="0 0 16 16" width={size} height={size} aria-hidden="true">
    <path d="M8 15s5-4.6 5-8.5A5 5 0 0 0 3 6.5C3 10.4 8 15 8 15z" fill="currentColor" />
    <circle cx="8" cy="6.5" r="1.8" fill="#fff" />
  </svg>
)
