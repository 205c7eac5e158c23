import { readFileSync, statSync } from 'node:fs'
import { z } from '@botpress/sdk'

/** An agent as the tab sees them: never their credentials. */
export type Agent = { id: string; name: string; email: string; pictureUrl?: string; role: string; demo?: boolean }
/** An agent as the desk server knows them. `demo` agents sign in with one click (the offline demo only). */
export type RosterEntry = Agent & { passwordHash?: string }

export type Roster = {
  agents(): RosterEntry[]
  byEmail(email: string): RosterEntry | undefined
}

const webUrl = z
  .string()
  .url()
  .max(2000)
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL')

const rosterFile = z.object({
  agents: z
    .array(
      z.object({
        email: z.string().trim().toLowerCase().email().max(320),
        name: z.string().trim().min(1).max(200),
        role: z.string().trim().max(100).default('Agent'),
        pictureUrl: webUrl.optional(),
        passwordHash: z.string().startsWith('scrypt$').optional(),
      })
    )
    .max(1000),
})
export type RosterFile = z.input<typeof rosterFile>

/** A stable, URL-safe id from the email (the tab's test ids and menu keys use it). */
const idOf = (email: string) => email.split('@')[0]!.replace(/[^a-z0-9]+/g, '-')

export const rosterOf = (entries: RosterEntry[]): Roster => ({
  agents: () => entries,
  byEmail: (email) => entries.find((a) => a.email === email.trim().toLowerCase()),
})

export const parseRoster = (json: unknown, source: string): RosterEntry[] => {
  const parsed = rosterFile.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`${source}: ${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid roster'}`)
  }
  return parsed.data.agents.map((a) => ({ id: idOf(a.email), ...a }))
}

/**
 * The roster file, read again when it changes on disk: adding an agent or changing a password needs no
 * restart, and every desk instance that reads the same file agrees.
 */
export const rosterFromFile = (path: string): Roster => {
  let cached: { mtimeMs: number; entries: RosterEntry[] } | undefined
  const load = () => {
    const { mtimeMs } = statSync(path)
    if (cached?.mtimeMs !== mtimeMs) {
      const text = readFileSync(path, 'utf8')
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch (err) {
        throw new Error(`${path}: not JSON (${(err as Error).message})`, { cause: err })
      }
      cached = { mtimeMs, entries: parseRoster(json, path) }
    }
    return cached.entries
  }
  load()
  return { agents: load, byEmail: (email) => rosterOf(load()).byEmail(email) }
}

/** What the desk actions need to know about an agent. */
export const identityOf = (agent: Agent) => ({
  email: agent.email,
  name: agent.name,
  ...(agent.pictureUrl ? { pictureUrl: agent.pictureUrl } : {}),
})

/** What the tab may see of an agent. */
export const publicAgent = ({ id, name, email, pictureUrl, role, demo }: RosterEntry): Agent => ({
  id,
  name,
  email,
  role,
  ...(pictureUrl ? { pictureUrl } : {}),
  ...(demo ? { demo } : {}),
})
