import type { Field } from 'payload'

type Label = { id: string; en: string }

/**
 * The fields an officer works a case with, shared by applications and complaints: the inputs
 * of the next step (a note the citizen reads, an internal note), the history those steps become
 * (cms/hooks/recordCaseStep), and the status itself.
 */
export function caseWorkflowFields({ statuses, replyLabel, noteLabel }: { statuses: readonly { value: string; id: string; en: string }[]; replyLabel: Label; noteLabel: Label }): Field[] {
  const options = statuses.map(({ value, id, en }) => ({ value, label: { id, en } }))
  return [
    {
      type: 'collapsible',
      label: { id: 'Tindak lanjut', en: 'Follow-up' },
      fields: [
        { name: 'replyNote', type: 'textarea', maxLength: 2000, label: replyLabel },
        { name: 'internalNote', type: 'textarea', maxLength: 2000, label: { id: 'Catatan internal (hanya petugas)', en: 'Internal note (staff only)' } },
      ],
    },
    {
      name: 'history',
      type: 'array',
      access: { update: () => false },
      admin: { readOnly: true },
      label: { id: 'Riwayat', en: 'History' },
      fields: [
        { name: 'status', type: 'select', options, label: { id: 'Status', en: 'Status' } },
        { name: 'note', type: 'textarea', label: noteLabel },
        { name: 'internalNote', type: 'textarea', label: { id: 'Catatan internal', en: 'Internal note' } },
        { name: 'agency', type: 'relationship', relationTo: 'agencies', label: { id: 'Instansi', en: 'Agency' } },
        { name: 'by', type: 'relationship', relationTo: 'users', label: { id: 'Oleh', en: 'By' } },
        { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: { id: 'Waktu', en: 'At' } },
      ],
    },
    { name: 'status', type: 'select', required: true, defaultValue: 'received', index: true, options, label: { id: 'Status', en: 'Status' }, admin: { position: 'sidebar' } },
  ]
}
