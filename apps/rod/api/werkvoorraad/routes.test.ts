import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { rodDb, rodTestApp, tellingen, verzoekForm, type RodTestApp } from '../test-support'

describe.each(dialectsUnderTest)(
  'ROD API: DUO’s werkvoorraad handmatige mutatie (%s)',
  (dialect) => {
    let t: RodTestApp
    beforeAll(async () => {
      t = await rodTestApp(dialect)
    }, 90_000)
    afterAll(() => t.close())

    const get = async (as: string, path = '') => {
      const res = await t.request('GET', `/api/rod/werkvoorraad${path}`, { as })
      return { res, body: await res.json() }
    }
    const post = (as: string, path: string, json?: unknown) =>
      t.request('POST', `/api/rod/werkvoorraad${path}`, { as, json })

    /** A new verzoek of 34CD to change a leerjaar, as the school files it. */
    async function nieuwVerzoek(offset: number) {
      const lj = await rodDb(t)
        .selectFrom('rod_leerjaar as l')
        .leftJoin('rod_mutatieverzoek as v', 'v.object_id', 'l.id')
        .where('l.instellingscode', '=', '34CD')
        .where('l.schooljaar', '=', '2023-2024')
        .where('l.leerjaar', '>', 1)
        .where('l.leerjaar', '<', 8)
        .where('v.id', 'is', null)
        .select(['l.id', 'l.leerling_id', 'l.leerjaar'])
        .orderBy('l.id')
        .offset(offset)
        .limit(1)
        .executeTakeFirstOrThrow()
      const nieuw = String(Number(lj.leerjaar) - 1)
      const res = await t.request('POST', `/api/rod/handmatige-mutatie/34CD/${lj.leerling_id}`, {
        as: 'schooladmin-34cd',
        body: verzoekForm({ onderdeel: 'leerjaar', objectId: lj.id, waarde: nieuw }),
      })
      expect(res.status).toBe(201)
      return { verzoek: (await res.json()).verzoek, lj, nieuw }
    }

    it('lists waiting verzoeken of every bestuur, oldest first, for the DUO behandelaar ROD only', async () => {
      const { res, body } = await get('rod-behandelaar', '?status=ingediend')
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toBe('no-store')
      const besturen = new Set(
        body.verzoeken.map((v: { bestuursnummer: string }) => v.bestuursnummer),
      )
      expect([...besturen].sort()).toEqual(['40567', '41234'])
      const data = body.verzoeken.map((v: { ingediendOp: string }) => v.ingediendOp)
      expect(data).toEqual([...data].sort())
      expect(body.verzoeken.every((v: { status: string }) => v.status === 'ingediend')).toBe(true)
      expect(body.verzoeken[0].bestuurNaam).toBeTruthy()
      for (const ander of ['bestuur-rod', 'schooladmin-34cd', 'helpdeskmedewerker']) {
        const r = await get(ander)
        expect(r.res.status, ander).toBe(403)
      }
    })

    it('accepts: the register changes, with history, the school sees it, and the bestuur’s logboek shows it', async () => {
      const { verzoek, lj, nieuw } = await nieuwVerzoek(0)
      const detail = await get('rod-behandelaar', `/${verzoek.id}`)
      expect(detail.body.beoordeling).toEqual({
        actueel: true,
        nuGeregistreerd: String(lj.leerjaar),
        problemen: [],
      })
      expect(detail.body.leerling.id).toBe(lj.leerling_id)
      expect(detail.body.school.instellingscode).toBe('34CD')

      const res = await post('rod-behandelaar', `/${verzoek.id}/accepteren`)
      expect(res.status).toBe(200)
      const na = await res.json()
      expect(na.verzoek).toMatchObject({
        status: 'geaccepteerd',
        behandeldDoor: 'Saskia Bos (DUO behandelaar ROD)',
      })
      const rij = await rodDb(t)
        .selectFrom('rod_leerjaar')
        .select('leerjaar')
        .where('id', '=', lj.id)
        .executeTakeFirstOrThrow()
      expect(String(rij.leerjaar)).toBe(nieuw)
      const historie = await rodDb(t)
        .selectFrom('rod_historie')
        .selectAll()
        .where('verzoek_id', '=', verzoek.id)
        .execute()
      expect(historie).toHaveLength(1)
      expect(historie[0]).toMatchObject({
        oude_waarde: String(lj.leerjaar),
        nieuwe_waarde: nieuw,
        object_id: lj.id,
      })

      const school = await (
        await t.request('GET', `/api/rod/handmatige-mutatie/${verzoek.id}`, {
          as: 'schooladmin-34cd',
        })
      ).json()
      expect(school.verzoek.status).toBe('geaccepteerd')
      const dossier = await (
        await t.request('GET', `/api/rod/leerlingdossier/34CD/${lj.leerling_id}`, {
          as: 'schooladmin-34cd',
        })
      ).json()
      expect(dossier.historie[0]).toMatchObject({
        oudeWaarde: String(lj.leerjaar),
        nieuweWaarde: nieuw,
      })
      const { entries } = await t
        .platformOf('rod')
        .audit.list({ bestuursnummer: '41234', actie: 'rod.handmatige-mutatie.geaccepteerd' })
      expect(entries[0]).toMatchObject({
        actorOmschrijving: 'Saskia Bos (DUO behandelaar ROD)',
        details: { verzoekId: verzoek.id },
      })

      const nogEens = await post('rod-behandelaar', `/${verzoek.id}/accepteren`)
      expect(nogEens.status).toBe(409)
      expect((await nogEens.json()).code).toBe('al-behandeld')
    })

    it('refuses with a reason the school reads; a reason is required', async () => {
      const { verzoek, lj } = await nieuwVerzoek(1)
      const voor = await tellingen(t)
      const kort = await post('rod-behandelaar', `/${verzoek.id}/afwijzen`, { reden: 'nee' })
      expect(kort.status).toBe(400)
      expect((await kort.json()).velden[0].veld).toBe('reden')
      expect(await tellingen(t)).toEqual(voor)
      const reden = 'De school kan dit zelf in het LAS corrigeren en opnieuw doorsturen.'
      const res = await post('rod-behandelaar', `/${verzoek.id}/afwijzen`, { reden })
      expect(res.status).toBe(200)
      const rij = await rodDb(t)
        .selectFrom('rod_leerjaar')
        .select('leerjaar')
        .where('id', '=', lj.id)
        .executeTakeFirstOrThrow()
      expect(Number(rij.leerjaar)).toBe(Number(lj.leerjaar))
      const school = await (
        await t.request('GET', `/api/rod/handmatige-mutatie/${verzoek.id}`, {
          as: 'schooladmin-34cd',
        })
      ).json()
      expect(school.verzoek).toMatchObject({ status: 'afgewezen', afwijsreden: reden })
      const accept = await post('rod-behandelaar', `/${verzoek.id}/accepteren`)
      expect(accept.status).toBe(409)
    })

    it('does not apply a verzoek when the register changed after it was made', async () => {
      const { verzoek, lj } = await nieuwVerzoek(2)
      await rodDb(t)
        .updateTable('rod_leerjaar')
        .set({ leerjaar: 7 })
        .where('id', '=', lj.id)
        .execute()
      const detail = await get('rod-behandelaar', `/${verzoek.id}`)
      expect(detail.body.beoordeling.actueel).toBe(false)
      const voor = await tellingen(t)
      const res = await post('rod-behandelaar', `/${verzoek.id}/accepteren`)
      expect(res.status).toBe(409)
      expect((await res.json()).code).toBe('register-gewijzigd')
      expect(await tellingen(t)).toEqual(voor)
      const status = await rodDb(t)
        .selectFrom('rod_mutatieverzoek')
        .select('status')
        .where('id', '=', verzoek.id)
        .executeTakeFirstOrThrow()
      expect(status.status).toBe('ingediend')
    })

    it('answers unknown and malformed ids with 404, and a bestuur person 403 on their own verzoek', async () => {
      expect(
        (await get('rod-behandelaar', '/00000000-0000-4000-8000-000000000000')).res.status,
      ).toBe(404)
      expect((await get('rod-behandelaar', '/abc')).res.status).toBe(404)
      expect((await post('rod-behandelaar', '/abc/accepteren')).status).toBe(404)
      const { verzoek } = await nieuwVerzoek(3)
      const eigen = await get('schooladmin-34cd', `/${verzoek.id}`)
      expect(eigen.res.status).toBe(403)
      expect(eigen.body.nl).toContain('DUO')
      const accept = await post('schooladmin-34cd', `/${verzoek.id}/accepteren`)
      expect(accept.status).toBe(403)
    })

    it('downloads the bijlage of a demo verzoek for DUO, and for its own school only', async () => {
      const metBijlage = await rodDb(t)
        .selectFrom('rod_mutatieverzoek')
        .select(['id', 'instellingscode'])
        .where('bijlage_opslag', 'is not', null)
        .where('bestuursnummer', '=', '41234')
        .executeTakeFirstOrThrow()
      const duo = await t.request('GET', `/api/rod/werkvoorraad/${metBijlage.id}/bijlage`, {
        as: 'rod-behandelaar',
      })
      expect(duo.status).toBe(200)
      expect(new TextDecoder().decode((await duo.arrayBuffer()).slice(0, 5))).toBe('%PDF-')
      expect(duo.headers.get('x-content-type-options')).toBe('nosniff')
    })

    it('pages the queue by cursor, forward and back, oldest waiting first', async () => {
      const { body: alle } = await get('rod-behandelaar', '?status=ingediend&aantal=100')
      const ids = alle.verzoeken.map((v: { id: string }) => v.id)
      expect(alle.totaal).toBe(ids.length)
      const paginas = [(await get('rod-behandelaar', '?status=ingediend&aantal=2')).body]
      while (paginas.at(-1).volgende)
        paginas.push(
          (
            await get(
              'rod-behandelaar',
              `?status=ingediend&aantal=2&pagina=${paginas.length + 1}&na=${paginas.at(-1).volgende}`,
            )
          ).body,
        )
      expect(paginas.flatMap((p) => p.verzoeken.map((v: { id: string }) => v.id))).toEqual(ids)
      if (paginas.length > 1) {
        const { body: terug } = await get(
          'rod-behandelaar',
          `?status=ingediend&aantal=2&voor=${paginas.at(-1).vorige}`,
        )
        expect(terug.verzoeken).toEqual(paginas.at(-2).verzoeken)
      }
      const fout = await get('rod-behandelaar', '?na=!!')
      expect(fout.res.status).toBe(400)
      // Who may not see the queue learns nothing, whatever the cursor.
      expect((await get('bestuur-rod', `?na=${alle.volgende ?? 'x'}`)).res.status).toBe(403)
    })
  },
)
