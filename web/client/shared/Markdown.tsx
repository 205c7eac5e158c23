import type { ComponentChildren } from 'preact'

/** Inline markdown: **bold**, *italic*, `code` and [links](url); everything else is text (no HTML is ever injected). */
const inline = (text: string): ComponentChildren[] => {
  const out: ComponentChildren[] = []
  const pattern = /(\*\*[^*]+\*\*|`[^`]+`|\[[^\]]+\]\([^)\s]+\)|\*[^*\s][^*]*\*|_[^_\s][^_]*_)/g
  let last = 0
  for (const match of text.matchAll(pattern)) {
    const token = match[0]
    const at = match.index ?? 0
    if (at > last) out.push(text.slice(last, at))
    if (token.startsWith('**')) out.push(<strong>{token.slice(2, -2)}</strong>)
    else if (token.startsWith('`')) out.push(<code>{token.slice(1, -1)}</code>)
    else if (token.startsWith('[')) {
      const [, label, href] = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(token) ?? []
      const safe = href && /^(https?:|mailto:|\/)/.test(href) ? href : undefined
      out.push(
        safe ? (
          <a href={safe} target="_blank" rel="noreferrer">
            {label}
          </a>
        ) : (
          label
        )
      )
    } else out.push(<em>{token.slice(1, -1)}</em>)
    last = at + token.length
  }
  if (last < text.length) out.push(text.slice(last))
  return out
}

/** Paragraphs, bullet lists and headings: enough for what bots and agents write. */
export const Markdown = ({ text }: { text: string }) => {
  const blocks = text.trim().split(/\n{2,}/)
  return (
    <div class="markdown">
      {blocks.map((block) => {
        const lines = block.split('\n')
        if (lines.every((l) => /^\s*[-*] /.test(l)))
          return (
            <ul>
              {lines.map((l) => (
                <li>{inline(l.replace(/^\s*[-*] /, ''))}</li>
              ))}
            </ul>
          )
        const heading = /^#{1,6} (.*)$/.exec(block)
        if (heading) return <p class="markdown-heading">{inline(heading[1] ?? '')}</p>
        return <p>{lines.flatMap((l, i) => (i === 0 ? inline(l) : [<br />, ...inline(l)]))}</p>
      })}
    </div>
  )
}
