import { type FormEvent, useEffect, useRef, useState } from 'react'

import { normaliseTrackingCode } from '../../../cms/domain/trackingCode'
import type { FieldError } from './types'

interface Step {
  status: string
  label: string
  at: string
  note: string
}

interface Props {
  action: string
  /** POST `${cancelAction}/{code}/cancel` cancels a booking still to come. */
  cancelAction: string
  lang: 'id' | 'en'
  words: { code: string; codeHint: string; verify: string; button: string; errorTitle: string; status: string; history: string; badCode: string; badVerify: string; failed: string; cancel: string }
}

/**
 * Tracking a case. A plain GET form that the CMS answers with a status page when JavaScript is
 * off; the island asks for JSON instead and shows the status and history in place.
 */
export default function TrackForm({ action, cancelAction, lang, words }: Props) {
  const [errors, setErrors] = useState<FieldError[]>([])
  const [found, setFound] = useState<{ code: string; kind: string; status: string; statusLabel: string; service: string; agency: string; details: Record<string, string>; history: Step[] } | null>(null)
  const [verified, setVerified] = useState('')
  const [initialCode, setInitialCode] = useState('')
  const summary = useRef<HTMLDivElement>(null)
  const result = useRef<HTMLElement>(null)

  useEffect(() => setInitialCode(new URLSearchParams(location.search).get('kode') ?? ''), [])
  useEffect(() => {
    if (errors.length) summary.current?.focus()
  }, [errors])
  useEffect(() => {
    if (found) result.current?.focus()
  }, [found])

  const lookUp = async (code: string, verify: string) => {
    try {
      const response = await fetch(`${action}/${code}?verify=${verify}`, { headers: { Accept: 'application/json' } })
      const body = await response.json()
      if (response.ok) {
        setFound(body)
        setVerified(verify)
      } else setErrors(body.errors ?? [{ field: '', message: words.failed }])
    } catch {
      setErrors([{ field: '', message: words.failed }])
    }
  }

  const cancel = async () => {
    if (!found) return
    const body = new FormData()
    body.set('verify', verified)
    try {
      const response = await fetch(`${cancelAction}/${found.code}/cancel`, { method: 'POST', body, headers: { Accept: 'application/json' } })
      if (!response.ok) return setErrors(((await response.json()) as { errors?: FieldError[] }).errors ?? [{ field: '', message: words.failed }])
      await lookUp(found.code, verified)
    } catch {
      setErrors([{ field: '', message: words.failed }])
    }
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const code = normaliseTrackingCode(data.get('code'))
    const verify = String(data.get('verify') ?? '').trim()
    const problems: FieldError[] = []
    if (!code) problems.push({ field: 'code', message: words.badCode })
    if (!/^\d{4}$/.test(verify)) problems.push({ field: 'verify', message: words.badVerify })
    setFound(null)
    setErrors(problems)
    if (problems.length) return
    await lookUp(code!, verify)
  }
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message
  const when = (iso: string) => new Date(iso).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { timeZone: 'Asia/Jakarta', dateStyle: 'long', timeStyle: 'short' })

  return (
    <>
      <form action={action} method="get" onSubmit={submit} noValidate className="citizen-form">
        {errors.length > 0 && (
          <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="track-errors">
            <h2 id="track-errors">{words.errorTitle}</h2>
            <ul>
              {errors.map((error) => (
                <li key={error.message}>{error.field ? <a href={`#f-${error.field}`}>{error.message}</a> : error.message}</li>
              ))}
            </ul>
          </div>
        )}
        <div className={`field${errorOf('code') ? ' has-error' : ''}`}>
          <label htmlFor="f-code">{words.code}</label>
          <p className="hint" id="f-code-hint">
            {words.codeHint}
          </p>
          {errorOf('code') && <p className="field-error" id="f-code-error">{errorOf('code')}</p>}
          <input id="f-code" name="code" required autoComplete="off" autoCapitalize="characters" defaultValue={initialCode} key={initialCode} aria-describedby={`f-code-hint${errorOf('code') ? ' f-code-error' : ''}`} aria-invalid={errorOf('code') ? true : undefined} />
        </div>
        <div className={`field${errorOf('verify') ? ' has-error' : ''}`}>
          <label htmlFor="f-verify">{words.verify}</label>
          {errorOf('verify') && <p className="field-error" id="f-verify-error">{errorOf('verify')}</p>}
          <input id="f-verify" name="verify" required inputMode="numeric" maxLength={4} autoComplete="off" className="short" aria-describedby={errorOf('verify') ? 'f-verify-error' : undefined} aria-invalid={errorOf('verify') ? true : undefined} />
        </div>
        <div className="form-buttons">
          <button type="submit">{words.button}</button>
        </div>
      </form>
      {found && (
        <section className="track-result" tabIndex={-1} ref={result} aria-labelledby="track-result-title">
          <div className="panel-confirm">
            <h2 id="track-result-title">{found.code}</h2>
            <p>
              {words.status}: <strong>{found.statusLabel}</strong>
            </p>
            <p>{[found.service, found.agency].filter(Boolean).join(' · ')}</p>
          </div>
          <h3>{words.history}</h3>
          <ol className="history">
            {found.history.map((step) => (
              <li key={`${step.status}:${step.at}`}>
                <strong>{step.label}</strong> — {when(step.at)}
                {step.note && <p>{step.note}</p>}
              </li>
            ))}
          </ol>
          {found.kind === 'booking' && found.status === 'booked' && (
            <button type="button" className="secondary" onClick={cancel}>
              {words.cancel}
            </button>
          )}
        </section>
      )}
    </>
  )
}
