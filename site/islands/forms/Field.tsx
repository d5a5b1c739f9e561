import type { FieldSpec } from './types'

interface Props {
  field: FieldSpec
  error?: string
  optionalText: string
  onChange?: (name: string, value: string) => void
}

/**
 * One labelled input with its hint and error, wired for screen readers (the label, the hint and
 * the error are all announced with the input). The same markup serves the plain form (no
 * JavaScript) and the island.
 */
export function Field({ field, error, optionalText, onChange }: Props) {
  const id = `f-${field.name}`
  const described = [field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  const label = (
    <>
      {field.label}
      {!field.required && field.type !== 'checkbox' && <span className="muted"> ({optionalText})</span>}
    </>
  )
  const hint = field.hint && (
    <p className="hint" id={`${id}-hint`}>
      {field.hint}
    </p>
  )
  const message = error && (
    <p className="field-error" id={`${id}-error`}>
      {error}
    </p>
  )
  const common = {
    id,
    name: field.name,
    required: field.required,
    'aria-describedby': described,
    'aria-invalid': error ? true : undefined,
    onChange: onChange ? (event: { target: { value: string } }) => onChange(field.name, event.target.value) : undefined,
  }

  if (field.type === 'radios') {
    return (
      <div className={`field${error ? ' has-error' : ''}`}>
        <fieldset aria-describedby={described} id={id} tabIndex={-1}>
          <legend>{label}</legend>
          {hint}
          {message}
          <div className="choices">
            {(field.options ?? []).map((option) => (
              <label key={option.value} className="choice">
                <input
                  type="radio"
                  name={field.name}
                  value={option.value}
                  required={field.required}
                  disabled={field.disabledOptions?.includes(option.value)}
                  onChange={onChange ? () => onChange(field.name, option.value) : undefined}
                />{' '}
                {option.label}
                {field.optionNotes?.[option.value] && <span className="muted"> — {field.optionNotes[option.value]}</span>}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
    )
  }

  if (field.type === 'checkbox') {
    return (
      <div className={`field${error ? ' has-error' : ''}`}>
        {message}
        <label className="choice">
          <input type="checkbox" id={id} name={field.name} value="on" aria-describedby={described} onChange={onChange ? (event) => onChange(field.name, event.target.checked ? 'on' : '') : undefined} /> {field.label}
        </label>
        {hint}
      </div>
    )
  }

  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint}
      {message}
      {field.type === 'textarea' ? (
        <textarea {...common} rows={5} />
      ) : field.type === 'select' ? (
        <select {...common} defaultValue="">
          <option value="">—</option>
          {(field.options ?? []).map((option) => (
            <option key={option.value} value={option.value} disabled={field.disabledOptions?.includes(option.value)}>
              {option.label}
            </option>
          ))}
          {(field.groups ?? []).map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      ) : (
        <input {...common} type={field.type} autoComplete={field.autoComplete} inputMode={field.inputMode} accept={field.accept} min={field.min} max={field.max} />
      )}
    </div>
  )
}
