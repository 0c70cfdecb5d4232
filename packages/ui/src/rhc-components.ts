/**
 * The Rijkshuisstijl community components (`utrecht-*`, `rhc-*` classes) the portal uses. The
 * shell's build ships the CSS of these components only, and the design tokens they need, not
 * the whole 350 kB of `@rijkshuisstijl-community/components-css` (`apps/shell/build/css-subset.ts`).
 *
 * Using another component in a section or here? Add its block name (the class without `__…`
 * or `--…`) to this list: the shell's test `css-subset.test.ts` fails while any `utrecht-*` or
 * `rhc-*` class of the workspace belongs to a component left out.
 */
export const RHC_COMPONENTEN = [
  'rhc-card',
  'rhc-theme',
  'utrecht-alert',
  'utrecht-badge-status',
  'utrecht-button',
  'utrecht-button-group',
  'utrecht-button-link',
  'utrecht-checkbox',
  'utrecht-data-list',
  'utrecht-document',
  'utrecht-form-field',
  'utrecht-form-field-description',
  'utrecht-form-field-error-message',
  'utrecht-form-fieldset',
  'utrecht-form-label',
  'utrecht-link',
  'utrecht-link-list',
  'utrecht-ordered-list',
  'utrecht-page-content',
  'utrecht-page-header',
  'utrecht-page-layout',
  'utrecht-pagination',
  'utrecht-paragraph',
  'utrecht-radio-button',
  'utrecht-select',
  'utrecht-separator',
  'utrecht-table',
  'utrecht-table-container',
  'utrecht-textarea',
  'utrecht-textbox',
  'utrecht-unordered-list',
] as const
