/**
 * The e-mails beheer sends through the platform (`platform.notificaties`): a role assigned or
 * revoked tells its holder; a decided aanmelding tells who handed it in. Each is queued in the
 * transaction of the change itself, so a mail exists exactly when the change does.
 */
import type { InTransaction, SectionPlatform } from '@duo/server-kit'
import type { BeheerTables } from '../tables'
import { roleName } from '../shared/weergave'

export function meldRol(
  platform: SectionPlatform<BeheerTables>,
  wijziging: {
    persoonId: string
    rol: string
    kenmerk: string
    bestuur: string
    ingetrokken: boolean
  },
  options: InTransaction,
) {
  const rol = roleName(wijziging.rol)
  const { kenmerk, bestuur } = wijziging
  return platform.notificaties.stuur(
    { persoonId: wijziging.persoonId },
    wijziging.ingetrokken
      ? {
          soort: 'rol',
          onderwerp: { nl: 'Een rol is ingetrokken', en: 'A role has been revoked' },
          tekst: {
            nl: `Uw rol ${rol.nl} met kenmerk ${kenmerk} bij ${bestuur} is ingetrokken.`,
            en: `Your role ${rol.en} with kenmerk ${kenmerk} at ${bestuur} has been revoked.`,
          },
          link: '/beheer/mijn-rollen',
        }
      : {
          soort: 'rol',
          onderwerp: { nl: 'U heeft een nieuwe rol', en: 'You have a new role' },
          tekst: {
            nl: `U heeft de rol ${rol.nl} gekregen met kenmerk ${kenmerk} bij ${bestuur}.`,
            en: `You have been given the role ${rol.en} with kenmerk ${kenmerk} at ${bestuur}.`,
          },
          link: '/beheer/mijn-rollen',
        },
    options,
  )
}

export function meldBesluit(
  platform: SectionPlatform<BeheerTables>,
  besluit: { persoonId: string; bestuur: string; goedgekeurd: boolean },
  options: InTransaction,
) {
  const { bestuur } = besluit
  return platform.notificaties.stuur(
    { persoonId: besluit.persoonId },
    {
      soort: 'aanmelding',
      onderwerp: besluit.goedgekeurd
        ? {
            nl: 'Uw aanmelding van beheerders is goedgekeurd',
            en: 'Your registration of administrators was approved',
          }
        : {
            nl: 'Uw aanmelding van beheerders is afgewezen',
            en: 'Your registration of administrators was rejected',
          },
      tekst: besluit.goedgekeurd
        ? {
            nl: `DUO heeft de aanmelding van beheerders voor ${bestuur} goedgekeurd. De beheerders hebben hun rol.`,
            en: `DUO approved the registration of administrators for ${bestuur}. The administrators have their role.`,
          }
        : {
            nl: `DUO heeft de aanmelding van beheerders voor ${bestuur} afgewezen. In Mijn DUO leest u waarom.`,
            en: `DUO rejected the registration of administrators for ${bestuur}. Mijn DUO says why.`,
          },
      link: '/beheer/aanmelding',
    },
    options,
  )
}
