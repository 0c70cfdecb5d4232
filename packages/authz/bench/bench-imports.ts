// The bench measures the public API, plus one internal helper CASL needs for parity.
export * from '../src/index.ts'
export { effectiveGrants as effectiveGrantsForBench } from '../src/decide/effective-grants.ts'
export { decideIn, contextOf } from '../src/decide/decide.ts'
