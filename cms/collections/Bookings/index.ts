import type { CollectionConfig } from 'payload'

import { citizenSubmissionAccess } from '../../access/citizenSubmissions'
import { citizenContactFieldNames, citizenContactFields } from '../../fields/citizenContact'
import { readOnly } from '../../fields/readOnly'
import { auditPersonalDataRead } from '../../hooks/auditPersonalData'
import { notifyCitizen } from '../../hooks/notifyCitizen'
import { bookingStatusLabel, bookingStatuses } from '../../domain/bookingStatus'


/**
 * Queue bookings made on the site (POST /api/public/bookings). A seat is a unique key
 * `service|date|time|seat`: the database itself refuses a second booking of the same seat, on
 * SQLite and MongoDB alike, so a slot can never take more than its capacity however many
 * citizens press "Pesan" at once. A cancelled booking gives its seat key up.
 *
 * Outside the multi-tenant plugin, like every citizen submission (see submissionsOfOwnAgency).
 * Officers of the agency may only change the status (served, did not come).
 */
export const Bookings: CollectionConfig = {
  slug: 'bookings',
  labels: {
    singular: { id: 'Antrean', en: 'Queue booking' },
    plural: { id: 'Antrean daring', en: 'Queue bookings' },
  },
  access: citizenSubmissionAccess,
  admin: {
    useAsTitle: 'code',
    group: { id: 'Layanan warga', en: 'Citizen services' },
    defaultColumns: ['code', 'date', 'time', 'queueNumber', 'service', 'status'],
    description: {
      id: 'Antrean yang dipesan warga dari situs. Tandai "Sudah dilayani" atau "Tidak datang" pada hari kedatangan.',
      en: 'Queue slots booked by citizens on the site. Mark "Served" or "Did not come" on the day.',
    },
  },
  hooks: {
    afterChange: [notifyCitizen('booking', bookingStatusLabel, (doc) => [`Tanggal: ${doc.date}, pukul ${doc.time}`, `Nomor antrean: ${doc.queueNumber}`, 'Datang paling lambat 15 menit sebelumnya dengan membawa KTP dan dokumen persyaratan.'])],
    afterRead: [auditPersonalDataRead('bookings', citizenContactFieldNames)],
  },
  fields: [
    readOnly({ name: 'code', type: 'text', required: true, unique: true, index: true, label: { id: 'Kode antrean', en: 'Booking code' } }),
    {
      type: 'row',
      fields: [
        readOnly({ name: 'date', type: 'text', required: true, index: true, label: { id: 'Tanggal', en: 'Date' }, admin: { width: '33%' } }),
        readOnly({ name: 'time', type: 'text', required: true, label: { id: 'Jam', en: 'Time' }, admin: { width: '33%' } }),
        readOnly({ name: 'queueNumber', type: 'text', required: true, label: { id: 'Nomor antrean', en: 'Queue number' }, admin: { width: '33%' } }),
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'booked',
      index: true,
      options: bookingStatuses.map(({ value, id, en }) => ({ value, label: { id, en } })),
      label: { id: 'Status', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    readOnly({ name: 'regency', type: 'relationship', relationTo: 'regencies', required: true, index: true, label: { id: 'Kabupaten/Kota', en: 'Regency/City' }, admin: { position: 'sidebar' } }),
    readOnly({ name: 'agency', type: 'relationship', relationTo: 'agencies', required: true, index: true, label: { id: 'Instansi', en: 'Agency' }, admin: { position: 'sidebar' } }),
    readOnly({ name: 'service', type: 'relationship', relationTo: 'services', required: true, index: true, label: { id: 'Layanan', en: 'Service' } }),
    ...citizenContactFields(),
    // Internal: the seat this booking holds; taken over by the unique index.
    readOnly({ name: 'seatKey', type: 'text', required: true, unique: true, admin: { hidden: true } }),
    readOnly({ name: 'erasedAt', type: 'date', label: { id: 'Data pribadi dihapus pada', en: 'Personal data erased at' }, admin: { position: 'sidebar', condition: (data) => Boolean(data?.erasedAt) } }),
    readOnly({ name: 'cancelledAt', type: 'date', label: { id: 'Dibatalkan pada', en: 'Cancelled at' }, admin: { position: 'sidebar', condition: (data) => Boolean(data?.cancelledAt) } }),
  ],
}
