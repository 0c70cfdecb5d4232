/**
 * Receiving an instance: the request body is streamed to disk (never held in memory), counted
 * against the size limit, and read at the same time by the hardened XML reader. Anything
 * hostile or not an instance at all (a zip, binary data, a DOCTYPE with entities, nesting or
 * texts beyond the limits, another encoding) stops the upload with a clear error, and the
 * partial file is removed: nothing is stored. A plain mistake in the XML is stored, so the
 * validation can point at its line.
 */
import { once } from 'node:events'
import { ApiProblem, apiFout, type BestandenService, type Logger } from '@duo/server-kit'
import { Bevindingen, DEFAULT_LIMITS, readXml, type XmlHandlers } from '@duo/xbrl'

export const SOORT = 'instances'
/** The largest instance accepted: the validator's own limit, room for text blocks with tables. */
export const MAX_BESTAND = DEFAULT_LIMITS.maxBytes

/** Findings of the reader that are a mistake to report, not a reason to refuse the file. */
const TOEGESTAAN = new Set(['XML-MALFORMED', 'XML-ENTITY'])

const niets: XmlHandlers = { opentag() {}, closetag() {}, text() {} }

interface Stuk {
  chunk: Uint8Array | null
  klaar: () => void
}

/** Hands chunks to the reader one at a time, and lets the reader stop early. */
class Kanaal implements AsyncIterable<Uint8Array> {
  private wachtend: Stuk | null = null
  private lezer: ((stuk: Stuk) => void) | null = null
  gestopt = false

  /** Resolves once the reader has read the chunk (or stopped reading); null ends the stream. */
  geef(chunk: Uint8Array | null): Promise<void> {
    if (this.gestopt) return Promise.resolve()
    return new Promise((klaar) => {
      const stuk = { chunk, klaar }
      const lezer = this.lezer
      this.lezer = null
      if (lezer) lezer(stuk)
      else this.wachtend = stuk
    })
  }

  async *[Symbol.asyncIterator]() {
    let huidig: Stuk | null = null
    try {
      for (;;) {
        huidig = this.wachtend ?? (await new Promise<Stuk>((r) => (this.lezer = r)))
        this.wachtend = null
        if (huidig.chunk === null) return
        yield huidig.chunk
        huidig.klaar()
        huidig = null
      }
    } finally {
      this.gestopt = true
      huidig?.klaar()
      this.wachtend?.klaar()
    }
  }
}

/** 413 with the limit in MB. */
export const teGroot = (max = MAX_BESTAND) =>
  new ApiProblem(
    413,
    apiFout(
      'te-groot',
      `Het bestand is groter dan ${Math.round(max / 1024 / 1024)} MB.`,
      `The file is larger than ${Math.round(max / 1024 / 1024)} MB.`,
    ),
  )

/**
 * Streams the body to a new file and screens it on the way.
 * @returns the stored file's name and size; throws an `ApiProblem` (and stores nothing) when refused.
 */
export async function ontvang(
  body: ReadableStream<Uint8Array> | null,
  opslag: BestandenService,
  logger: Logger,
  max = MAX_BESTAND,
): Promise<{ opslagNaam: string; grootte: number }> {
  if (!body) throw leeg()
  const { naam, stream, klaar } = await opslag.schrijf(SOORT)
  const kanaal = new Kanaal()
  const bevindingen = new Bevindingen(1)
  const keuring = readXml(kanaal, niets, {
    limits: { ...DEFAULT_LIMITS, maxBytes: max },
    bevindingen,
  })
  // Awaited below; a failure before then must not go unhandled.
  keuring.catch(() => {})
  let grootte = 0
  try {
    const lezer = body.getReader()
    try {
      for (;;) {
        const { done, value } = await lezer.read()
        if (done) break
        grootte += value.byteLength
        if (grootte > max) throw teGroot(max)
        if (!stream.write(value)) await once(stream, 'drain')
        await kanaal.geef(value)
        if (kanaal.gestopt) await geweigerd(keuring, bevindingen, max)
      }
    } finally {
      // Stop reading what is left of a refused upload; the connection may close.
      await lezer.cancel().catch(() => {})
    }
    await kanaal.geef(null)
    await geweigerd(keuring, bevindingen, max)
    stream.end()
    await klaar()
    if (grootte === 0) throw leeg()
    return { opslagNaam: naam, grootte }
  } catch (err) {
    void kanaal.geef(null)
    stream.end()
    await klaar().catch(() => {})
    await opslag.verwijder(SOORT, [naam])
    if (!(err instanceof ApiProblem)) logger.warn({ err }, 'upload afgebroken')
    throw err
  }
}

/** Throws the reader's refusal, if it refused; mistakes it may report later pass. */
async function geweigerd(
  keuring: ReturnType<typeof readXml>,
  bevindingen: Bevindingen,
  max: number,
) {
  const { aborted } = await keuring
  const b = bevindingen.lijst[0]
  if (!aborted || !b || TOEGESTAAN.has(b.ruleId)) return
  if (b.ruleId === 'XML-LIMIT-SIZE') throw teGroot(max)
  throw new ApiProblem(
    400,
    apiFout('geen-instance', b.nl, b.en, [
      { veld: 'bestand', nl: `${b.ruleId}: ${b.nl}`, en: `${b.ruleId}: ${b.en}` },
    ]),
  )
}

const leeg = () =>
  new ApiProblem(
    400,
    apiFout('leeg', 'Het bestand is leeg.', 'The file is empty.', [
      { veld: 'bestand', nl: 'Het bestand is leeg.', en: 'The file is empty.' },
    ]),
  )
