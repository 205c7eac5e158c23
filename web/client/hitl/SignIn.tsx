import { useEffect, useState } from 'preact/hooks'
import { Avatar } from '../shared/Avatar'
import { type Agent, authApi } from './desk-api'

/** The desk's door: email and password, and in the offline demo one click per demo agent. */
export const SignIn = ({ onSignedIn }: { onSignedIn: () => void }) => {
  const [demoAgents, setDemoAgents] = useState<Agent[]>([])
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    authApi.options().then(
      (o) => setDemoAgents(o.demoAgents),
      () => {}
    )
  }, [])

  const attempt = async (run: () => Promise<unknown>) => {
    setBusy(true)
    setError(undefined)
    try {
      await run()
      onSignedIn()
    } catch (err) {
      setError((err as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <main class="sign-in" data-testid="sign-in">
      <h1>Sign in to the HITL desk</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void attempt(() => authApi.signIn(email, password))
        }}
      >
        <label>
          Email
          <input
            type="email"
            name="email"
            autocomplete="username"
            required
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        </label>
        <label>
          Password
          <input
            type="password"
            name="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button primary" disabled={busy} data-testid="sign-in-submit">
          Sign in
        </button>
        {error && (
          <p class="error" role="alert" data-testid="sign-in-error">
            {error}
          </p>
        )}
      </form>
      {demoAgents.length > 0 && (
        <section class="demo-sign-in" data-testid="demo-sign-in">
          <h2>
            <span class="demo-badge">Demo</span> Offline demo agents: one click, no password
          </h2>
          {demoAgents.map((agent) => (
            <button
              type="button"
              class="menu-item"
              disabled={busy}
              data-testid={`demo-sign-in-${agent.id}`}
              onClick={() => void attempt(() => authApi.demoSignIn(agent.id))}
            >
              <Avatar name={agent.name} pictureUrl={agent.pictureUrl} size={28} />
              <span>
                <strong>{agent.name}</strong>
                <small>{agent.role}</small>
              </span>
            </button>
          ))}
        </section>
      )}
    </main>
  )
}
