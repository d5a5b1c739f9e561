import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react'

import { Field } from './Field'
import type { FieldError, FlowText, StepSpec } from './types'

export interface Confirmation {
  title: string
  code?: string
  pin?: string
  codeLabel?: string
  pinLabel?: string
  lines: string[]
  next: string
  nextTitle: string
  trackHref?: string
  trackLabel?: string
}

interface Props {
  action: string
  lang: 'id' | 'en'
  steps: StepSpec[]
  text: FlowText
  /** The shared validation (cms/domain/forms): the same rules the endpoint applies. */
  validate: (values: Record<string, string>, files: Record<string, File>) => FieldError[]
  confirm: (answer: Record<string, unknown>) => Confirmation
  onFieldChange?: (name: string, value: string) => void
  /** Hidden fields sent with the form (the service's key). */
  hidden?: Record<string, string>
  multipart?: boolean
  children?: ReactNode
}

const readForm = (form: HTMLFormElement) => {
  const values: Record<string, string> = {}
  const files: Record<string, File> = {}
  for (const [name, value] of new FormData(form).entries()) {
    if (typeof value === 'string') values[name] = value
    else if (value.size > 0) files[name] = value
  }
  return { values, files }
}

/**
 * A citizen form as GOV.UK shapes it. Rendered at build time, it is a plain HTML form: every
 * step shown, one submit button, posted to the CMS, which answers with a redirect to the
 * confirmation or a page of errors. Once the island runs, the same form shows one topic per
 * step, checks each step with the shared rules, lists problems in an error summary linked to
 * the fields, lets the citizen check their answers, sends the form in the background with an
 * Idempotency-Key (a retry after a dropped connection creates nothing twice) and shows the
 * confirmation with the code and what happens next.
 */
export function FormFlow({ action, lang, steps, text, validate, confirm, onFieldChange, hidden = {}, multipart, children }: Props) {
  const [enhanced, setEnhanced] = useState(false)
  const [step, setStep] = useState(0)
  const [checking, setChecking] = useState(false)
  const [errors, setErrors] = useState<FieldError[]>([])
  const [sending, setSending] = useState(false)
  const [answer, setAnswer] = useState<Confirmation | null>(null)
  const [review, setReview] = useState<{ label: string; value: string; step: number }[]>([])
  const form = useRef<HTMLFormElement>(null)
  const summary = useRef<HTMLDivElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  const key = useRef('')

  useEffect(() => {
    key.current = crypto.randomUUID()
    setEnhanced(true)
  }, [])
  useEffect(() => {
    if (errors.length) summary.current?.focus()
  }, [errors])
  useEffect(() => {
    if (answer) panel.current?.focus()
  }, [answer])

  const fieldsOf = (index: number) => new Set(steps[index].fields.map((field) => field.name))
  const stepOfField = (name: string) => Math.max(0, steps.findIndex((candidate) => candidate.fields.some((field) => field.name === name)))
  const errorOf = (name: string) => errors.find((error) => error.field === name)?.message

  const problemsIn = (indexes: number[]) => {
    const { values, files } = readForm(form.current!)
    const names = new Set(indexes.flatMap((index) => [...fieldsOf(index)]))
    return validate(values, files).filter((error) => names.has(error.field))
  }

  const goTo = (index: number) => {
    setChecking(false)
    setStep(index)
    setErrors([])
    requestAnimationFrame(() => heading.current?.focus())
  }

  const next = () => {
    const problems = problemsIn([step])
    setErrors(problems)
    if (problems.length) return
    if (step < steps.length - 1) return goTo(step + 1)
    const all = problemsIn(steps.map((_, index) => index))
    if (all.length) {
      setStep(stepOfField(all[0].field))
      return setErrors(all)
    }
    const { values, files } = readForm(form.current!)
    setReview(
      steps.flatMap((candidate, index) =>
        candidate.fields.map((field) => {
          const raw = field.type === 'file' ? files[field.name]?.name ?? '' : values[field.name] ?? ''
          const shown = field.options?.find((option) => option.value === raw)?.label ?? field.groups?.flatMap((group) => group.options).find((option) => option.value === raw)?.label ?? (field.type === 'checkbox' ? (raw ? '✓' : '') : raw)
          return { label: field.label, value: shown || text.notGiven, step: index }
        }),
      ),
    )
    setChecking(true)
    setErrors([])
    requestAnimationFrame(() => heading.current?.focus())
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    if (!enhanced) return
    event.preventDefault()
    if (!checking) return next()
    setSending(true)
    try {
      const body = new FormData(form.current!)
      body.set('idempotencyKey', key.current)
      const response = await fetch(action, { method: 'POST', body, headers: { Accept: 'application/json' } })
      const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
      if (response.ok) return setAnswer(confirm(json))
      const problems = Array.isArray(json.errors) ? (json.errors as FieldError[]) : [{ field: '', message: text.failed }]
      const first = problems.find((problem) => problem.field && steps.some((candidate) => candidate.fields.some((field) => field.name === problem.field)))
      if (first) {
        setChecking(false)
        setStep(stepOfField(first.field))
      }
      setErrors(problems)
    } catch {
      // The connection dropped: the same key is sent again on retry, so nothing is made twice.
      setErrors([{ field: '', message: text.failed }])
    } finally {
      setSending(false)
    }
  }

  if (answer) {
    return (
      <div className="confirmation" lang={lang}>
        <div className="panel-confirm" role="status" tabIndex={-1} ref={panel}>
          <h2>{answer.title}</h2>
          {answer.code && (
            <>
              <p>{answer.codeLabel}</p>
              <p className="case-code">{answer.code}</p>
            </>
          )}
          {answer.pin && (
            <>
              <p>{answer.pinLabel}</p>
              <p className="case-code">{answer.pin}</p>
            </>
          )}
        </div>
        {answer.lines.length > 0 && (
          <ul>
            {answer.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        <h3>{answer.nextTitle}</h3>
        <p>{answer.next}</p>
        {answer.trackHref && <p><a href={answer.trackHref}>{answer.trackLabel}</a></p>}
      </div>
    )
  }

  return (
    <form ref={form} action={action} method="post" encType={multipart ? 'multipart/form-data' : undefined} noValidate={enhanced} onSubmit={submit} className="citizen-form">
      <input type="hidden" name="lang" value={lang} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {errors.length > 0 && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{text.errorTitle}</h2>
          <ul>
            {errors.map((error) => (
              <li key={`${error.field}:${error.message}`}>{error.field ? <a href={`#f-${error.field}`}>{error.message}</a> : error.message}</li>
            ))}
          </ul>
        </div>
      )}
      {enhanced && !checking && (
        <p className="muted step-count">
          {text.stepOf.replace('{n}', String(step + 1)).replace('{total}', String(steps.length))}
        </p>
      )}
      {steps.map((candidate, index) => (
        <fieldset key={candidate.id} hidden={enhanced && (checking || index !== step)} className="form-step">
          <legend>
            {enhanced ? (
              <h2 tabIndex={-1} ref={index === step ? heading : undefined}>
                {candidate.title}
              </h2>
            ) : (
              <h2>{candidate.title}</h2>
            )}
          </legend>
          {candidate.fields.map((field) => (
            <Field key={field.name} field={field} error={errorOf(field.name)} optionalText={text.optional} onChange={onFieldChange} />
          ))}
        </fieldset>
      ))}
      {children}
      {checking && (
        <section aria-labelledby="check-title">
          <h2 id="check-title" tabIndex={-1} ref={heading}>
            {text.checkTitle}
          </h2>
          <dl className="check-answers">
            {review.map((row) => (
              <div key={row.label}>
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
                <dd>
                  <button type="button" className="link-button" onClick={() => goTo(row.step)}>
                    {text.change}
                    <span className="visually-hidden"> {row.label}</span>
                  </button>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <div className="form-buttons">
        {enhanced && (step > 0 || checking) && (
          <button type="button" className="secondary" onClick={() => (checking ? goTo(steps.length - 1) : goTo(step - 1))}>
            {text.back}
          </button>
        )}
        {!enhanced ? (
          <button type="submit">{text.submit}</button>
        ) : checking ? (
          <button type="submit" disabled={sending}>
            {sending ? text.sending : text.submit}
          </button>
        ) : (
          <button type="submit">{step < steps.length - 1 ? text.next : text.check}</button>
        )}
      </div>
    </form>
  )
}
