/** Namespaces of XBRL 2.1, XML Schema, XLink and XBRL Formula that the validator knows by heart. */
export const NS = {
  xbrli: 'http://www.xbrl.org/2003/instance',
  link: 'http://www.xbrl.org/2003/linkbase',
  xlink: 'http://www.w3.org/1999/xlink',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xs: 'http://www.w3.org/2001/XMLSchema',
  xml: 'http://www.w3.org/XML/1998/namespace',
  iso4217: 'http://www.xbrl.org/2003/iso4217',
  xbrldi: 'http://xbrl.org/2006/xbrldi',
  gen: 'http://xbrl.org/2008/generic',
  va: 'http://xbrl.org/2008/assertion/value',
  ea: 'http://xbrl.org/2008/assertion/existence',
  variable: 'http://xbrl.org/2008/variable',
  cf: 'http://xbrl.org/2008/filter/concept',
  pf: 'http://xbrl.org/2008/filter/period',
  msg: 'http://xbrl.org/2010/message',
  sev: 'http://xbrl.org/2022/assertion-severity',
  catalog: 'urn:oasis:names:tc:entity:xmlns:xml:catalog',
  tp: 'http://xbrl.org/2016/taxonomy-package',
} as const

export const ARCROLE = {
  conceptLabel: 'http://www.xbrl.org/2003/arcrole/concept-label',
  parentChild: 'http://www.xbrl.org/2003/arcrole/parent-child',
  summationItem: 'http://www.xbrl.org/2003/arcrole/summation-item',
  variableSet: 'http://xbrl.org/arcrole/2008/variable-set',
  variableFilter: 'http://xbrl.org/arcrole/2008/variable-filter',
  unsatisfiedMessage: 'http://xbrl.org/arcrole/2010/assertion-unsatisfied-message',
  unsatisfiedSeverity: 'http://xbrl.org/arcrole/2022/assertion-unsatisfied-severity',
} as const

export const ROLE_LABEL = 'http://www.xbrl.org/2003/role/label'

/** `{namespace}local`: one string for a qualified name. */
export const clark = (ns: string, local: string) => `{${ns}}${local}`

/** The local part of a Clark name. */
export const localOf = (c: string) => c.slice(c.indexOf('}') + 1)

/** The namespace of a Clark name. */
export const nsOf = (c: string) => c.slice(1, c.indexOf('}'))
