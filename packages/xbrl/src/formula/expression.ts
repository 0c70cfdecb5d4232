/**
 * The part of XPath 2.0 that value assertions of a jaarverantwoording use: numbers, strings,
 * variables, arithmetic (`+ - * div mod`), comparisons (`eq ne lt le gt ge`, `= != < <= > >=`),
 * `and`/`or`, and the functions `abs round sum count exists empty not max min number`.
 * Anything else is refused with `NietOndersteund`, so the assertion is reported as not run
 * rather than evaluated wrongly.
 */

export type Waarde = number | string | boolean | Array<number | string>

export class NietOndersteund extends Error {
  constructor(
    readonly nl: string,
    readonly en: string,
  ) {
    super(en)
  }
}

type Token = { t: 'num' | 'str' | 'var' | 'naam' | 'op'; v: string }

const TOKEN =
  /\s*(?:(\d+(?:\.\d*)?|\.\d+)|"([^"]*)"|'([^']*)'|\$([A-Za-z_][\w]*)|([A-Za-z_][\w-]*(?::[A-Za-z_][\w-]*)?)|(!=|<=|>=|[-+*()<>=,]))/y

function tokens(bron: string): Token[] {
  const uit: Token[] = []
  TOKEN.lastIndex = 0
  let i = 0
  while (i < bron.length) {
    if (!bron.slice(i).trim()) break
    TOKEN.lastIndex = i
    const m = TOKEN.exec(bron)
    if (!m)
      throw new NietOndersteund(
        `onbekend teken bij '${bron.slice(i, i + 10)}'`,
        `unknown token at '${bron.slice(i, i + 10)}'`,
      )
    i = TOKEN.lastIndex
    if (m[1] !== undefined) uit.push({ t: 'num', v: m[1] })
    else if (m[2] !== undefined || m[3] !== undefined) uit.push({ t: 'str', v: m[2] ?? m[3] ?? '' })
    else if (m[4] !== undefined) uit.push({ t: 'var', v: m[4] })
    else if (m[5] !== undefined) uit.push({ t: 'naam', v: m[5] })
    else uit.push({ t: 'op', v: m[6] ?? '' })
  }
  return uit
}

const VERGELIJK: Record<string, (a: number, b: number) => boolean> = {
  eq: (a, b) => a === b,
  '=': (a, b) => a === b,
  ne: (a, b) => a !== b,
  '!=': (a, b) => a !== b,
  lt: (a, b) => a < b,
  '<': (a, b) => a < b,
  le: (a, b) => a <= b,
  '<=': (a, b) => a <= b,
  gt: (a, b) => a > b,
  '>': (a, b) => a > b,
  ge: (a, b) => a >= b,
  '>=': (a, b) => a >= b,
}

const num = (w: Waarde): number => {
  if (Array.isArray(w)) {
    if (w.length !== 1)
      throw new NietOndersteund(
        'een reeks waar één getal nodig is',
        'a sequence where one number is needed',
      )
    return num(w[0]!)
  }
  if (typeof w === 'boolean') return w ? 1 : 0
  const n = typeof w === 'number' ? w : Number(w)
  if (Number.isNaN(n))
    throw new NietOndersteund(`'${String(w)}' is geen getal`, `'${String(w)}' is not a number`)
  return n
}
const bool = (w: Waarde): boolean =>
  Array.isArray(w)
    ? w.length > 0
    : typeof w === 'number'
      ? w !== 0
      : typeof w === 'string'
        ? w !== ''
        : w
const reeks = (w: Waarde): number[] => (Array.isArray(w) ? w.map(num) : [num(w)])

const FUNCTIES: Record<string, (args: Waarde[]) => Waarde> = {
  abs: ([a]) => Math.abs(num(a!)),
  round: ([a]) => Math.round(num(a!)),
  number: ([a]) => num(a!),
  sum: ([a]) => reeks(a!).reduce((s, x) => s + x, 0),
  count: ([a]) => (Array.isArray(a) ? a.length : 1),
  exists: ([a]) => (Array.isArray(a) ? a.length > 0 : true),
  empty: ([a]) => (Array.isArray(a) ? a.length === 0 : false),
  not: ([a]) => !bool(a!),
  max: ([a]) => Math.max(...reeks(a!)),
  min: ([a]) => Math.min(...reeks(a!)),
  true: () => true,
  false: () => false,
}

/**
 * Evaluates an expression with the given variable values.
 * @example
 * evalueer('abs($a - $b) le 1', { a: 100, b: 100.5 }) // true
 */
export function evalueer(bron: string, variabelen: Record<string, Waarde>): Waarde {
  const ts = tokens(bron)
  let p = 0
  const kijk = () => ts[p]
  const is = (v: string) => {
    const t = ts[p]
    return t !== undefined && (t.t === 'op' || t.t === 'naam') && t.v === v
  }
  const neem = (v: string) => {
    if (!is(v)) throw new NietOndersteund(`'${v}' verwacht`, `'${v}' expected`)
    p++
  }

  function of(): Waarde {
    let l = en()
    while (is('or')) {
      p++
      const r = en()
      l = bool(l) || bool(r)
    }
    return l
  }
  function en(): Waarde {
    let l = vergelijking()
    while (is('and')) {
      p++
      const r = vergelijking()
      l = bool(l) && bool(r)
    }
    return l
  }
  function vergelijking(): Waarde {
    const l = som()
    const t = kijk()
    if (t && (t.t === 'op' || t.t === 'naam') && t.v in VERGELIJK) {
      p++
      const r = som()
      return VERGELIJK[t.v]!(num(l), num(r))
    }
    return l
  }
  function som(): Waarde {
    let l = product()
    while (is('+') || is('-')) {
      const op = ts[p++]!.v
      const r = product()
      l = op === '+' ? num(l) + num(r) : num(l) - num(r)
    }
    return l
  }
  function product(): Waarde {
    let l = min()
    while (is('*') || is('div') || is('mod') || is('idiv')) {
      const op = ts[p++]!.v
      const r = num(min())
      if (op !== '*' && r === 0) throw new NietOndersteund('deling door nul', 'division by zero')
      l =
        op === '*'
          ? num(l) * r
          : op === 'div'
            ? num(l) / r
            : op === 'idiv'
              ? Math.trunc(num(l) / r)
              : num(l) % r
    }
    return l
  }
  function min(): Waarde {
    if (is('-')) {
      p++
      return -num(min())
    }
    if (is('+')) p++
    return primair()
  }
  function primair(): Waarde {
    const t = ts[p++]
    if (!t) throw new NietOndersteund('onverwacht einde', 'unexpected end')
    if (t.t === 'num') return Number(t.v)
    if (t.t === 'str') return t.v
    if (t.t === 'var') {
      if (!(t.v in variabelen))
        throw new NietOndersteund(`onbekende variabele $${t.v}`, `unknown variable $${t.v}`)
      return variabelen[t.v]!
    }
    if (t.t === 'op' && t.v === '(') {
      const w = of()
      neem(')')
      return w
    }
    if (t.t === 'naam' && is('(')) {
      const f = FUNCTIES[t.v.replace(/^fn:/, '')]
      if (!f)
        throw new NietOndersteund(
          `functie ${t.v}() wordt niet ondersteund`,
          `function ${t.v}() is not supported`,
        )
      p++
      const args: Waarde[] = []
      if (!is(')')) {
        args.push(of())
        while (is(',')) {
          p++
          args.push(of())
        }
      }
      neem(')')
      return f(args)
    }
    throw new NietOndersteund(`'${t.v}' wordt niet ondersteund`, `'${t.v}' is not supported`)
  }

  const uitkomst = of()
  if (p !== ts.length)
    throw new NietOndersteund(`onverwacht '${ts[p]?.v}'`, `unexpected '${ts[p]?.v}'`)
  return uitkomst
}

/** Whether an assertion's test holds. */
export const klopt = (bron: string, variabelen: Record<string, Waarde>): boolean =>
  bool(evalueer(bron, variabelen))
