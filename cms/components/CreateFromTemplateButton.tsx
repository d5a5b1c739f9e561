'use client'

import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

const text = {
  id: { action: 'Buat layanan dari templat ini', busy: 'Membuat…', failed: 'Gagal membuat layanan.' },
  en: { action: 'Create a service from this template', busy: 'Creating…', failed: 'Could not create the service.' },
}

/**
 * The one-step "use this template" action on a service template: copies it into a draft
 * service of the user's regency (or the regency picked in the selector) and opens it.
 */
export function CreateFromTemplateButton() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const t = i18n.language === 'en' ? text.en : text.id

  if (id === undefined || id === null) return null

  const create = async () => {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/services/from-template`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify({ template: id }),
      })
      const body = await response.json().catch(() => ({}))
      if (!response.ok) {
        setError(body?.errors?.[0]?.message ?? t.failed)
        return
      }
      router.push(`${config.routes.admin}/collections/services/${body.doc.id}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: '0.75rem' }}>
      <Button buttonStyle="secondary" disabled={busy} onClick={create} size="medium" margin={false}>
        {busy ? t.busy : t.action}
      </Button>
      {error && (
        <span role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </span>
      )}
    </div>
  )
}
