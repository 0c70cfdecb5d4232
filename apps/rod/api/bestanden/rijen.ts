/**
 * The rows of the files, read from the database in pages (keyset on school and pupil, which the
 * indexes serve in order), so a file of 100,000 pupils never sits in memory. The schooladviezen
 * file reads exactly the pupils the dashboard counts (`leerjaar8`).
 */
import type { RodDb } from '../tables'
import { leerjaar8 } from '../shared/leerjaar8'
import { adviesRegels, type Schooljaar } from '../shared/schooljaar'
import { adviesWaarde, volgordeVan } from '../shared/waardelijsten'

export const SOORTEN = ['schooladviezen', 'niveau-vo'] as const
type BestandSoort = (typeof SOORTEN)[number]

export interface Bereik {
  soort: BestandSoort
  schooljaar: Schooljaar
  instellingscodes: string[]
}

const PAGINA = 1000
const label = (code: string | null | undefined) =>
  code ? (adviesWaarde(code)?.label.nl ?? code) : ''

/** The header of a file; the advies columns are named after the schooljaar's regime. */
export function kop(b: Bereik): string[] {
  if (b.soort === 'niveau-vo')
    return [
      'Instellingscode po',
      'PGN',
      'Achternaam',
      'Voorvoegsel',
      'Voornamen',
      'Geboortedatum',
      'Schooljaar vo',
      'Leerjaar vo',
      'Niveau vo',
      'Schooladvies',
      'Schooljaar schooladvies',
      'Niveau vo tegenover advies',
    ]
  const r = adviesRegels(b.schooljaar)
  const naam = {
    advies: 'Schooladvies (advies 1)',
    herzien: 'Herzien schooladvies (advies 2)',
    voorlopig: 'Voorlopig schooladvies',
    definitief: 'Definitief schooladvies',
  }
  return [
    'Schooljaar',
    'Instellingscode',
    'PGN',
    'Achternaam',
    'Voorvoegsel',
    'Voornamen',
    'Geboortedatum',
    naam[r.eerste],
    `Datum ${naam[r.eerste].toLowerCase()}`,
    naam[r.tweede],
    `Datum ${naam[r.tweede].toLowerCase()}`,
    'Eindadvies',
    'Eindadvies (code)',
    r.toets === 'doorstroomtoets' ? 'Doorstroomtoets' : 'Eindtoets',
    'Lezen',
    'Taalverzorging',
    'Rekenen',
  ]
}

/** How many rows the file will have (for its progress). */
export async function telRijen(db: RodDb, b: Bereik): Promise<number> {
  const q =
    b.soort === 'schooladviezen'
      ? leerjaar8(db, b.instellingscodes, b.schooljaar)
      : db
          .selectFrom('rod_niveau_vo as lj')
          .where('lj.instellingscode', 'in', b.instellingscodes.length ? b.instellingscodes : [''])
          .where('lj.schooljaar', '=', b.schooljaar)
  const r = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(r.n)
}

/** Where the previous page ended: the last pupil and row (a pupil can have two rows). */
type Sleutel = [leerlingId: string, id: string]

/**
 * The file's rows page by page, as lists of cells: school by school, and within a school by
 * pupil. Every school, schooljaar (and leerjaar) is an equality on the index, so a page starts
 * with an index range on the pupil: each page costs the same, however far into the file.
 */
export async function* rijen(db: RodDb, b: Bereik): AsyncGenerator<unknown[][]> {
  for (const school of [...b.instellingscodes].sort()) {
    let na: Sleutel | null = null
    for (;;) {
      const pagina: { rijen: unknown[][]; laatste: Sleutel | null } =
        b.soort === 'schooladviezen'
          ? await adviesPagina(db, b, school, na)
          : await voPagina(db, b, school, na)
      if (pagina.rijen.length) yield pagina.rijen
      if (!pagina.laatste || pagina.rijen.length < PAGINA) break
      na = pagina.laatste
    }
  }
}

async function adviesPagina(db: RodDb, b: Bereik, school: string, na: Sleutel | null) {
  const regels = adviesRegels(b.schooljaar)
  // One query per page: every join is a lookup on a unique index of the pupil and schooljaar.
  let q = leerjaar8(db, [school], b.schooljaar)
    .innerJoin('rod_leerling as l', 'l.id', 'lj.leerling_id')
    .leftJoin('rod_schooladvies as a1', (j) =>
      j
        .onRef('a1.leerling_id', '=', 'lj.leerling_id')
        .onRef('a1.schooljaar', '=', 'lj.schooljaar')
        .on('a1.soort', '=', regels.eerste),
    )
    .leftJoin('rod_schooladvies as a2', (j) =>
      j
        .onRef('a2.leerling_id', '=', 'lj.leerling_id')
        .onRef('a2.schooljaar', '=', 'lj.schooljaar')
        .on('a2.soort', '=', regels.tweede),
    )
    .leftJoin('rod_toetsresultaat as t', (j) =>
      j.onRef('t.leerling_id', '=', 'lj.leerling_id').onRef('t.schooljaar', '=', 'lj.schooljaar'),
    )
    .select([
      'lj.id',
      'lj.instellingscode',
      'lj.leerling_id',
      'l.pgn',
      'l.achternaam',
      'l.voorvoegsel',
      'l.voornamen',
      'l.geboortedatum',
      'a1.waarde as eerste',
      'a1.adviesdatum as eerste_datum',
      'a2.waarde as tweede',
      'a2.adviesdatum as tweede_datum',
      't.id as toets',
      't.lezen',
      't.taalverzorging',
      't.rekenen',
    ])
  if (na)
    q = q
      .where('lj.leerling_id', '>=', na[0])
      .where((eb) => eb.or([eb('lj.leerling_id', '>', na[0]), eb('lj.id', '>', na[1])]))
  const basis = await q.orderBy('lj.leerling_id').orderBy('lj.id').limit(PAGINA).execute()
  if (!basis.length) return { rijen: [], laatste: null }
  const rijen = basis.map((r) => {
    const eind = r.tweede ?? r.eerste ?? null
    return [
      b.schooljaar,
      r.instellingscode,
      r.pgn,
      r.achternaam,
      r.voorvoegsel ?? '',
      r.voornamen,
      r.geboortedatum,
      label(r.eerste),
      r.eerste_datum ?? '',
      label(r.tweede),
      r.tweede_datum ?? '',
      label(eind),
      eind ?? '',
      r.toets ? 'ja' : 'nee',
      r.lezen ?? '',
      r.taalverzorging ?? '',
      r.rekenen ?? '',
    ]
  })
  const l = basis[basis.length - 1]!
  return { rijen, laatste: [l.leerling_id, l.id] as Sleutel }
}

async function voPagina(db: RodDb, b: Bereik, school: string, na: Sleutel | null) {
  let q = db
    .selectFrom('rod_niveau_vo as nv')
    .innerJoin('rod_leerling as l', 'l.id', 'nv.leerling_id')
    .select([
      'nv.id',
      'nv.instellingscode',
      'nv.leerling_id',
      'nv.vo_leerjaar',
      'nv.niveau',
      'l.pgn',
      'l.achternaam',
      'l.voorvoegsel',
      'l.voornamen',
      'l.geboortedatum',
    ])
    .where('nv.instellingscode', '=', school)
    .where('nv.schooljaar', '=', b.schooljaar)
  if (na)
    q = q
      .where('nv.leerling_id', '>=', na[0])
      .where((eb) => eb.or([eb('nv.leerling_id', '>', na[0]), eb('nv.id', '>', na[1])]))
  const basis = await q.orderBy('nv.leerling_id').orderBy('nv.id').limit(PAGINA).execute()
  if (!basis.length) return { rijen: [], laatste: null }
  const ids = [...new Set(basis.map((r) => r.leerling_id))]
  const adviezen = await db
    .selectFrom('rod_schooladvies')
    .select(['leerling_id', 'schooljaar', 'soort', 'waarde'])
    .where('leerling_id', 'in', ids)
    .where('schooljaar', '<', b.schooljaar)
    .execute()
  // The advies that counts: the second of the pupil's last schooljaar in po, else its first.
  const eindadvies = new Map<string, { schooljaar: string; waarde: string; tweede: boolean }>()
  for (const a of adviezen) {
    const tweede = a.soort === adviesRegels(a.schooljaar).tweede
    const nu = eindadvies.get(a.leerling_id)
    if (!nu || a.schooljaar > nu.schooljaar || (a.schooljaar === nu.schooljaar && tweede))
      eindadvies.set(a.leerling_id, { schooljaar: a.schooljaar, waarde: a.waarde, tweede })
  }
  const rijen = basis.map((r) => {
    const a = eindadvies.get(r.leerling_id)
    const verschil = a ? volgordeVan(r.niveau) - volgordeVan(a.waarde) : null
    return [
      r.instellingscode,
      r.pgn,
      r.achternaam,
      r.voorvoegsel ?? '',
      r.voornamen,
      r.geboortedatum,
      b.schooljaar,
      Number(r.vo_leerjaar),
      label(r.niveau),
      label(a?.waarde),
      a?.schooljaar ?? '',
      verschil === null ? '' : verschil > 0 ? 'hoger' : verschil < 0 ? 'lager' : 'gelijk',
    ]
  })
  const l = basis[basis.length - 1]!
  return { rijen, laatste: [l.leerling_id, l.id] as Sleutel }
}
