/** Paging and search of the helpdesk's lists: the same query parameters on every list. */
import { z } from 'zod'
import { lijstParams, tekst } from '@duo/server-kit'

export const { pagina, aantal, na, voor, zoek } = lijstParams
export const richting = z
  .enum(['asc', 'desc'], { message: tekst('Kies asc of desc', 'Choose asc or desc') })
  .optional()
