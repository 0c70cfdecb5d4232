import { describe, expect, it } from 'vitest'
import { useTestDb } from '../db/test-db'
import { createPersonenService } from './personen'

// The plan, not a timing: every helpdesk list runs this subquery, so reading the whole table
// (every bestuur's old accounts) would make each list as slow as the country is large.
describe('old accounts of a bestuur (sqlite)', () => {
  const t = useTestDb('sqlite')

  it('are found by the bestuur index, not by reading every bestuur’s', async () => {
    const selectie = createPersonenService(t.db)
      .zichtbareOudeAccountsSelectie({ bestuursnummer: '41234', persoonId: 'p-1' })
      .compile()
    const { rows } = await t.db.executeQuery<{ detail: string }>({
      ...selectie,
      sql: `explain query plan ${selectie.sql}`,
    })
    const plan = rows.map((r) => r.detail).join('\n')
    expect(plan).toMatch(/USING INDEX legacy_account_bestuur_idx/)
    expect(plan).not.toMatch(/SCAN legacy_account/)
  })
})
