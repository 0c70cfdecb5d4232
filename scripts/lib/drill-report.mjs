// The drill's bookkeeping: every response classified, percentiles per endpoint, the table.

/** p-th percentile of sorted numbers (nearest rank). */
function percentile(sorted, p) {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/**
 * What a failed answer was. The balancer's own error page (HTML) for a request that was on its
 * way while the instance was killed is the crash's own cost; anything else is a real failure:
 * a JSON 5xx from a BFF, a balancer error at another moment, a broken connection to the balancer.
 */
export function classify(r, kills) {
  if (r.status > 0 && r.status < 500) return 'ok'
  if (r.status === 0) return 'connection-error'
  const fromBalancer = !String(r.headers?.['content-type'] ?? '').includes('json')
  const inFlightAtKill = kills.some((k) => r.start <= k.to && k.from <= r.end)
  if (fromBalancer) return inFlightAtKill ? 'lb-in-flight-at-kill' : 'lb-error'
  return 'bff-5xx'
}

export function endpointTable(results) {
  const byOp = new Map()
  for (const r of results) {
    const list = byOp.get(r.op) ?? []
    list.push(r)
    byOp.set(r.op, list)
  }
  const pad = (s, n) => String(s).padStart(n)
  const lines = [
    `${'endpoint'.padEnd(34)}${pad('requests', 9)}${pad('2xx', 7)}${pad('4xx', 6)}${pad('5xx', 6)}${pad('p50 ms', 9)}${pad('p95 ms', 9)}${pad('p99 ms', 9)}`,
  ]
  for (const [op, list] of byOp) {
    const ms = list.map((r) => r.end - r.start).sort((a, b) => a - b)
    const count = (lo, hi) => list.filter((r) => r.status >= lo && r.status < hi).length
    lines.push(
      `${op.padEnd(34)}${pad(list.length, 9)}${pad(count(200, 300), 7)}${pad(count(400, 500), 6)}${pad(count(500, 600) + count(0, 1), 6)}${pad(percentile(ms, 50).toFixed(0), 9)}${pad(percentile(ms, 95).toFixed(0), 9)}${pad(percentile(ms, 99).toFixed(0), 9)}`,
    )
  }
  return lines.join('\n')
}
