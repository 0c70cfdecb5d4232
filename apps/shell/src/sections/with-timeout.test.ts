import { describe, expect, it, vi } from 'vitest'
import { SectionTimeoutError, withTimeout } from './with-timeout'

describe('withTimeout', () => {
  it('passes a result through in time', async () => {
    await expect(withTimeout(Promise.resolve(7), 50, 'x')).resolves.toBe(7)
  })

  it('gives up on a promise that never settles', async () => {
    vi.useFakeTimers()
    const pending = withTimeout(new Promise(() => {}), 6000, 'rod')
    vi.advanceTimersByTime(6000)
    await expect(pending).rejects.toBeInstanceOf(SectionTimeoutError)
    vi.useRealTimers()
  })

  it('passes a failure through as it is', async () => {
    await expect(withTimeout(Promise.reject(new Error('weg')), 50, 'x')).rejects.toThrow('weg')
  })
})
