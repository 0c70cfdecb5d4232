/**
 * Files of one section under `<dataDir>/<section>/<soort>/`, with server-made names only
 * (a UUID): no user-chosen name ever reaches the file system, and nothing is under a web root.
 */
import { randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BestandenService } from '../../services'

const SOORT = /^[a-z][a-z0-9-]{0,40}$/
// A UUID; files stored before this service (e.g. beheer's `<uuid>.pdf`) may carry an extension.
const NAAM = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\.[a-z0-9]{1,8})?$/

export function createBestandenService(dataDir: string, sectionId: string): BestandenService {
  const folder = (soort: string) => {
    if (!SOORT.test(soort)) throw new Error(`Ongeldige bestandssoort '${soort}'`)
    return join(dataDir, sectionId, soort)
  }
  const pad = (soort: string, naam: string) => {
    if (!NAAM.test(naam)) throw new Error('Ongeldige opslagnaam')
    return join(folder(soort), naam)
  }
  return {
    async bewaar(soort, bytes) {
      await mkdir(folder(soort), { recursive: true, mode: 0o700 })
      const naam = randomUUID()
      await writeFile(join(folder(soort), naam), bytes, { flag: 'wx', mode: 0o600 })
      return naam
    },
    lees: (soort, naam) => readFile(pad(soort, naam)),
    async schrijf(soort) {
      await mkdir(folder(soort), { recursive: true, mode: 0o700 })
      const naam = randomUUID()
      const stream = createWriteStream(join(folder(soort), naam), { flags: 'wx', mode: 0o600 })
      const done = new Promise<number>((resolve, reject) => {
        stream.on('finish', () => resolve(stream.bytesWritten))
        stream.on('error', reject)
      })
      return { naam, stream, klaar: () => done }
    },
    async leesStroom(soort, naam) {
      const file = pad(soort, naam)
      const { size } = await stat(file)
      return { stream: createReadStream(file), grootte: size }
    },
    async verwijder(soort, namen) {
      await Promise.all(
        namen.filter((n) => NAAM.test(n)).map((n) => rm(pad(soort, n), { force: true })),
      )
    },
  }
}
