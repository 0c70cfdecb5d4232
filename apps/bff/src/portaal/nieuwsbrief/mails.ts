/** The newsletter's mails: the confirmation (double opt-in) and an issue, in the subscriber's language. */
import type { NieuweMail } from '@duo/server-kit/platform'
import { ONDERWERP_NAMEN, type Abonnee, type Onderwerp, type Taal } from './store'

export function bevestigingsMail(
  input: { email: string; onderwerpen: Onderwerp[]; taal: Taal; token: string },
  publicUrl: string,
): NieuweMail {
  const link = `${publicUrl}/nieuwsbrief/bevestigen?t=${encodeURIComponent(input.token)}`
  const namen = input.onderwerpen.map((o) => ONDERWERP_NAMEN[o][input.taal]).join(', ')
  const tekst =
    input.taal === 'en'
      ? [
          'Hello,',
          '',
          `Someone (hopefully you) subscribed this address to the DUO newsletter for school boards, on: ${namen}.`,
          '',
          `Confirm your subscription within 48 hours: ${link}`,
          '',
          'Did you not subscribe? Then ignore this mail: without confirmation you receive nothing and we delete your address after 48 hours.',
        ]
      : [
          'Beste lezer,',
          '',
          `Iemand (hopelijk u) heeft dit adres aangemeld voor de nieuwsbrief van DUO voor schoolbesturen, over: ${namen}.`,
          '',
          `Bevestig uw aanmelding binnen 48 uur: ${link}`,
          '',
          'Heeft u zich niet aangemeld? Dan kunt u deze mail negeren: zonder bevestiging krijgt u niets en wissen we uw adres na 48 uur.',
        ]
  return {
    soort: 'bevestiging',
    aan: input.email,
    onderwerp:
      input.taal === 'en'
        ? 'Confirm your subscription to the DUO newsletter'
        : 'Bevestig uw aanmelding voor de nieuwsbrief van DUO',
    tekst: tekst.join('\n'),
  }
}

/** One issue to one subscriber, with its one-click unsubscribe (link and RFC 8058 headers). */
export function uitgaveMail(
  abonnee: Abonnee,
  uitgave: { onderwerp: Onderwerp; titel: string; tekst: string },
  publicUrl: string,
): NieuweMail {
  const uit = `${publicUrl}/nieuwsbrief/uitschrijven?t=${encodeURIComponent(abonnee.uitToken)}`
  const onderwerp = ONDERWERP_NAMEN[uitgave.onderwerp][abonnee.taal]
  const voet =
    abonnee.taal === 'en'
      ? [
          `You receive this newsletter on "${onderwerp}" because you subscribed to it.`,
          `Unsubscribe with one click: ${uit}`,
        ]
      : [
          `U ontvangt deze nieuwsbrief over "${onderwerp}" omdat u zich hebt aangemeld.`,
          `Afmelden met één klik: ${uit}`,
        ]
  return {
    soort: 'nieuwsbrief',
    aan: abonnee.email,
    onderwerp: `DUO nieuwsbrief: ${uitgave.titel}`,
    tekst: [uitgave.titel, '', uitgave.tekst, '', '--', ...voet].join('\n'),
    kopregels: {
      'List-Unsubscribe': `<${uit}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `DUO nieuwsbrief ${uitgave.onderwerp} <${uitgave.onderwerp}.nieuwsbrief.${new URL(publicUrl).hostname}>`,
    },
  }
}
