// Existing components: imported by the shell and the sections under these names.
export { default as DuoAlert } from './components/DuoAlert.vue'
export { default as DuoButton } from './components/DuoButton.vue'
export { default as SectionLanding } from './components/SectionLanding.vue'
export { default as LoadingIndicator } from './components/LoadingIndicator.vue'
export { default as FeaturePage } from './components/FeaturePage.vue'

// Language
export { useTaal, type Tekst } from './taal'
export { TEKSTEN, type Teksten } from './texts'

// Form fields
export { default as DuoFormField } from './form/DuoFormField.vue'
export { default as DuoTextField } from './form/DuoTextField.vue'
export { default as DuoSelect } from './form/DuoSelect.vue'
export type { SelectOptie } from './form/DuoSelect.vue'
export { default as DuoTextarea } from './form/DuoTextarea.vue'
export { default as DuoDateField } from './form/DuoDateField.vue'
export { default as DuoFieldset } from './form/DuoFieldset.vue'
export { default as DuoCheckboxGroup } from './form/DuoCheckboxGroup.vue'
export { default as DuoRadioGroup } from './form/DuoRadioGroup.vue'
export { default as DuoFileField } from './form/DuoFileField.vue'
export { describedBy, keuzeId, veldIds, type KeuzeOptie, type VeldProps } from './form/field'
export {
  bestandsgrootte,
  bestandssoorten,
  controleerBestanden,
  type BestandsRegels,
} from './form/bestanden'

// Feedback
export { default as DuoErrorSummary } from './feedback/DuoErrorSummary.vue'
/** The error summary under its first name; same component as DuoErrorSummary. */
export { default as ErrorSummary } from './feedback/DuoErrorSummary.vue'
export { default as DuoErrorState } from './feedback/DuoErrorState.vue'
export { default as DuoEmptyState } from './feedback/DuoEmptyState.vue'
export { default as DuoStatusLabel } from './feedback/DuoStatusLabel.vue'
export type { StatusToon } from './feedback/DuoStatusLabel.vue'
export { default as DuoLiveRegion } from './feedback/DuoLiveRegion.vue'
export { default as DuoProgressBar } from './feedback/DuoProgressBar.vue'
export { isApiFout, veldFout, veldFouten, type FoutVorm } from './feedback/fouten'

// Tables and lists
export { default as DuoDataTable } from './table/DuoDataTable.vue'
export { default as DuoPagination } from './table/DuoPagination.vue'
export { default as DuoFilterBar } from './table/DuoFilterBar.vue'
export type { Kolom, Sortering } from './table/types'
export {
  usePagedList,
  type PagedAnswer,
  type PagedCursor,
  type PagedListOptions,
} from './table/use-paged-list'

// Dialogs
export { default as DuoConfirmDialog } from './dialog/DuoConfirmDialog.vue'
export { useConfirm, type BevestigVraag } from './dialog/use-confirm'
