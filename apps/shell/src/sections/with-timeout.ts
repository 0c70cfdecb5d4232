/** Races a promise against a timer: `loadRemote` has no timeout of its own and can hang forever. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new SectionTimeoutError(`${what} gaf na ${ms} ms geen antwoord`)),
      ms,
    )
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

export class SectionTimeoutError extends Error {}
