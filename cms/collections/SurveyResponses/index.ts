import type { CollectionConfig, Field } from 'payload'

import { provinceAdminOnly } from '../../access/provinceAdminOnly'
import { submissionsOfOwnAgency } from '../../access/submissionsOfOwnAgency'
import { ikmElements } from '../../domain/ikm'
import { surveyEducation, surveyOccupations } from '../../domain/forms/survey'

const score = (key: string, id: string, en: string, index: number): Field => ({
  name: key,
  type: 'number',
  required: true,
  min: 1,
  max: 4,
  label: { id: `U${index + 1} ${id}`, en: `U${index + 1} ${en}` },
  admin: { width: '33%' },
})

/**
 * Answers to the satisfaction survey (SKM). Anonymous by design: no name, NIK or contact is
 * asked. Created only by the public endpoint (POST /api/public/surveys); read by staff for the
 * IKM, never edited.
 */
export const SurveyResponses: CollectionConfig = {
  slug: 'survey-responses',
  labels: {
    singular: { id: 'Jawaban survei kepuasan', en: 'Satisfaction survey response' },
    plural: { id: 'Survei kepuasan (SKM)', en: 'Satisfaction survey (SKM)' },
  },
  access: {
    create: () => false,
    read: submissionsOfOwnAgency,
    update: () => false,
    delete: provinceAdminOnly,
  },
  admin: {
    group: { id: 'Layanan warga', en: 'Citizen services' },
    defaultColumns: ['service', 'agency', 'createdAt'],
    description: {
      id: 'Jawaban Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017) dari situs. Nilai IKM dihitung dari sini.',
      en: 'Public satisfaction survey responses from the site (PermenPAN-RB 14/2017). The IKM is computed from them.',
    },
  },
  fields: [
    // Always the service's own regency, set by the endpoint, never by the citizen.
    { name: 'regency', type: 'relationship', relationTo: 'regencies', required: true, index: true, label: { id: 'Kabupaten/Kota', en: 'Regency/City' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'service', type: 'relationship', relationTo: 'services', required: true, index: true, label: { id: 'Layanan', en: 'Service' } },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', required: true, index: true, label: { id: 'Instansi', en: 'Agency' } },
    {
      name: 'scores',
      type: 'group',
      label: { id: 'Nilai unsur (1–4)', en: 'Element scores (1–4)' },
      fields: [{ type: 'row', fields: ikmElements.map((element, index) => score(element.key, element.id, element.en, index)) }],
    },
    {
      type: 'row',
      fields: [
        { name: 'age', type: 'number', min: 15, max: 120, label: { id: 'Umur', en: 'Age' }, admin: { width: '25%' } },
        { name: 'gender', type: 'select', options: [{ value: 'L', label: { id: 'Laki-laki', en: 'Male' } }, { value: 'P', label: { id: 'Perempuan', en: 'Female' } }], label: { id: 'Jenis kelamin', en: 'Gender' }, admin: { width: '25%' } },
        { name: 'education', type: 'select', options: surveyEducation.map((value) => ({ value, label: value.toUpperCase() })), label: { id: 'Pendidikan', en: 'Education' }, admin: { width: '25%' } },
        { name: 'occupation', type: 'select', options: surveyOccupations.map((value) => ({ value, label: value })), label: { id: 'Pekerjaan', en: 'Occupation' }, admin: { width: '25%' } },
      ],
    },
    { name: 'comment', type: 'textarea', maxLength: 1000, label: { id: 'Saran', en: 'Suggestion' } },
  ],
}
