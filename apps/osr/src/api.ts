import { useSectionApi, type SuccesVan } from '@duo/portal-sdk/api'
import type { OsrApi } from '../api'

export { unwrap, type VeldFout } from '@duo/portal-sdk/api'

/** The OSR's typed client for its own API (`/api/osr`, Hono RPC). */
export function useOsrApi() {
  return useSectionApi<OsrApi>('osr')
}

type Client = ReturnType<typeof useOsrApi>
type Antwoord<
  F extends (
    ...args: never[]
  ) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>,
> = SuccesVan<Awaited<ReturnType<F>>>

/** The schools of the bestuur with their system and the state of every dienst. */
export type ScholenStand = Antwoord<Client['scholen']['$get']>
export type SchoolStand = ScholenStand['scholen'][number]
/** One mandaat with its history. */
export type MandaatDetail = Antwoord<Client['mandaten'][':id']['$get']>
/** Kennisnet's queue of requests for the overeenkomst. */
export type RegisterAanvragen = Antwoord<Client['register']['aanvragen']['$get']>
/** Every supplier system, for Kennisnet. */
export type RegisterSystemen = Antwoord<Client['register']['systemen']['$get']>
