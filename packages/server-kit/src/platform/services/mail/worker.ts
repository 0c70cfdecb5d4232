/**
 * Sends the outbox. Its own loop rather than the jobs service: a mail wants many attempts over
 * hours with a growing pause (an SMTP server down for the night), where a job has three quick
 * ones; and one outbox row per mail is already the durable state a job row would duplicate.
 *
 * Every BFF instance runs this loop; a mail is claimed by one conditional UPDATE (`claimMails`),
 * so it goes to one worker. It is marked sent right after the SMTP server accepted it. Only a
 * crash in between (after the server's "250 OK", before the UPDATE) would send it again once the
 * lease ran out; the message keeps its `Message-ID` (the outbox id), so a receiving system can
 * recognise the duplicate.
 */
import { createTransport } from 'nodemailer'
import type { Kysely } from 'kysely'
import type { Logger } from '../../../logger'
import type { Database } from '../../db/schema'
import { claimMails, markeerMislukt, markeerVerzonden, type OutboxMail } from './outbox'

/** What the worker needs of a transport: nodemailer's `sendMail`. */
export interface MailTransport {
  sendMail(mail: {
    from: string
    to: string
    subject: string
    text: string
    headers: Record<string, string>
    messageId: string
  }): Promise<unknown>
  close?(): void
}

export interface MailWorkerOpties {
  db: Kysely<Database>
  logger: Logger
  /** null: no SMTP server configured; mails wait in the outbox. */
  transport: MailTransport | null
  /** The From address, e.g. `Mijn DUO <noreply@duo.nl>`. */
  van: string
  /** Domain of the Message-ID. */
  domein: string
  /** Real time by default; tests move it. */
  now?: () => Date
  /** Pause between passes when nothing is due. */
  intervalMs?: number
  /** How long a claimed mail is the claimer's: well above the SMTP timeouts. */
  leaseMs?: number
  /** First pause after a failure; doubles per attempt up to `maxPauzeMs`. */
  basisPauzeMs?: number
  maxPauzeMs?: number
  /** Attempts before a mail counts as failed for good (12: about six hours). */
  maxPogingen?: number
  batch?: number
}

export interface MailWorker {
  start(): void
  stop(): Promise<void>
  /** One pass over what is due; returns what happened. */
  verwerk(): Promise<{ verzonden: number; opnieuw: number; mislukt: number }>
  /** Ask for a pass soon (after a new mail was queued). */
  wek(): void
  /** The worker's clock (real time): new mails are due from this moment. */
  nu(): Date
}

/** An SMTP transport from a URL (`smtp://user:pass@host:587`, `smtps://…`), with timeouts. */
export function smtpTransport(url: string): MailTransport {
  return createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as Parameters<typeof createTransport>[0])
}

/** The pause before attempt `poging + 1`: 30 s, 1 min, 2 min, … at most an hour. */
export function pauzeNa(poging: number, basisMs: number, maxMs: number): number {
  return Math.min(maxMs, basisMs * 2 ** Math.max(0, poging - 1))
}

export function createMailWorker(o: MailWorkerOpties): MailWorker {
  const now = o.now ?? (() => new Date())
  const leaseMs = o.leaseMs ?? 5 * 60_000
  const basis = o.basisPauzeMs ?? 30_000
  const max = o.maxPauzeMs ?? 60 * 60_000
  const maxPogingen = o.maxPogingen ?? 12
  let running = false
  let loop: Promise<void> | null = null
  let wake: (() => void) | null = null
  let gewaarschuwd = false

  async function verstuur(mail: OutboxMail) {
    await o.transport!.sendMail({
      from: o.van,
      to: mail.aan,
      subject: mail.onderwerp,
      text: mail.tekst,
      headers: mail.kopregels,
      messageId: `<${mail.id}@${o.domein}>`,
    })
  }

  async function verwerk() {
    const telling = { verzonden: 0, opnieuw: 0, mislukt: 0 }
    if (!o.transport) {
      if (!gewaarschuwd) o.logger.warn('geen SMTP-server ingesteld (DUO_SMTP_URL): mails wachten')
      gewaarschuwd = true
      return telling
    }
    const mails = await claimMails(o.db, now(), leaseMs, o.batch ?? 20)
    for (const mail of mails) {
      try {
        await verstuur(mail)
        await markeerVerzonden(o.db, mail.id, now())
        telling.verzonden++
      } catch (err) {
        const fout = err instanceof Error ? err.message : String(err)
        const opnieuw = mail.pogingen < maxPogingen
        await markeerMislukt(
          o.db,
          mail.id,
          fout,
          opnieuw ? new Date(now().getTime() + pauzeNa(mail.pogingen, basis, max)) : null,
        )
        if (opnieuw) telling.opnieuw++
        else telling.mislukt++
        o.logger[opnieuw ? 'warn' : 'error'](
          { mailId: mail.id, poging: mail.pogingen, fout },
          opnieuw ? 'mail niet verzonden, later opnieuw' : 'mail definitief niet verzonden',
        )
      }
    }
    return telling
  }

  async function lus() {
    while (running) {
      const t = await verwerk().catch((err: unknown) => {
        o.logger.warn({ err: String(err) }, 'outbox niet verwerkt')
        return { verzonden: 0, opnieuw: 0, mislukt: 0 }
      })
      // A full batch: more may be due at once.
      if (t.verzonden + t.opnieuw + t.mislukt >= (o.batch ?? 20)) continue
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, o.intervalMs ?? 2000)
        wake = () => {
          clearTimeout(timer)
          resolve()
        }
      })
      wake = null
    }
  }

  return {
    start() {
      if (running) return
      running = true
      loop = lus()
    },
    async stop() {
      running = false
      wake?.()
      await loop
      loop = null
      o.transport?.close?.()
    },
    verwerk,
    wek: () => wake?.(),
    nu: now,
  }
}
