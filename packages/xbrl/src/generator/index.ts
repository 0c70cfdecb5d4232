/**
 * `@duo/xbrl/generator`: valid jaarverantwoordingen from a seed (demo data, tests,
 * benchmarks) and a corpus of invalid ones, one per rule.
 */
export { genereerInstance, instanceBytes, instanceDelen, type InstanceOpties } from './instance'
export { maakCijfers, kengetallenVan, prng, type Cijfers } from './cijfers'
export { CORPUS, WAARDECONTROLE_IDS, type CorpusGeval } from './corpus'
