import type { Tab } from 'payload'

const weekdays = [
  { value: '1', label: { id: 'Senin', en: 'Monday' } },
  { value: '2', label: { id: 'Selasa', en: 'Tuesday' } },
  { value: '3', label: { id: 'Rabu', en: 'Wednesday' } },
  { value: '4', label: { id: 'Kamis', en: 'Thursday' } },
  { value: '5', label: { id: 'Jumat', en: 'Friday' } },
  { value: '6', label: { id: 'Sabtu', en: 'Saturday' } },
  { value: '0', label: { id: 'Minggu', en: 'Sunday' } },
]

/**
 * When citizens may book a counter visit online: the days, the slot start times, how many
 * citizens each slot takes and how far ahead. A service with no slot times takes no online
 * bookings (citizens still queue at the counter).
 */
export const queueSettingsTab: Tab = {
  label: { id: 'Antrean daring', en: 'Online queue' },
  description: {
    id: 'Slot antrean yang dapat dipesan warga dari situs. Kosongkan jam untuk menutup pemesanan daring.',
    en: 'Queue slots citizens can book on the site. Leave the times empty to close online booking.',
  },
  fields: [
    {
      name: 'queue',
      type: 'group',
      label: false,
      fields: [
        {
          name: 'weekdays',
          type: 'select',
          hasMany: true,
          options: weekdays,
          defaultValue: ['1', '2', '3', '4', '5'],
          label: { id: 'Hari layanan', en: 'Service days' },
        },
        {
          name: 'times',
          type: 'array',
          // A typical MPP day (08.00–15.00 with a lunch break), for the regency to adjust.
          defaultValue: ['08:00', '09:00', '10:00', '11:00', '13:00', '14:00'].map((time) => ({ time })),
          label: { id: 'Jam mulai slot', en: 'Slot start times' },
          labels: { singular: { id: 'Jam', en: 'Time' }, plural: { id: 'Jam', en: 'Times' } },
          fields: [
            {
              name: 'time',
              type: 'text',
              required: true,
              label: { id: 'Jam (JJ:MM)', en: 'Time (HH:MM)' },
              validate: (value: unknown) => (typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value)) || 'Tulis jam sebagai JJ:MM, mis. 08:30.',
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'capacity', type: 'number', min: 1, max: 500, defaultValue: 10, label: { id: 'Warga per slot', en: 'Citizens per slot' }, admin: { width: '50%' } },
            { name: 'daysAhead', type: 'number', min: 1, max: 90, defaultValue: 14, label: { id: 'Dapat dipesan hingga (hari ke depan)', en: 'Bookable up to (days ahead)' }, admin: { width: '50%' } },
          ],
        },
      ],
    },
  ],
}
