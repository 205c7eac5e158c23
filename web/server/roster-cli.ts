import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createInterface } from 'node:readline/promises'
import { hashPassword } from './passwords'
import { type RosterFile, parseRoster } from './roster'

const usage = `Usage (DESK_ROSTER names the file, default desk-roster.json):
  npm run desk:agent -- add <email> <name> [role] [pictureUrl]   add an agent (or update one), asks for a password
  npm run desk:agent -- password <email>                          set a new password (signs the agent out everywhere)
  npm run desk:agent -- remove <email>                            remove an agent (their sign-in stops working)
  npm run desk:agent -- list`

const path = process.env.DESK_ROSTER?.trim() || 'desk-roster.json'

const read = (): RosterFile => {
  if (!existsSync(path)) return { agents: [] }
  const file = JSON.parse(readFileSync(path, 'utf8')) as RosterFile
  parseRoster(file, path)
  return file
}

/** Written whole to a temporary file, then renamed: a desk never reads half a roster. */
const write = (file: RosterFile) => {
  parseRoster(file, path)
  writeFileSync(`${path}.tmp`, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 })
  renameSync(`${path}.tmp`, path)
}

const askPassword = async () => {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: false })
  process.stderr.write('Password (at least 12 characters): ')
  const password = (await rl.question('')).trim()
  rl.close()
  if (password.length < 12) throw new Error('The password must have at least 12 characters')
  return password
}

const main = async () => {
  const [command, email, ...rest] = process.argv.slice(2)
  const file = read()
  const find = (e: string) => file.agents.findIndex((a) => a.email.toLowerCase() === e.toLowerCase())
  if (command === 'list') {
    for (const a of file.agents)
      console.log(`${a.email}\t${a.name}\t${a.role ?? ''}${a.passwordHash ? '' : '\t(no password)'}`)
    return
  }
  if (!email) throw new Error(usage)
  if (command === 'add') {
    const [name, role, pictureUrl] = rest
    if (!name) throw new Error(usage)
    const entry = { email, name, ...(role ? { role } : {}), ...(pictureUrl ? { pictureUrl } : {}) }
    const passwordHash = await hashPassword(await askPassword())
    const at = find(email)
    if (at >= 0) file.agents[at] = { ...file.agents[at], ...entry, passwordHash }
    else file.agents.push({ ...entry, passwordHash })
  } else if (command === 'password') {
    const at = find(email)
    if (at < 0) throw new Error(`${email} is not in ${path}`)
    file.agents[at] = { ...file.agents[at]!, passwordHash: await hashPassword(await askPassword()) }
  } else if (command === 'remove') {
    if (find(email) < 0) throw new Error(`${email} is not in ${path}`)
    file.agents = file.agents.filter((a) => a.email.toLowerCase() !== email.toLowerCase())
  } else throw new Error(usage)
  write(file)
  console.log(`${path}: ${command} ${email} done`)
}

main().catch((err) => {
  console.error((err as Error).message)
  process.exit(1)
})
