/**
 * A report with each run of property lines sorted. vue-tsc declares a component's default props
 * in an order that differs between otherwise equal builds; the set is the API, not the order.
 */
export function genormaliseerd(tekst) {
  const regels = tekst.replace(/\r\n/g, '\n').split('\n')
  const uit = []
  let run = []
  let inspring = null
  const sluit = () => {
    uit.push(...run.sort())
    run = []
    inspring = null
  }
  for (const regel of regels) {
    const m = /^(\s+)"?[\w$-]+"?\??: .*;$/.exec(regel)
    if (m && (inspring === null || m[1] === inspring)) {
      inspring = m[1]
      run.push(regel)
      continue
    }
    sluit()
    if (m) {
      inspring = m[1]
      run.push(regel)
    } else uit.push(regel)
  }
  sluit()
  return uit.join('\n')
}
