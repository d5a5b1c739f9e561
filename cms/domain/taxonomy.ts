/**
 * Controlled vocabularies shared by the CMS, the seed and (later) the public site.
 * Values are stable URL-safe keys; labels are Bahasa Indonesia first, English second.
 */
export type Localized = { id: string; en: string }

export const serviceCategories = {
  kependudukan: { id: 'Kependudukan dan Pencatatan Sipil', en: 'Population and Civil Registration' },
  kepolisian: { id: 'Kepolisian', en: 'Police' },
  keimigrasian: { id: 'Keimigrasian', en: 'Immigration' },
  kendaraan: { id: 'Kendaraan Bermotor', en: 'Motor Vehicles' },
  'perizinan-usaha': { id: 'Perizinan Berusaha', en: 'Business Licensing' },
  'bangunan-pertanahan': { id: 'Bangunan dan Pertanahan', en: 'Buildings and Land' },
  perpajakan: { id: 'Perpajakan dan Retribusi', en: 'Taxes and Levies' },
  'jaminan-sosial': { id: 'Jaminan Sosial', en: 'Social Security' },
  ketenagakerjaan: { id: 'Ketenagakerjaan', en: 'Employment' },
  'agama-perkawinan': { id: 'Keagamaan dan Perkawinan', en: 'Religion and Marriage' },
  hukum: { id: 'Hukum dan Peradilan', en: 'Law and Courts' },
  utilitas: { id: 'Air, Listrik, dan Utilitas', en: 'Water, Power and Utilities' },
  perbankan: { id: 'Perbankan', en: 'Banking' },
  kesehatan: { id: 'Kesehatan', en: 'Health' },
  pendidikan: { id: 'Pendidikan', en: 'Education' },
  sosial: { id: 'Sosial', en: 'Social Welfare' },
} as const satisfies Record<string, Localized>

export type ServiceCategory = keyof typeof serviceCategories

export const lifeEvents = {
  kelahiran: { id: 'Kelahiran anak', en: 'Having a baby' },
  'usia-17': { id: 'Berusia 17 tahun', en: 'Turning 17' },
  pernikahan: { id: 'Menikah', en: 'Getting married' },
  'pindah-domisili': { id: 'Pindah tempat tinggal', en: 'Moving house' },
  kematian: { id: 'Kematian anggota keluarga', en: 'Death in the family' },
  'mencari-kerja': { id: 'Mencari kerja', en: 'Looking for work' },
  'memulai-usaha': { id: 'Memulai usaha', en: 'Starting a business' },
  'membangun-rumah': { id: 'Membangun atau membeli rumah', en: 'Building or buying a home' },
  'memiliki-kendaraan': { id: 'Memiliki kendaraan', en: 'Owning a vehicle' },
  'ke-luar-negeri': { id: 'Bepergian atau bekerja ke luar negeri', en: 'Travelling or working abroad' },
  'sakit-berobat': { id: 'Sakit dan berobat', en: 'Falling ill' },
  pensiun: { id: 'Pensiun dan hari tua', en: 'Retirement' },
} as const satisfies Record<string, Localized>

export type LifeEvent = keyof typeof lifeEvents

export const agencyKinds = {
  central: { id: 'Instansi vertikal (pemerintah pusat)', en: 'Central government office' },
  province: { id: 'Perangkat daerah provinsi', en: 'Provincial agency' },
  regency: { id: 'Perangkat daerah kabupaten/kota', en: 'Regency/city agency' },
  'bumn-bumd': { id: 'BUMN/BUMD', en: 'State/regional enterprise' },
  bank: { id: 'Bank', en: 'Bank' },
} as const satisfies Record<string, Localized>

export type AgencyKind = keyof typeof agencyKinds

/** Form in which a required document is handed in (component 1, Persyaratan). */
export const documentForms = {
  original: { id: 'Asli', en: 'Original' },
  copy: { id: 'Fotokopi', en: 'Photocopy' },
  'original-and-copy': { id: 'Asli dan fotokopi', en: 'Original and photocopy' },
  'legalized-copy': { id: 'Fotokopi dilegalisir', en: 'Legalised copy' },
  digital: { id: 'Berkas digital (unggah)', en: 'Digital file (upload)' },
  'fill-in-form': { id: 'Formulir diisi', en: 'Completed form' },
} as const satisfies Record<string, Localized>

export type DocumentForm = keyof typeof documentForms

/** Unit of the service time (component 3, Jangka waktu). */
export const durationUnits = {
  minutes: { id: 'menit', en: 'minutes' },
  hours: { id: 'jam', en: 'hours' },
  'working-days': { id: 'hari kerja', en: 'working days' },
  days: { id: 'hari', en: 'days' },
} as const satisfies Record<string, Localized>

export type DurationUnit = keyof typeof durationUnits

/** Who performs a procedure step (component 2). */
export const stepActors = {
  citizen: { id: 'Pemohon', en: 'Applicant' },
  officer: { id: 'Petugas', en: 'Officer' },
  official: { id: 'Pejabat berwenang', en: 'Authorised official' },
  system: { id: 'Sistem', en: 'System' },
} as const satisfies Record<string, Localized>

export type StepActor = keyof typeof stepActors

/** Complaint channels (component 6). */
export const complaintChannelKinds = {
  counter: { id: 'Loket pengaduan', en: 'Complaints desk' },
  phone: { id: 'Telepon', en: 'Phone' },
  whatsapp: { id: 'WhatsApp', en: 'WhatsApp' },
  email: { id: 'Surel', en: 'E-mail' },
  website: { id: 'Situs web', en: 'Website' },
  lapor: { id: 'SP4N-LAPOR!', en: 'SP4N-LAPOR!' },
  box: { id: 'Kotak saran', en: 'Suggestion box' },
  'social-media': { id: 'Media sosial', en: 'Social media' },
} as const satisfies Record<string, Localized>

export type ComplaintChannelKind = keyof typeof complaintChannelKinds

/** Turn one of the vocabularies above into Payload select options with localized labels. */
export const toOptions = <K extends string>(vocabulary: Record<K, Localized>) =>
  (Object.keys(vocabulary) as K[]).map((value) => ({ value, label: { ...vocabulary[value] } }))
