import type { FieldError } from '../../../cms/domain/forms/result'

export type { FieldError }

export interface Option {
  value: string
  label: string
}

/** One input of a citizen form; the page passes it already in the page's language. */
export interface FieldSpec {
  name: string
  label: string
  hint?: string
  type: 'text' | 'email' | 'tel' | 'textarea' | 'date' | 'number' | 'select' | 'radios' | 'checkbox' | 'file'
  required?: boolean
  options?: Option[]
  groups?: { label: string; options: Option[] }[]
  autoComplete?: string
  inputMode?: 'numeric' | 'tel' | 'email' | 'text'
  accept?: string
  min?: string
  max?: string
  /** Options the island greys out (a full queue slot). */
  disabledOptions?: string[]
  /** Shown after each option's label (free seats). */
  optionNotes?: Record<string, string>
}

/** One topic per step (GOV.UK): a fieldset with its legend. */
export interface StepSpec {
  id: string
  title: string
  fields: FieldSpec[]
}

export interface FlowText {
  next: string
  back: string
  check: string
  checkTitle: string
  change: string
  submit: string
  sending: string
  errorTitle: string
  optional: string
  failed: string
  notGiven: string
  stepOf: string
}
