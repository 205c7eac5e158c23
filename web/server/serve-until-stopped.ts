type Closable = { close: () => Promise<void> }

/**
 * What `npm start` and `npm run desk` share: start the server, say where it is, close it on Ctrl-C or
 * SIGTERM, and turn a taken port or a configuration error into one sentence instead of a stack trace.
 */
export const serveUntilStopped = <S extends Closable>(
  start: () => Promise<S>,
  announce: (server: S) => void,
  defaultPort: number,
  /** Errors whose message is already the sentence to show (a configuration mistake). */
  isSentence: (err: unknown) => boolean = () => false
): void => {
  const run = async () => {
    const server = await start()
    announce(server)
    const stop = async () => {
      await server.close()
      process.exit(0)
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  }
  run().catch((err) => {
    if (isSentence(err)) console.error((err as Error).message)
    else if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE')
      console.error(`Port ${process.env.PORT ?? defaultPort} is taken: run with PORT=<another port>.`)
    else console.error(err)
    process.exit(1)
  })
}
