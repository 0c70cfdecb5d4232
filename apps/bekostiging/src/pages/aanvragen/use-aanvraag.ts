/**
 * The state of an aanvraag form: loading a concept or starting one, "Nu bewaren", and submitting
 * after the same rules the API applies (regels/), checked on the portal's clock. Field problems
 * are kept in both languages (VeldFout) so a language switch shows them all in the new one.
 */
import { computed, reactive, ref, shallowRef } from 'vue'
import { usePortal } from '@duo/portal-sdk'
import { isApiFout, veldFouten } from '@duo/ui'
import { CATEGORIE, isCategorie, type Categorie } from '../../../regels/categorieen'
import {
  blokkerendeRegel,
  controleerAanvraag,
  type Bevinding,
  type Gegevens,
  type Leerling,
} from '../../../regels/controle'
import { vandaagVan } from '../../../regels/datum'
import { unwrap, useBekostigingApi, type VeldFout } from '../../api'

export interface School {
  instellingscode: string
  naam: string
  soort: 'bao' | 'sbo'
}

/** What the fields hold: text as typed (the count too), pupils as rows. */
export interface Invoer {
  instellingscode: string
  schooljaar: string
  peildatum: string
  periodeVan: string
  periodeTot: string
  aantal: string
  locatie: string
  leerlingen: Leerling[]
}

const leeg = (): Invoer => ({
  instellingscode: '',
  schooljaar: '',
  peildatum: '',
  periodeVan: '',
  periodeTot: '',
  aantal: '',
  locatie: '',
  leerlingen: [],
})

/** The API's field names (`gegevens.x` from zod, `x` from the rules) to one form. */
const normaal = (v: VeldFout): VeldFout => ({ ...v, veld: v.veld.replace(/^gegevens\./, '') })

export function useAanvraag() {
  const portal = usePortal()
  const api = useBekostigingApi()
  const invoer = reactive(leeg())
  const categorie = ref<Categorie | null>(null)
  const id = ref<string | null>(null)
  const scholen = ref<School[]>([])
  /** Problems of our own check, shown after the first try to submit. */
  const eigenFouten = shallowRef<Bevinding[]>([])
  const verstuurFout = shallowRef<unknown>(null)
  const bezig = ref<'bewaren' | 'indienen' | 'verwijderen' | null>(null)

  const vandaag = () => vandaagVan(portal.now())
  const aantalGeldig = computed(() => /^\d{1,5}$/.test(invoer.aantal.trim()))

  /** The form as the API stores it: empty fields left out, the count as a number. */
  function gegevens(): Gegevens {
    const g: Gegevens = {}
    const def = categorie.value ? CATEGORIE[categorie.value] : null
    if (invoer.instellingscode) g.instellingscode = invoer.instellingscode
    if (!def) return g
    if (def.velden.includes('schooljaar') && invoer.schooljaar) g.schooljaar = invoer.schooljaar
    if (def.velden.includes('peildatum') && invoer.peildatum) g.peildatum = invoer.peildatum
    if (def.velden.includes('periode')) {
      if (invoer.periodeVan) g.periodeVan = invoer.periodeVan
      if (invoer.periodeTot) g.periodeTot = invoer.periodeTot
    }
    if (def.velden.includes('aantalLeerlingen') && aantalGeldig.value)
      g.aantalLeerlingen = Number(invoer.aantal.trim())
    if (def.velden.includes('locatie') && invoer.locatie.trim()) g.locatie = invoer.locatie.trim()
    if (def.velden.includes('leerlingen'))
      g.leerlingen = invoer.leerlingen.map(
        (l) =>
          Object.fromEntries(
            Object.entries(l).filter(([, v]) => v !== '' && v !== undefined),
          ) as unknown as Leerling,
      )
    return g
  }

  function vul(g: Gegevens) {
    Object.assign(invoer, leeg(), {
      instellingscode: g.instellingscode ?? '',
      schooljaar: g.schooljaar ?? '',
      peildatum: g.peildatum ?? '',
      periodeVan: g.periodeVan ?? '',
      periodeTot: g.periodeTot ?? '',
      aantal:
        g.aantalLeerlingen === undefined || g.aantalLeerlingen === null
          ? ''
          : String(g.aantalLeerlingen),
      locatie: g.locatie ?? '',
      leerlingen: (g.leerlingen ?? []).map((l) => ({ ...l })),
    })
  }

  /** Every problem on today's date; a count that is not a number is ours to say. */
  function controleer(): Bevinding[] {
    if (!categorie.value) return []
    const b = controleerAanvraag(categorie.value, gegevens(), {
      vandaag: vandaag(),
      scholen: scholen.value,
    })
    if (invoer.aantal.trim() && !aantalGeldig.value)
      return [
        {
          veld: 'aantalLeerlingen',
          code: 'ongeldig',
          nl: 'Vul een heel aantal leerlingen in.',
          en: 'Enter a whole number of pupils.',
        },
        ...b.filter((x) => x.veld !== 'aantalLeerlingen'),
      ]
    return b
  }

  /** A rule that blocks submitting today (a date, the school's kind), shown as soon as it is known. */
  const blokkade = computed(() => {
    const b = controleer().filter(
      (x) =>
        x.code === 'te-laat' ||
        x.code === 'te-vroeg' ||
        (x.code === 'niet-toegestaan' && x.veld === 'instellingscode'),
    )
    return blokkerendeRegel(b)
  })

  const alleFouten = computed<VeldFout[]>(() => [
    ...eigenFouten.value.map(({ veld, nl, en }) => ({ veld, nl, en })),
    ...veldFouten(verstuurFout.value).map(normaal),
  ])
  const algemeneFout = computed(() =>
    verstuurFout.value !== null && !veldFouten(verstuurFout.value).length
      ? verstuurFout.value
      : null,
  )

  async function laadScholen() {
    scholen.value = (await unwrap(api.aanvragen.scholen.$get())).scholen as School[]
  }

  async function laad(aanvraagId: string) {
    const { aanvraag } = await unwrap(api.aanvragen[':id'].$get({ param: { id: aanvraagId } }))
    id.value = aanvraag.id
    categorie.value = isCategorie(aanvraag.categorie) ? aanvraag.categorie : null
    vul(aanvraag.gegevens)
    return aanvraag
  }

  /** "Nu bewaren": stores the concept as it is, unfinished or not; returns its id. */
  async function bewaar(): Promise<string> {
    const g = gegevens()
    if (!id.value) {
      const { aanvraag } = await unwrap(
        api.aanvragen.$post({ json: { categorie: categorie.value!, gegevens: g } }),
      )
      id.value = aanvraag.id
    } else
      await unwrap(api.aanvragen[':id'].$put({ param: { id: id.value }, json: { gegevens: g } }))
    return id.value!
  }

  async function doe<T>(
    wat: 'bewaren' | 'indienen' | 'verwijderen',
    werk: () => Promise<T>,
  ): Promise<T | null> {
    if (bezig.value) return null
    bezig.value = wat
    verstuurFout.value = null
    try {
      return await werk()
    } catch (err) {
      verstuurFout.value = isApiFout(err) || err instanceof Error ? err : new Error(String(err))
      return null
    } finally {
      bezig.value = null
    }
  }

  return {
    invoer,
    categorie,
    id,
    scholen,
    eigenFouten,
    verstuurFout,
    alleFouten,
    algemeneFout,
    blokkade,
    bezig,
    laadScholen,
    laad,
    bewaren: () => doe('bewaren', bewaar),
    /** Checks, saves, submits; the submitted aanvraag, or null (problems are shown). */
    indienen: () =>
      doe('indienen', async () => {
        eigenFouten.value = controleer()
        if (eigenFouten.value.length) return null
        const aanvraagId = await bewaar()
        return (await unwrap(api.aanvragen[':id'].indienen.$post({ param: { id: aanvraagId } })))
          .aanvraag
      }),
    verwijderen: () =>
      doe('verwijderen', async () => {
        if (id.value) await unwrap(api.aanvragen[':id'].$delete({ param: { id: id.value } }))
        return true
      }),
  }
}
