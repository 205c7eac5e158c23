/**
 * How deep a JSON text nests (objects and arrays), read in one pass without parsing it, so a hostile
 * body is refused before any recursive code (validation, copying, serialising) can overflow the stack.
 */
export const jsonNestingDepth = (text: string): number => {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (inString) {
      if (ch === 0x5c) i++ // backslash: skip the escaped character
      else if (ch === 0x22) inString = false
    } else if (ch === 0x22) inString = true
    else if (ch === 0x7b || ch === 0x5b) deepest = Math.max(deepest, ++depth)
    else if (ch === 0x7d || ch === 0x5d) depth--
  }
  return deepest
}
