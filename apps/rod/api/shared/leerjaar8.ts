/**
 * The pupils in leerjaar 8 of a schooljaar at a set of schools: the base of the schooladviezen
 * on the dashboard *and* of the schooladviezen file, so both always count the same pupils.
 */
import type { RodDb } from '../tables'
import type { Schooljaar } from './schooljaar'

export function leerjaar8(db: RodDb, instellingscodes: readonly string[], schooljaar: Schooljaar) {
  return db
    .selectFrom('rod_leerjaar as lj')
    .where('lj.instellingscode', 'in', instellingscodes.length ? [...instellingscodes] : [''])
    .where('lj.schooljaar', '=', schooljaar)
    .where('lj.leerjaar', '=', 8)
}
