import type { Dienst } from '../context/login.ts'
import { defaultConfig } from '../config.ts'
import { permissionLabel } from '../texts.ts'

/** Every permission; a literal union so a typo does not compile. */
export type PermissionId =
  | 'helpdesk.melding.lezen'
  | 'helpdesk.melding.indienen'
  | 'helpdesk.archief.lezen'
  | 'helpdesk.contactpersoon.wijzigen'
  | 'helpdesk.behandelen'
  | 'bekostiging.raadplegen'
  | 'bekostiging.aanvraag.indienen'
  | 'bekostiging.dashboard.raadplegen'
  | 'bekostiging.vaststelling-tellingen.raadplegen'
  | 'bekostiging.bezwaar.indienen'
  | 'bekostiging.behandelen'
  | 'opleidingen.aanbod.wijzigen'
  | 'opleidingen.examenresultaten.uitwisselen'
  | 'zaakdossier.raadplegen'
  | 'xbrl.jaarverantwoording.indienen'
  | 'xbrl.jaarverantwoording.raadplegen'
  | 'xbrl.jaarverantwoording.behandelen'
  | 'rod.bestanden-schooladviezen.ophalen'
  | 'rod.dashboard-bestuur.raadplegen'
  | 'rod.dashboard-school.raadplegen'
  | 'rod.kwaliteitscontrole.raadplegen'
  | 'rod.leerlingdossier.raadplegen'
  | 'rod.handmatige-mutatie.indienen'
  | 'rod.handmatige-mutatie.behandelen'
  | 'rio.raadplegen'
  | 'rio.onderwijsbestuur.wijzigen'
  | 'rio.contactadres.wijzigen'
  | 'rio.samenwerkingsvorm.wijzigen'
  | 'rio.rpl-context-instellingen.wijzigen'
  | 'rio.onderwijsaanbiedersgroep.wijzigen'
  | 'rio.onderwijslocatiegebruik.wijzigen'
  | 'rio.onderwijsaanbieder.wijzigen'
  | 'rio.aangeboden-opleiding.wijzigen'
  | 'osr.raadplegen'
  | 'osr.las.wijzigen'
  | 'osr.mandaat.wijzigen'
  | 'osr.register.beheren'
  | 'beheer.rollen-bekostiging.toekennen'
  | 'beheer.rollen-po.toekennen'
  | 'beheer.rollen-rio.toekennen'
  | 'beheer.beheerders.aanstellen'
  | 'beheer.audit.raadplegen'
  | 'beheer.eigen-rollen.raadplegen'
  | 'beheer.osr-overeenkomst.aanvragen'
  | 'portaal.redactie.beheren'

/** The portal section a permission belongs to; `beheer` is administration, everything else is data. */
export type Section =
  | 'helpdesk'
  | 'bekostiging'
  | 'opleidingen'
  | 'zaakdossier'
  | 'xbrl'
  | 'rod'
  | 'rio'
  | 'osr'
  | 'beheer'
  | 'portaal'

/**
 * Where a permission comes from: a role grant, the eHerkenning machtiging for its dienst
 * (Mijn Helpdesk po works per organisation, not per role), or simply being logged in.
 */
export type PermissionSource = 'rol' | 'machtiging' | 'login'

export interface PermissionDefinition {
  /** What it lets someone do: a text, from the registered texts (`@duo/authz/teksten`). */
  nl: string
  en: string
  kind: 'lezen' | 'wijzigen'
  /** The eHerkenning service a bestuur employee needs a machtiging for; null: none. */
  dienst: Dienst | null
  /** Default first day; the effective date is `AuthzConfig.permissionAvailableFrom`. */
  availableFrom?: string
  section: Section
  source: PermissionSource
}

type Def = Omit<PermissionDefinition, 'availableFrom' | 'nl' | 'en'>

const rol = (section: Section, kind: Def['kind']): Def => ({
  kind,
  dienst: 'mijn-duo',
  section,
  source: 'rol',
})

/** A permission of DUO's (or Kennisnet's) own staff: no machtiging, an internal role. */
const intern = (section: Section): Def => ({
  kind: 'wijzigen',
  dienst: null,
  section,
  source: 'rol',
})

/** Mijn Helpdesk po: per organisation, by the eHerkenning machtiging for its dienst. */
const helpdesk = (kind: Def['kind']): Def => ({
  kind,
  dienst: 'mijn-helpdesk-po',
  section: 'helpdesk',
  source: 'machtiging',
})

const definitions: Record<PermissionId, Def> = {
  'helpdesk.melding.lezen': helpdesk('lezen'),
  'helpdesk.melding.indienen': helpdesk('wijzigen'),
  'helpdesk.archief.lezen': helpdesk('lezen'),
  'helpdesk.contactpersoon.wijzigen': helpdesk('wijzigen'),
  'helpdesk.behandelen': intern('helpdesk'),
  'bekostiging.raadplegen': rol('bekostiging', 'lezen'),
  'bekostiging.aanvraag.indienen': rol('bekostiging', 'wijzigen'),
  'bekostiging.dashboard.raadplegen': rol('bekostiging', 'lezen'),
  'bekostiging.vaststelling-tellingen.raadplegen': rol('bekostiging', 'lezen'),
  'bekostiging.bezwaar.indienen': rol('bekostiging', 'wijzigen'),
  'bekostiging.behandelen': intern('bekostiging'),
  'opleidingen.aanbod.wijzigen': rol('opleidingen', 'wijzigen'),
  'opleidingen.examenresultaten.uitwisselen': rol('opleidingen', 'wijzigen'),
  'zaakdossier.raadplegen': rol('zaakdossier', 'lezen'),
  'xbrl.jaarverantwoording.indienen': rol('xbrl', 'wijzigen'),
  'xbrl.jaarverantwoording.raadplegen': rol('xbrl', 'lezen'),
  'xbrl.jaarverantwoording.behandelen': intern('xbrl'),
  'rod.bestanden-schooladviezen.ophalen': rol('rod', 'lezen'),
  'rod.dashboard-bestuur.raadplegen': rol('rod', 'lezen'),
  'rod.dashboard-school.raadplegen': rol('rod', 'lezen'),
  'rod.kwaliteitscontrole.raadplegen': rol('rod', 'lezen'),
  'rod.leerlingdossier.raadplegen': rol('rod', 'lezen'),
  'rod.handmatige-mutatie.indienen': rol('rod', 'wijzigen'),
  'rod.handmatige-mutatie.behandelen': intern('rod'),
  'rio.raadplegen': rol('rio', 'lezen'),
  'rio.onderwijsbestuur.wijzigen': rol('rio', 'wijzigen'),
  'rio.contactadres.wijzigen': rol('rio', 'wijzigen'),
  'rio.samenwerkingsvorm.wijzigen': rol('rio', 'wijzigen'),
  'rio.rpl-context-instellingen.wijzigen': rol('rio', 'wijzigen'),
  'rio.onderwijsaanbiedersgroep.wijzigen': rol('rio', 'wijzigen'),
  'rio.onderwijslocatiegebruik.wijzigen': rol('rio', 'wijzigen'),
  'rio.onderwijsaanbieder.wijzigen': rol('rio', 'wijzigen'),
  'rio.aangeboden-opleiding.wijzigen': rol('rio', 'wijzigen'),
  'osr.raadplegen': rol('osr', 'lezen'),
  'osr.las.wijzigen': rol('osr', 'wijzigen'),
  'osr.mandaat.wijzigen': rol('osr', 'wijzigen'),
  'osr.register.beheren': intern('osr'),
  'beheer.rollen-bekostiging.toekennen': rol('beheer', 'wijzigen'),
  'beheer.rollen-po.toekennen': rol('beheer', 'wijzigen'),
  'beheer.rollen-rio.toekennen': rol('beheer', 'wijzigen'),
  'beheer.beheerders.aanstellen': intern('beheer'),
  'beheer.audit.raadplegen': rol('beheer', 'lezen'),
  'beheer.eigen-rollen.raadplegen': {
    kind: 'lezen',
    dienst: null,
    section: 'beheer',
    source: 'login',
  },
  'beheer.osr-overeenkomst.aanvragen': rol('beheer', 'wijzigen'),
  'portaal.redactie.beheren': intern('portaal'),
}

function withDates(): Record<PermissionId, PermissionDefinition> {
  const out = {} as Record<PermissionId, PermissionDefinition>
  for (const id of Object.keys(definitions) as PermissionId[]) {
    const availableFrom = defaultConfig.permissionAvailableFrom[id]
    const def = { ...definitions[id], ...(availableFrom ? { availableFrom } : {}) }
    // Texts: read from the registered texts when asked for, as a role's description.
    for (const lang of ['nl', 'en'] as const)
      Object.defineProperty(def, lang, { enumerable: true, get: () => permissionLabel(id)[lang] })
    out[id] = def as PermissionDefinition
  }
  return out
}

/**
 * The permission catalogue. `availableFrom` shows the default date from `defaultConfig`.
 *
 * @example permissions['rod.leerlingdossier.raadplegen'].availableFrom // '2022-06-01'
 */
export const permissions: Readonly<Record<PermissionId, PermissionDefinition>> =
  /* @__PURE__ */ withDates()

/** All permission ids in catalogue order. */
export const permissionIds = Object.keys(permissions) as readonly PermissionId[]
