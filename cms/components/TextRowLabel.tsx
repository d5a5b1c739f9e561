'use client'

import { useRowLabel } from '@payloadcms/ui'

/**
 * Names a collapsed array row after one of its text fields (the document, the step), so
 * editors can scan a requirements list without opening every row.
 */
export function TextRowLabel({ field, fallback }: { field: string; fallback: string }) {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  const text = typeof data?.[field] === 'string' ? (data[field] as string).trim() : ''
  const number = String((rowNumber ?? 0) + 1).padStart(2, '0')
  return <span>{text ? `${number}. ${text}` : `${fallback} ${number}`}</span>
}
