/**
 * A real SMTP server for tests (the `smtp-server` package on a local port): what the portal's
 * mail worker delivers arrives here as parsed messages. `stop()` takes it down (an outage),
 * `start()` brings it back on the same port.
 *
 * @example
 * const smtp = await startTestSmtp()
 * const t = await createTestApp('sqlite', { mail: { smtpUrl: smtp.url } })
 * await t.composed.mail.verwerk()
 * expect(smtp.mails).toHaveLength(1)
 */
import { createServer } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { simpleParser } from 'mailparser'

export interface TestMail {
  van: string
  aan: string[]
  onderwerp: string
  tekst: string
  /** Header names in lower case. */
  kopregels: Map<string, string>
  messageId: string | null
}

/** A free port on localhost (nothing listens there until the server starts). */
export async function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

export async function startTestSmtp(options: { port?: number; aan?: boolean } = {}) {
  const port = options.port ?? (await vrijePoort())
  const mails: TestMail[] = []
  let server: SMTPServer | null = null

  async function start() {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((m) => {
            const kopregels = new Map<string, string>()
            for (const line of m.headerLines) {
              const i = line.line.indexOf(':')
              kopregels.set(
                line.key,
                line.line
                  .slice(i + 1)
                  .replace(/\r?\n\s+/g, ' ')
                  .trim(),
              )
            }
            const to = Array.isArray(m.to) ? m.to : m.to ? [m.to] : []
            mails.push({
              van: m.from?.text ?? '',
              aan: to.flatMap((a) => a.value.map((v) => v.address ?? '')),
              onderwerp: m.subject ?? '',
              tekst: m.text ?? '',
              kopregels,
              messageId: m.messageId ?? null,
            })
            callback()
          })
          .catch((err: Error) => callback(err))
      },
    })
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', () => resolve()))
  }
  if (options.aan !== false) await start()

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    mails,
    start,
    async stop() {
      const s = server
      server = null
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()))
    },
  }
}

export type TestSmtp = Awaited<ReturnType<typeof startTestSmtp>>
