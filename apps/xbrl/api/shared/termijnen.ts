/**
 * The dates of the jaarverantwoording, all read from the one clock in Dutch time: a verslagjaar
 * can be submitted from 1 January of the next year, and submitted or corrected until 1 July of
 * that year (that day no longer counts: "vóór 1 juli"). A concept for the running year may be
 * prepared and validated, not submitted.
 */
import { conflict } from '@duo/server-kit'

/** The Dutch calendar day of a moment, `YYYY-MM-DD`. */
export function vandaag(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
}

/** The first day on which the verslagjaar can no longer be submitted or corrected. */
const termijn = (verslagjaar: number) => `${verslagjaar + 1}-07-01`
/** The first day on which the verslagjaar can be submitted. */
const indienenVanaf = (verslagjaar: number) => `${verslagjaar + 1}-01-01`

const datumNl = (dag: string) =>
  new Date(`${dag}T12:00:00Z`).toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
const datumEn = (dag: string) =>
  new Date(`${dag}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })

export interface Venster {
  verslagjaar: number
  /** Last day + 1 for submitting and correcting (`YYYY-07-01`). */
  termijn: string
  indienenVanaf: string
  /** A concept can be made or a file uploaded. */
  open: boolean
  /** Submitting (and correcting) is possible today. */
  indienen: boolean
}

export function venster(verslagjaar: number, now: Date): Venster {
  const dag = vandaag(now)
  const jaar = Number(dag.slice(0, 4))
  return {
    verslagjaar,
    termijn: termijn(verslagjaar),
    indienenVanaf: indienenVanaf(verslagjaar),
    open: verslagjaar <= jaar && dag < termijn(verslagjaar),
    indienen: dag >= indienenVanaf(verslagjaar) && dag < termijn(verslagjaar),
  }
}

/** The verslagjaren a new jaarverantwoording can be started for today, newest first. */
export function openVerslagjaren(now: Date): number[] {
  const jaar = Number(vandaag(now).slice(0, 4))
  return [jaar, jaar - 1].filter((j) => venster(j, now).open)
}

/** 409 `te-laat` when the verslagjaar's term has passed, naming the date. */
export function eisOpen(verslagjaar: number, now: Date, wat: { nl: string; en: string }): void {
  const v = venster(verslagjaar, now)
  if (v.open) return
  if (verslagjaar > Number(vandaag(now).slice(0, 4)))
    throw conflict(
      'te-vroeg',
      `Verslagjaar ${verslagjaar} is nog niet begonnen.`,
      `Verslagjaar ${verslagjaar} has not started yet.`,
    )
  throw conflict(
    'te-laat',
    `${wat.nl} voor verslagjaar ${verslagjaar} kon tot ${datumNl(v.termijn)}; die termijn is verstreken.`,
    `${wat.en} for verslagjaar ${verslagjaar} was possible until ${datumEn(v.termijn)}; that term has passed.`,
  )
}

/** 409 when the verslagjaar cannot be submitted or corrected today: too early or too late, with the date. */
export function eisIndienen(verslagjaar: number, now: Date, wat: { nl: string; en: string }): void {
  const v = venster(verslagjaar, now)
  if (v.indienen) return
  if (vandaag(now) < v.indienenVanaf)
    throw conflict(
      'te-vroeg',
      `${wat.nl} voor verslagjaar ${verslagjaar} kan vanaf ${datumNl(v.indienenVanaf)}, als het verslagjaar voorbij is.`,
      `${wat.en} for verslagjaar ${verslagjaar} is possible from ${datumEn(v.indienenVanaf)}, once the verslagjaar has ended.`,
    )
  throw conflict(
    'te-laat',
    `${wat.nl} voor verslagjaar ${verslagjaar} kon tot ${datumNl(v.termijn)}; die termijn is verstreken.`,
    `${wat.en} for verslagjaar ${verslagjaar} was possible until ${datumEn(v.termijn)}; that term has passed.`,
  )
}
