export * from './contract'
export * from './define-section'
export * from './context'
export * from './create-context'
export * from './visibility'
export * from './access'
export { useFormDraft, type ConceptOpties, type ConceptStaat } from './drafts/use-form-draft'
export {
  CONCEPT_HERSTELD_EVENT,
  CONCEPT_PREFIX,
  conceptSleutel,
  bewaarConcept,
  leesConcept,
  wisConcept,
  wisConcepten,
} from './drafts/store'
