import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { id } from '@payloadcms/translations/languages/id'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { isProvinceAdmin } from './cms/access/roles'
import { regencyDefault } from './cms/access/regencyDefault'
import { Agencies } from './cms/collections/Agencies'
import { ApplicationDocuments } from './cms/collections/ApplicationDocuments'
import { Applications } from './cms/collections/Applications'
import { AuditLog } from './cms/collections/AuditLog'
import { Bookings } from './cms/collections/Bookings'
import { Complaints } from './cms/collections/Complaints'
import { IdempotencyRecords } from './cms/collections/IdempotencyRecords'
import { Media } from './cms/collections/Media'
import { Regencies } from './cms/collections/Regencies'
import { Services } from './cms/collections/Services'
import { SurveyResponses } from './cms/collections/SurveyResponses'
import { ServiceTemplates } from './cms/collections/ServiceTemplates'
import { Users } from './cms/collections/Users'
import { postApplication } from './cms/endpoints/public/applications/submit'
import { getAvailability } from './cms/endpoints/public/bookings/availability'
import { postBooking } from './cms/endpoints/public/bookings/book'
import { cancelBooking } from './cms/endpoints/public/bookings/cancel'
import { postComplaint } from './cms/endpoints/public/complaints/submit'
import { publicPreflight } from './cms/endpoints/public/http/submission'
import { getIkm } from './cms/endpoints/public/ikm'
import { postSurvey } from './cms/endpoints/public/surveys'
import { confirmationPage } from './cms/endpoints/public/tracking/confirmation'
import { trackCase, trackCaseFromForm } from './cms/endpoints/public/tracking/track'
import { databaseAdapter } from './cms/db/adapter'
import { applyMigrations } from './cms/db/applyMigrations'
import { erasePersonalDataTask } from './cms/jobs/erasePersonalData'
import { mailAdapter } from './cms/notifications/mailAdapter'
import { payloadSecret } from './cms/secret'

const root = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: process.env.SERVER_URL ?? '',
  secret: payloadSecret(),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  email: mailAdapter(),
  sharp,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · MPP Digital Jawa Barat' },
    // No Gravatar: it would send a hash of every staff e-mail to a third party (and the
    // image fails on closed networks).
    avatar: 'default',
    // Indonesian convention: day first, 24-hour clock.
    dateFormat: 'd MMM yyyy, HH.mm',
    importMap: {
      baseDir: root,
      importMapFile: path.join(root, 'cms', 'app', '(payload)', 'admin', 'importMap.js'),
    },
  },
  // The admin speaks Bahasa Indonesia first; an editor may switch to English in their account.
  i18n: {
    fallbackLanguage: 'id',
    supportedLanguages: { id, en },
  },
  // Content: Indonesian is the original, English falls back to it where untranslated.
  localization: {
    defaultLocale: 'id',
    fallback: true,
    locales: [
      { code: 'id', label: 'Bahasa Indonesia' },
      { code: 'en', label: 'English' },
    ],
  },
  collections: [Regencies, Agencies, Services, ServiceTemplates, Media, Applications, ApplicationDocuments, Bookings, Complaints, SurveyResponses, IdempotencyRecords, AuditLog, Users],
  // The citizens' side: /api/public/* (docs/api.md).
  endpoints: [postApplication, getAvailability, postBooking, cancelBooking, postComplaint, postSurvey, trackCase, trackCaseFromForm, confirmationPage, getIkm, publicPreflight],
  plugins: [
    multiTenantPlugin({
      tenantsSlug: 'regencies',
      tenantField: { name: 'regency', label: { id: 'Kabupaten/Kota', en: 'Regency/City' }, defaultValue: regencyDefault },
      tenantsArrayField: { includeDefaultField: false, arrayFieldName: 'regencies', arrayTenantFieldName: 'regency' },
      userHasAccessToAllTenants: (user) => isProvinceAdmin(user),
      collections: {
        agencies: {},
        services: {},
        media: {},
      },
      i18n: {
        translations: {
          id: { 'nav-tenantSelector-label': 'Kabupaten/Kota', 'field-assignedTenant-label': 'Kabupaten/Kota' },
          en: { 'nav-tenantSelector-label': 'Regency/City', 'field-assignedTenant-label': 'Regency/City' },
        },
      },
    }),
  ],
  // Scheduled work (the retention job): queued by its schedule, run every 10 minutes by the
  // server (`npm start`), never by one-off processes such as the seed or the tests.
  jobs: {
    tasks: [erasePersonalDataTask],
    autoRun: [{ cron: '0 */10 * * * *', queue: 'retention' }],
    shouldAutoRun: () => process.env.JOBS_AUTORUN === 'true',
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({ ...defaultJobsCollection, admin: { ...defaultJobsCollection.admin, hidden: true } }),
  },
  onInit: applyMigrations,
  // Payload's readable default unless LOG_LEVEL asks for a level (JSON lines, for log shippers).
  logger: process.env.LOG_LEVEL ? { options: { level: process.env.LOG_LEVEL } } : undefined,
  // A wrong password is routine, not a server error; it stays visible at warn for monitoring.
  loggingLevels: { AuthenticationError: 'warn' },
  typescript: {
    outputFile: path.join(root, 'cms', 'payload-types.ts'),
    // Written by `npm run generate:types` only: Payload would otherwise rewrite this tracked
    // file in the background whenever it starts outside production (seeds, tests, dev).
    autoGenerate: false,
  },
  graphQL: { disable: true },
  telemetry: false,
})
