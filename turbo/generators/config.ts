/**
 * The workspace's generators (`pnpm gen section`, `pnpm gen feature`; see README.md here). The
 * prompts are asked in this order, and `--args` answers them in the same order.
 */
import type { PlopTypes } from '@turbo/gen'
import { maakOp } from './lib/bestanden'
import {
  enkelvoudFout,
  featureActies,
  featureGegevens,
  featureNaamFout,
  ontbrekendeConventies,
  permissieFout,
  type FeatureAntwoorden,
} from './lib/feature'
import { enkelvoud, isKebab, tsTekst } from './lib/namen'
import { GEEN_SECTIE, sectieActies, type SectieAntwoorden } from './lib/sectie'
import { werkruimte } from './lib/werkruimte'

const STANDAARD_PERMISSIE = 'bekostiging.raadplegen'

/** A prompt's check: true, or the message to show. */
const regel = (fout: string | null) => fout ?? true
const eenRegel = (s: string) => regel(s.trim() && !/\n/.test(s) ? null : 'Vul één regel tekst in.')

export default function generators(plop: PlopTypes.NodePlopAPI): void {
  const root = plop.getDestBasePath()
  const w = werkruimte(root)

  plop.setHelper('versie', (naam: string) => w.versie(naam))
  plop.setHelper('ts', (s: string) => tsTekst(s))
  plop.setHelper('json', (s: string) => JSON.stringify(s))

  const permissiePrompt = {
    type: 'input',
    name: 'permissie',
    message: 'Permissie uit @duo/authz voor pagina en routes (een bestaande)',
    default: STANDAARD_PERMISSIE,
    validate: (p: string) => regel(permissieFout(p)),
  }
  const enkelvoudPrompt = {
    type: 'input',
    name: 'enkelvoud',
    message: 'Enkelvoud daarvan (tabel, auditactie <sectie>.<enkelvoud>.afgerond)',
    default: (a: { feature: string }) => enkelvoud(a.feature),
    validate: (e: string, a: { sectie?: string }) => regel(enkelvoudFout(root, a.sectie, e)),
  }

  plop.setGenerator('section', {
    description: 'Een nieuwe sectie in apps/<id>/ met één voorbeeldfeature',
    prompts: [
      {
        type: 'input',
        name: 'id',
        message: 'Id van de sectie (kebab-case; ook pad /<id> en /api/<id>)',
        validate: (id: string) =>
          regel(
            !/^[a-z][a-z0-9-]{1,30}$/.test(id) || !isKebab(id)
              ? 'Gebruik kebab-case: 2–31 tekens, kleine letters, cijfers en streepjes.'
              : GEEN_SECTIE.has(id) || !w.idVrij(id)
                ? `apps/${id} of pakket @duo/${id} bestaat al.`
                : null,
          ),
      },
      { type: 'input', name: 'titelNl', message: 'Titel (Nederlands)', validate: eenRegel },
      { type: 'input', name: 'titelEn', message: 'Titel (Engels)', validate: eenRegel },
      {
        type: 'input',
        name: 'omschrijvingNl',
        message: 'Omschrijving in één regel (Nederlands)',
        validate: eenRegel,
      },
      {
        type: 'input',
        name: 'omschrijvingEn',
        message: 'Omschrijving in één regel (Engels)',
        validate: eenRegel,
      },
      {
        type: 'input',
        name: 'poort',
        message: 'Poort van de dev-server (duo.port)',
        default: String(w.volgendePoort()),
        validate: (p: string) =>
          regel(
            !/^\d{4,5}$/.test(p) || Number(p) < 3000 || Number(p) > 65535
              ? 'Een poortnummer tussen 3000 en 65535.'
              : w.poortVrij(Number(p))
                ? null
                : `Poort ${p} is al in gebruik; vrij is bijvoorbeeld ${w.volgendePoort()}.`,
          ),
      },
      {
        type: 'list',
        name: 'dienst',
        message: 'eHerkenningsdienst (machtiging)',
        choices: ['mijn-duo', 'mijn-helpdesk-po'],
      },
      permissiePrompt,
      {
        type: 'input',
        name: 'feature',
        message: 'Naam van de eerste feature (kebab-case, meervoud, bv. aanvragen)',
        default: 'aanvragen',
        validate: (f: string) => regel(featureNaamFout(root, undefined, f)),
      },
      enkelvoudPrompt,
    ],
    actions: (antwoorden) => {
      const a = antwoorden as SectieAntwoorden
      const geschreven: string[] = []
      return [...sectieActies(root, a, geschreven), () => maakOp(root, geschreven)]
    },
  })

  plop.setGenerator('feature', {
    description: 'Een feature in een bestaande sectie: api/<feature>/, pagina, gekoppeld',
    prompts: [
      {
        type: 'list',
        name: 'sectie',
        message: 'Sectie',
        choices: w.sectiesMetApi,
        validate: (s: string) => {
          const mist = ontbrekendeConventies(root, s)
          return regel(mist.length ? `apps/${s} mist: ${mist.join('; ')}` : null)
        },
      },
      {
        type: 'input',
        name: 'feature',
        message: 'Naam van de feature (kebab-case, meervoud, bv. bezwaren)',
        validate: (f: string, a: { sectie: string }) => regel(featureNaamFout(root, a.sectie, f)),
      },
      permissiePrompt,
      enkelvoudPrompt,
    ],
    actions: (antwoorden) => {
      const a = antwoorden as FeatureAntwoorden & { sectie: string }
      // A list prompt validates nothing when answered by hand: check the section here too.
      const mist = ontbrekendeConventies(root, a.sectie)
      if (mist.length) throw new Error(`apps/${a.sectie} mist: ${mist.join('; ')}`)
      const geschreven: string[] = []
      const d = featureGegevens(root, a.sectie, a)
      return [...featureActies(root, d, geschreven), () => maakOp(root, geschreven)]
    },
  })
}
