import { describe, expect, it, vi } from 'vitest'
import { bestuurVan } from './guards'
import type { AuthContext, BestuurTree } from './types'

/** A tree with only what `bestuurVan` compares (the cast skips the fields it never reads). */
const boom = (bestuursnummer: string): BestuurTree =>
  ({ bestuursnummer, naam: `Bestuur ${bestuursnummer}`, scholen: [] }) as unknown as BestuurTree

describe('bestuurVan', () => {
  const eigen = boom('41234')
  const auth = { bestuur: eigen } as AuthContext

  it('takes the tree of the bestuur acted for from the request, without a read', async () => {
    const organisaties = { bestuur: vi.fn(async () => boom('41234')) }
    await expect(bestuurVan(auth, organisaties, '41234')).resolves.toBe(eigen)
    expect(organisaties.bestuur).not.toHaveBeenCalled()
  })

  it("reads another bestuur's tree from the platform, never the request's", async () => {
    const ander = boom('55555')
    const organisaties = { bestuur: vi.fn(async () => ander) }
    await expect(bestuurVan(auth, organisaties, '55555')).resolves.toBe(ander)
    expect(organisaties.bestuur).toHaveBeenCalledWith('55555')
  })

  it('reads for DUO staff (no bestuur) and answers null for an unknown bestuur', async () => {
    const organisaties = { bestuur: vi.fn(async () => null) }
    const medewerker = { bestuur: null } as AuthContext
    await expect(bestuurVan(medewerker, organisaties, '41234')).resolves.toBeNull()
    await expect(bestuurVan(null, organisaties, '41234')).resolves.toBeNull()
    expect(organisaties.bestuur).toHaveBeenCalledTimes(2)
  })
})
