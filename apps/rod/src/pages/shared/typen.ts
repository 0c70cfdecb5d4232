/** The shapes of the API's answers, as the pages use them (from the API's own types). */
import type { InferResponseType } from 'hono/client'
import type { useRodApi } from '../../api'

type Api = ReturnType<typeof useRodApi>

export type Dashboard = InferResponseType<Api['dashboard']['$get'], 200>
export type BestandenLijst = InferResponseType<Api['bestanden']['$get'], 200>
export type Bestand = BestandenLijst['bestanden'][number]
export type Kwaliteitscontrole = InferResponseType<Api['kwaliteitscontrole']['$get'], 200>
export type KwaliteitscontroleWeek = InferResponseType<
  Api['kwaliteitscontrole'][':instellingscode'][':week']['$get'],
  200
>
export type Dossier = InferResponseType<
  Api['leerlingdossier'][':instellingscode'][':leerlingId']['$get'],
  200
>
export type Zoekresultaat = InferResponseType<Api['leerlingdossier']['zoek']['$get'], 200>
type VerzoekenLijst = InferResponseType<Api['handmatige-mutatie']['$get'], 200>
export type Verzoek = VerzoekenLijst['verzoeken'][number]
export type Werkvoorraad = InferResponseType<Api['werkvoorraad']['$get'], 200>
