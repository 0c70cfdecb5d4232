import { Secret, TOTP } from 'otpauth'
import { beforeAll, describe, expect, it } from 'vitest'
import { verifyPassword } from '../auth/password'
import { useTestDb, dialectsUnderTest } from '../db/test-db'
import { findByGebruikersnaam } from '../stores/legacy-accounts'
import { getBestuur, getBestuurByKvk } from '../stores/organisations'
import { findByEherkenning, findDuoMedewerker, findOrCreateByEherkenning } from '../stores/people'
import { listActiveGrants } from '../stores/grants'
import {
  DEMO_PERSONAS,
  DEMO_TOTP_SECRET,
  demoPersoonId,
  seedDemo,
  type EherkenningPersona,
} from './seed'

describe.each(dialectsUnderTest)('demo seed (%s)', (dialect) => {
  const t = useTestDb(dialect)
  let firstRun = { inserted: 0 }
  beforeAll(async () => {
    firstRun = await seedDemo(t.db)
  })

  it('is idempotent', async () => {
    expect(firstRun.inserted).toBeGreaterThan(40)
    const count = async () =>
      (await t.db.selectFrom('rol_toekenning').select('id').execute()).length
    const grantsBefore = await count()
    expect(await seedDemo(t.db)).toEqual({ inserted: 0 })
    expect(await count()).toBe(grantsBefore)
    // 19 eHerkenning personas: verantwoording-eh2 is verantwoording again, helpdesk-legacy has no
    // identity yet; plus 7 DUO and Kennisnet staff.
    expect((await t.db.selectFrom('persoon').select('id').execute()).length).toBe(24)
  })

  it('produces the bestuur trees @duo/authz expects', async () => {
    expect(await getBestuur(t.db, '41234')).toEqual({
      bestuursnummer: '41234',
      kvk: '30123456',
      onderwijsbestuurcode: '101B234',
      naam: 'Stichting Openbaar Onderwijs De Linde',
      osrOvereenkomstGetekend: true,
      scholen: [
        {
          instellingscode: '12AB',
          naam: 'OBS De Regenboog',
          vestigingscodes: ['12AB00'],
          onderwijsaanbiedercode: '101A001',
        },
        {
          instellingscode: '34CD',
          naam: 'OBS Het Kompas',
          vestigingscodes: ['34CD00', '34CD01'],
          onderwijsaanbiedercode: '101A002',
        },
      ],
    })
    const b = await getBestuurByKvk(t.db, '30654321')
    expect(b).toMatchObject({
      bestuursnummer: '40567',
      onderwijsbestuurcode: '102B567',
      osrOvereenkomstGetekend: false,
    })
    expect(b?.scholen.map((s) => [s.instellingscode, s.naam, s.onderwijsaanbiedercode])).toEqual([
      ['56EF', 'RKBS De Vlinder', '102A003'],
    ])
  })

  it('gives every seeded persona its identity and grants', async () => {
    const eh = DEMO_PERSONAS.filter(
      (p): p is EherkenningPersona => p.kind === 'eherkenning' && p.seedIdentity,
    )
    for (const persona of eh) {
      const persoon = await findByEherkenning(t.db, persona.kvk, persona.pseudonym)
      expect(persoon?.id, persona.id).toBe(demoPersoonId(persona.id))
      const grants = (await listActiveGrants(t.db, persoon!.id))
        .map((g) => `${g.role}@${g.kenmerk}`)
        .sort()
      const expected = DEMO_PERSONAS.filter(
        (p): p is EherkenningPersona =>
          p.kind === 'eherkenning' && p.kvk === persona.kvk && p.pseudonym === persona.pseudonym,
      )
        .flatMap((p) => p.grants.map((g) => `${g.role}@${g.kenmerk}`))
        .sort()
      expect(grants, persona.id).toEqual(expected)
    }
    const beheerder = await findByEherkenning(t.db, '30123456', 'EH-BEHEERDER-PO')
    expect(
      (await listActiveGrants(t.db, beheerder!.id)).map((g) => [
        g.role,
        g.kenmerk,
        g.bestuursnummer,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['beheerder-po', '41234', '41234'],
        ['beheerder-rio-algemeen', '101B234', '41234'],
        ['beheerder-rio-selfservice', '101B234', '41234'],
      ]),
    )
  })

  it('makes verantwoording-eh2 the same person as verantwoording', () => {
    expect(demoPersoonId('verantwoording-eh2')).toBe(demoPersoonId('verantwoording'))
  })

  it('seeds the administratiekantoor with its intermediary', async () => {
    const row = await t.db
      .selectFrom('eherkenning_identiteit')
      .select(['legal_subject_kvk', 'intermediair_kvk'])
      .where('acting_subject_id', '=', 'EH-ADMINISTRATIEKANTOOR')
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ legal_subject_kvk: '30123456', intermediair_kvk: '30999999' })
  })

  it('has the legacy helpdesk account unlinked, without an eHerkenning identity yet', async () => {
    const acc = await findByGebruikersnaam(t.db, 'jdevries')
    expect(acc).toMatchObject({
      soort: 'helpdesk-wachtwoord',
      bestuursnummer: '41234',
      naam: 'Jan de Vries',
      gekoppeldAanPersoonId: null,
    })
    expect(await verifyPassword('Welkom-2021!', acc!.passwordHash)).toBe(true)
    expect(await findByEherkenning(t.db, '30123456', 'EH-HELPDESK-LEGACY')).toBeNull()
    const { isNew } = await findOrCreateByEherkenning(t.db, {
      kvk: '30123456',
      actingSubjectId: 'EH-HELPDESK-LEGACY',
      naam: 'Jan de Vries',
    })
    expect(isNew).toBe(true)
  })

  it('has the token account linked to token-gebruiker, with a working TOTP secret', async () => {
    const acc = await findByGebruikersnaam(t.db, 'pbakker')
    expect(acc).toMatchObject({
      soort: 'mijn-duo-token',
      totpSecret: DEMO_TOTP_SECRET,
      gekoppeldAanPersoonId: demoPersoonId('token-gebruiker'),
    })
    const totp = new TOTP({
      secret: Secret.fromBase32(acc!.totpSecret!),
      digits: 6,
      period: 30,
      algorithm: 'SHA1',
    })
    // RFC 6238 test vector: at 59 s the 8-digit code is 94287082, so the 6-digit one is 287082.
    expect(totp.generate({ timestamp: 59_000 })).toBe('287082')
  })

  it('registers the DUO staff', async () => {
    expect(await findDuoMedewerker(t.db, 'servicedesk')).toMatchObject({
      rol: 'duo-security-servicedesk',
    })
    expect(await findDuoMedewerker(t.db, 'helpdeskmedewerker')).toMatchObject({
      rol: 'duo-helpdeskmedewerker',
    })
  })

  it('records who granted the roles', async () => {
    const row = await t.db
      .selectFrom('rol_toekenning')
      .select(['toegekend_door'])
      .where('persoon_id', '=', demoPersoonId('beheerder-po')!)
      .where('rol', '=', 'beheerder-po')
      .executeTakeFirstOrThrow()
    expect(row.toegekend_door).toBe(demoPersoonId('servicedesk'))
  })
})
