/**
 * Disdukcapil services (population registration and civil registration), as published under
 * Perpres 96/2018, Permendagri 108/2019 and Permendagri 109/2019. Every document is free
 * (UU 24/2013 Pasal 79A).
 */
import type { ServiceTemplateSeed } from '../types'

const UU_ADMINDUK =
  'Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana telah diubah dengan Undang-Undang Nomor 24 Tahun 2013'
const PERPRES_96_2018 =
  'Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil'
const PERMENDAGRI_108_2019 =
  'Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil'
const PERMENDAGRI_109_2019 =
  'Peraturan Menteri Dalam Negeri Nomor 109 Tahun 2019 tentang Formulir dan Buku yang Digunakan dalam Administrasi Kependudukan'
const PERMENDAGRI_104_2019 =
  'Peraturan Menteri Dalam Negeri Nomor 104 Tahun 2019 tentang Pendokumentasian Administrasi Kependudukan'
const PERMENDAGRI_7_2019 =
  'Peraturan Menteri Dalam Negeri Nomor 7 Tahun 2019 tentang Pelayanan Administrasi Kependudukan secara Daring'
const PERMENDAGRI_9_2016 =
  'Peraturan Menteri Dalam Negeri Nomor 9 Tahun 2016 tentang Percepatan Peningkatan Cakupan Kepemilikan Akta Kelahiran'
const PERMENDAGRI_2_2016 = 'Peraturan Menteri Dalam Negeri Nomor 2 Tahun 2016 tentang Kartu Identitas Anak'
const UU_PERKAWINAN =
  'Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan sebagaimana telah diubah dengan Undang-Undang Nomor 16 Tahun 2019'
const PP_9_1975 =
  'Peraturan Pemerintah Nomor 9 Tahun 1975 tentang Pelaksanaan Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan'

const FREE_BASIS = 'Undang-Undang Nomor 24 Tahun 2013 Pasal 79A'

/**
 * National call centre of the Directorate General of Dukcapil, added to every service here.
 * (SP4N-LAPOR! is added to every service by the seed itself.)
 */
const dukcapilComplaints = (): NonNullable<ServiceTemplateSeed['complaintChannels']> => [
  { kind: 'phone', contact: '1500537 (Call Center Dukcapil Kemendagri)' },
]

export const kependudukanTemplates: ServiceTemplateSeed[] = [
  // 1) KTP-el baru
  {
    slug: 'perekaman-ktp-el',
    title: {
      id: 'Perekaman dan Penerbitan KTP-el Baru',
      en: 'Recording and Issuing a New Electronic ID Card (KTP-el)',
    },
    summary: {
      id: 'Perekaman data biometrik dan pencetakan KTP-el pertama bagi WNI yang telah berusia 17 tahun, sudah kawin, atau pernah kawin. KTP-el berlaku seumur hidup.',
      en: 'Biometric recording and printing of the first electronic ID card for Indonesian citizens who are 17, married or previously married. The card is valid for life.',
    },
    agency: 'disdukcapil',
    category: 'kependudukan',
    lifeEvents: ['usia-17', 'pernikahan'],
    channels: { counter: true, online: false },
    requirements: [
      {
        document: { id: 'Kartu Keluarga (KK)', en: 'Family card (KK)' },
        form: 'copy',
        count: 1,
        mandatory: true,
        note: {
          id: 'Pemohon harus sudah tercantum dalam KK; petugas mencocokkan NIK dengan database kependudukan.',
          en: 'The applicant must already be listed on the family card; the officer checks the NIK against the population database.',
        },
      },
      {
        document: {
          id: 'Formulir F-1.02 Pendaftaran Peristiwa Kependudukan',
          en: 'Form F-1.02, registration of a population event',
        },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
        note: { id: 'Formulir tersedia di loket.', en: 'The form is available at the counter.' },
      },
      {
        document: {
          id: 'Buku nikah atau kutipan akta perkawinan',
          en: 'Marriage book or marriage certificate extract',
        },
        form: 'original-and-copy',
        count: 1,
        mandatory: false,
        note: {
          id: 'Hanya bagi pemohon yang belum berusia 17 tahun tetapi sudah kawin atau pernah kawin.',
          en: 'Only for applicants under 17 who are or have been married.',
        },
      },
    ],
    procedure: [
      {
        title: {
          id: 'Pemohon datang sendiri ke loket membawa KK dan mengisi formulir F-1.02',
          en: 'The applicant comes in person with the family card and fills in form F-1.02',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Petugas memverifikasi NIK dan data pemohon dalam SIAK',
          en: 'The officer verifies the NIK and the applicant’s data in the population information system (SIAK)',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Petugas merekam foto, tanda tangan, sidik jari, dan iris mata pemohon',
          en: 'The officer records the applicant’s photo, signature, fingerprints and iris',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Data biometrik diverifikasi di server pusat Ditjen Dukcapil hingga berstatus siap cetak',
          en: 'The biometric data are checked on the central Dukcapil server until the record is ready to print',
        },
        actor: 'system',
      },
      {
        title: {
          id: 'Petugas mencetak KTP-el, mencocokkan sidik jari pemohon, lalu menyerahkan KTP-el',
          en: 'The officer prints the card, matches the applicant’s fingerprint and hands over the card',
        },
        actor: 'officer',
      },
    ],
    duration: {
      value: 1,
      unit: 'hours',
      note: {
        id: 'Dihitung sejak data perekaman berstatus siap cetak dan blangko tersedia. Verifikasi biometrik untuk perekaman baru dapat memerlukan beberapa hari; bila blangko habis, pemohon dapat mengaktifkan Identitas Kependudukan Digital (IKD) sambil menunggu.',
        en: 'Counted from the moment the recorded data are ready to print and blank cards are in stock. Biometric checks for a new recording can take a few days; if blank cards run out, the applicant can activate the Digital Population Identity (IKD) while waiting.',
      },
    },
    fee: { amount: 0, basis: FREE_BASIS },
    product: {
      id: 'KTP-el (Kartu Tanda Penduduk Elektronik) yang berlaku seumur hidup',
      en: 'Electronic ID card (KTP-el), valid for life',
    },
    complaintChannels: dukcapilComplaints(),
    legalBasis: [{ title: UU_ADMINDUK }, { title: PERPRES_96_2018 }, { title: PERMENDAGRI_108_2019 }],
    popular: true,
  },

  // 2) Kartu Keluarga
  {
    slug: 'kartu-keluarga',
    title: {
      id: 'Penerbitan Kartu Keluarga (Baru atau Perubahan Data)',
      en: 'Issuing a Family Card (New or Updated)',
    },
    summary: {
      id: 'Penerbitan KK baru bagi keluarga yang baru dibentuk, atau KK pengganti karena penambahan/pengurangan anggota keluarga, perubahan data, hilang, atau rusak.',
      en: 'A new family card for a newly formed household, or a replacement card after a member is added or removed, data change, loss or damage.',
    },
    agency: 'disdukcapil',
    category: 'kependudukan',
    lifeEvents: ['pernikahan', 'kelahiran', 'kematian', 'pindah-domisili'],
    channels: { counter: true, online: true },
    requirements: [
      {
        document: { id: 'Formulir F-1.01 Biodata Penduduk', en: 'Form F-1.01, resident biodata' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
        note: {
          id: 'Diisi untuk setiap anggota keluarga yang datanya baru dicatat atau diubah.',
          en: 'Filled in for each family member whose data are new or changed.',
        },
      },
      {
        document: { id: 'KK lama', en: 'Current family card' },
        form: 'original',
        count: 1,
        mandatory: false,
        note: {
          id: 'Wajib untuk perubahan data atau KK rusak.',
          en: 'Required for a data change or a damaged card.',
        },
      },
      {
        document: {
          id: 'Buku nikah/kutipan akta perkawinan atau kutipan akta perceraian',
          en: 'Marriage book/marriage certificate extract or divorce certificate extract',
        },
        form: 'copy',
        count: 1,
        mandatory: false,
        note: {
          id: 'Wajib untuk KK baru karena membentuk keluarga baru. Bila perkawinan/perceraian belum tercatat, diganti formulir F-1.05 SPTJM perkawinan/perceraian belum tercatat.',
          en: 'Required for a new card for a new household. If the marriage or divorce is not yet registered, form F-1.05 (statement of full responsibility for an unregistered marriage/divorce) is used instead.',
        },
      },
      {
        document: {
          id: 'Dokumen bukti perubahan data (misalnya kutipan akta kelahiran, akta kematian, ijazah, atau surat keterangan pindah)',
          en: 'Proof of the change (e.g. birth or death certificate, school diploma or moving certificate)',
        },
        form: 'copy',
        count: 1,
        mandatory: false,
        note: {
          id: 'Sesuai elemen data yang berubah; disertai formulir F-1.06 Surat Pernyataan Perubahan Elemen Data Kependudukan.',
          en: 'Depends on the data being changed; submitted with form F-1.06, statement of change to population data.',
        },
      },
      {
        document: {
          id: 'Surat keterangan kehilangan dari kepolisian',
          en: 'Police report of loss',
        },
        form: 'original',
        count: 1,
        mandatory: false,
        note: { id: 'Hanya bila KK hilang.', en: 'Only if the family card was lost.' },
      },
    ],
    procedure: [
      {
        title: {
          id: 'Pemohon menyerahkan formulir dan persyaratan di loket atau mengunggahnya melalui layanan daring Disdukcapil',
          en: 'The applicant hands in the forms and documents at the counter or uploads them through the Disdukcapil online service',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Petugas memverifikasi dan memvalidasi berkas',
          en: 'The officer checks and validates the documents',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Petugas memperbarui data keluarga dalam SIAK',
          en: 'The officer updates the household data in SIAK',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Kepala Disdukcapil menandatangani KK secara elektronik (TTE)',
          en: 'The head of Disdukcapil signs the card electronically',
        },
        actor: 'official',
      },
      {
        title: {
          id: 'KK dicetak di kertas HVS A4 atau dikirim dalam bentuk PDF untuk dicetak mandiri',
          en: 'The card is printed on plain A4 paper or sent as a PDF for the applicant to print',
        },
        actor: 'officer',
      },
    ],
    duration: {
      value: 1,
      unit: 'working-days',
      note: {
        id: 'Sering selesai pada hari yang sama bila berkas lengkap dan jaringan SIAK lancar.',
        en: 'Often done the same day when the documents are complete and the SIAK network is up.',
      },
    },
    fee: { amount: 0, basis: FREE_BASIS },
    product: {
      id: 'Kartu Keluarga (KK) bertanda tangan elektronik dengan kode QR',
      en: 'Family card (KK) with an electronic signature and QR code',
    },
    complaintChannels: dukcapilComplaints(),
    legalBasis: [
      { title: UU_ADMINDUK },
      { title: PERPRES_96_2018 },
      { title: PERMENDAGRI_108_2019 },
      { title: PERMENDAGRI_109_2019 },
      { title: PERMENDAGRI_7_2019 },
    ],
    popular: true,
  },

  // 3) Akta kelahiran
  {
    slug: 'akta-kelahiran',
    title: { id: 'Penerbitan Akta Kelahiran', en: 'Birth Certificate' },
    summary: {
      id: 'Pencatatan kelahiran dan penerbitan kutipan akta kelahiran bagi WNI. Kelahiran wajib dilaporkan paling lambat 60 hari sejak tanggal lahir, tetapi pelaporan yang terlambat tetap dilayani.',
      en: 'Registration of a birth and issue of the birth certificate for Indonesian citizens. Births must be reported within 60 days, but late reports are still accepted.',
    },
    agency: 'disdukcapil',
    category: 'kependudukan',
    lifeEvents: ['kelahiran'],
    channels: { counter: true, online: true },
    requirements: [
      {
        document: {
          id: 'Surat keterangan kelahiran dari rumah sakit/puskesmas/bidan',
          en: 'Birth notice from the hospital, community health centre or midwife',
        },
        form: 'original',
        count: 1,
        mandatory: true,
        note: {
          id: 'Bila tidak ada, diganti Surat Pernyataan Tanggung Jawab Mutlak (SPTJM) kebenaran data kelahiran yang ditandatangani dua orang saksi.',
          en: 'If there is none, a statement of full responsibility (SPTJM) for the birth data, signed by two witnesses, is used instead.',
        },
      },
      {
        document: {
          id: 'Buku nikah atau kutipan akta perkawinan orang tua',
          en: 'Parents’ marriage book or marriage certificate extract',
        },
        form: 'copy',
        count: 1,
        mandatory: true,
        note: {
          id: 'Bila perkawinan belum tercatat, dapat diganti SPTJM kebenaran sebagai pasangan suami istri.',
          en: 'If the marriage is not registered, a statement of full responsibility (SPTJM) that the parents are husband and wife can be used instead.',
        },
      },
      {
        document: {
          id: 'Kartu Keluarga (KK) tempat anak akan didaftarkan',
          en: 'Family card (KK) on which the child will be listed',
        },
        form: 'copy',
        count: 1,
        mandatory: true,
      },
      {
        document: {
          id: 'Formulir F-2.01 Pelaporan Pencatatan Sipil di Dalam Wilayah NKRI',
          en: 'Form F-2.01, civil registration report within Indonesia',
        },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'KTP-el kedua orang tua', en: 'Both parents’ electronic ID cards' },
        form: 'copy',
        count: 2,
        mandatory: false,
        note: {
          id: 'Diminta di sebagian daerah untuk mencocokkan data orang tua.',
          en: 'Asked for in some regencies to match the parents’ data.',
        },
      },
    ],
    procedure: [
      {
        title: {
          id: 'Pemohon mengisi formulir F-2.01 dan menyerahkan persyaratan di loket atau melalui layanan daring',
          en: 'The applicant fills in form F-2.01 and submits the documents at the counter or online',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Petugas memverifikasi dan memvalidasi berkas',
          en: 'The officer checks and validates the documents',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Petugas mencatat kelahiran dalam register akta kelahiran di SIAK dan menambahkan anak ke KK',
          en: 'The officer records the birth in the birth register in SIAK and adds the child to the family card',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Pejabat Pencatatan Sipil menandatangani kutipan akta kelahiran secara elektronik',
          en: 'The civil registrar signs the birth certificate electronically',
        },
        actor: 'official',
      },
      {
        title: {
          id: 'Kutipan akta kelahiran dicetak atau dikirim dalam bentuk PDF dan diserahkan kepada pemohon',
          en: 'The birth certificate is printed or sent as a PDF and handed to the applicant',
        },
        actor: 'officer',
      },
    ],
    duration: {
      value: 1,
      unit: 'working-days',
      note: {
        id: 'Umumnya selesai pada hari yang sama bila berkas lengkap. KK baru dan Kartu Identitas Anak dapat diterbitkan sekaligus.',
        en: 'Usually done the same day when the documents are complete. The updated family card and the child ID card can be issued at the same time.',
      },
    },
    fee: { amount: 0, basis: FREE_BASIS },
    product: {
      id: 'Kutipan akta kelahiran, beserta KK yang telah diperbarui',
      en: 'Birth certificate, together with the updated family card',
    },
    complaintChannels: dukcapilComplaints(),
    legalBasis: [
      { title: UU_ADMINDUK },
      { title: PERPRES_96_2018 },
      { title: PERMENDAGRI_108_2019 },
      { title: PERMENDAGRI_109_2019 },
      { title: PERMENDAGRI_9_2016 },
    ],
    popular: true,
  },

  // 4) Akta kematian
  {
    slug: 'akta-kematian',
    title: { id: 'Penerbitan Akta Kematian', en: 'Death Certificate' },
    summary: {
      id: 'Pencatatan kematian dan penerbitan kutipan akta kematian. Kematian wajib dilaporkan oleh keluarga atau ketua RT paling lambat 30 hari sejak tanggal kematian; KK keluarga sekaligus diperbarui.',
      en: 'Registration of a death and issue of the death certificate. A death must be reported by the family or the neighbourhood head (RT) within 30 days; the family card is updated at the same time.',
    },
    agency: 'disdukcapil',
    category: 'kependudukan',
    lifeEvents: ['kematian'],
    channels: { counter: true, online: true },
    requirements: [
      {
        document: {
          id: 'Formulir F-2.01 Pelaporan Pencatatan Sipil di Dalam Wilayah NKRI',
          en: 'Form F-2.01, civil registration report within Indonesia',
        },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
      },
      {
        document: {
          id: 'Surat kematian dari dokter/rumah sakit atau dari kepala desa/lurah',
          en: 'Death notice from a doctor or hospital, or from the village head/lurah',
        },
        form: 'original',
        count: 1,
        mandatory: true,
        note: {
          id: 'Untuk orang yang tidak jelas identitasnya digunakan surat keterangan kepolisian; untuk orang hilang yang jenazahnya tidak ditemukan digunakan salinan penetapan pengadilan.',
          en: 'For an unidentified person a police statement is used; for a missing person whose body was not found, a copy of the court ruling is used.',
        },
      },
      {
        document: {
          id: 'Kartu Keluarga (KK) yang memuat nama almarhum/almarhumah',
          en: 'Family card (KK) listing the deceased',
        },
        form: 'copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'KTP-el almarhum/almarhumah', en: 'Electronic ID card of the deceased' },
        form: 'original',
        count: 1,
        mandatory: false,
        note: {
          id: 'Diserahkan bila ada.',
          en: 'Handed in if available.',
        },
      },
      {
        document: { id: 'KTP-el pelapor', en: 'Electronic ID card of the person reporting' },
        form: 'copy',
        count: 1,
        mandatory: true,
      },
    ],
    procedure: [
      {
        title: {
          id: 'Pelapor mengisi formulir F-2.01 dan menyerahkan persyaratan di loket atau melalui layanan daring',
          en: 'The person reporting fills in form F-2.01 and submits the documents at the counter or online',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Petugas memverifikasi dan memvalidasi berkas',
          en: 'The officer checks and validates the documents',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Petugas mencatat kematian dalam register akta kematian di SIAK dan memperbarui KK keluarga',
          en: 'The officer records the death in the death register in SIAK and updates the family card',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Pejabat Pencatatan Sipil menandatangani kutipan akta kematian secara elektronik',
          en: 'The civil registrar signs the death certificate electronically',
        },
        actor: 'official',
      },
      {
        title: {
          id: 'Kutipan akta kematian dan KK baru dicetak atau dikirim dalam bentuk PDF kepada pelapor',
          en: 'The death certificate and the updated family card are printed or sent as PDFs to the person reporting',
        },
        actor: 'officer',
      },
    ],
    duration: {
      value: 1,
      unit: 'working-days',
      note: {
        id: 'Umumnya selesai pada hari yang sama bila berkas lengkap.',
        en: 'Usually done the same day when the documents are complete.',
      },
    },
    fee: { amount: 0, basis: FREE_BASIS },
    product: {
      id: 'Kutipan akta kematian dan KK yang telah diperbarui',
      en: 'Death certificate and the updated family card',
    },
    complaintChannels: dukcapilComplaints(),
    legalBasis: [
      { title: UU_ADMINDUK },
      { title: PERPRES_96_2018 },
      { title: PERMENDAGRI_108_2019 },
      { title: PERMENDAGRI_109_2019 },
    ],
  },

  // 5) Pindah datang / SKPWNI
  {
    slug: 'surat-keterangan-pindah-wni',
    title: {
      id: 'Pindah Datang Penduduk / Surat Keterangan Pindah WNI (SKPWNI)',
      en: 'Moving In or Out / Moving Certificate for Citizens (SKPWNI)',
    },
    summary: {
      id: 'Bagi WNI yang pindah tempat tinggal ke kabupaten/kota lain: penerbitan SKPWNI di daerah asal, lalu penerbitan KK dan KTP-el dengan alamat baru di daerah tujuan.',
      en: 'For citizens moving to another regency or city: the moving certificate (SKPWNI) is issued where they leave, then a family card and ID card with the new address are issued where they arrive.',
    },
    agency: 'disdukcapil',
    category: 'kependudukan',
    lifeEvents: ['pindah-domisili'],
    channels: { counter: true, online: true },
    requirements: [
      {
        document: {
          id: 'Formulir F-1.03 Pendaftaran Perpindahan Penduduk',
          en: 'Form F-1.03, registration of a move',
        },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Kartu Keluarga (KK) daerah asal', en: 'Family card (KK) from the place of origin' },
        form: 'copy',
        count: 1,
        mandatory: true,
      },
      {
        document: {
          id: 'KTP-el anggota keluarga yang pindah',
          en: 'Electronic ID cards of the family members who move',
        },
        form: 'original',
        count: 1,
        mandatory: true,
        note: {
          id: 'KTP-el dan KIA lama ditarik saat KTP-el dan KIA dengan alamat baru diterbitkan.',
          en: 'The old ID cards and child ID cards are withdrawn when the new ones with the new address are issued.',
        },
      },
      {
        document: {
          id: 'SKPWNI dari Disdukcapil daerah asal',
          en: 'Moving certificate (SKPWNI) from the Disdukcapil of origin',
        },
        form: 'original',
        count: 1,
        mandatory: false,
        note: {
          id: 'Wajib untuk pendaftaran pindah datang di daerah tujuan.',
          en: 'Required to register the arrival at the destination.',
        },
      },
      {
        document: {
          id: 'Surat pernyataan tidak keberatan dari pemilik rumah',
          en: 'Letter of no objection from the owner of the home',
        },
        form: 'original',
        count: 1,
        mandatory: false,
        note: {
          id: 'Bila di daerah tujuan menumpang KK, menyewa, mengontrak, atau indekos.',
          en: 'If at the destination the applicant joins another family card, rents or boards.',
        },
      },
    ],
    procedure: [
      {
        title: {
          id: 'Pemohon mengajukan perpindahan di Disdukcapil daerah asal dengan formulir F-1.03 dan KK, di loket atau secara daring',
          en: 'The applicant applies to move at the Disdukcapil of origin with form F-1.03 and the family card, at the counter or online',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Petugas daerah asal memverifikasi berkas dan memproses perpindahan dalam SIAK',
          en: 'The officer at the place of origin checks the documents and processes the move in SIAK',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Kepala Disdukcapil daerah asal menandatangani SKPWNI secara elektronik',
          en: 'The head of the Disdukcapil of origin signs the SKPWNI electronically',
        },
        actor: 'official',
      },
      {
        title: {
          id: 'Pemohon menyerahkan SKPWNI ke Disdukcapil daerah tujuan',
          en: 'The applicant hands the SKPWNI to the Disdukcapil at the destination',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Petugas daerah tujuan menerbitkan KK dan mencetak KTP-el dengan alamat baru',
          en: 'The officer at the destination issues the family card and prints the ID card with the new address',
        },
        actor: 'officer',
      },
    ],
    duration: {
      value: 1,
      unit: 'working-days',
      note: {
        id: 'Untuk masing-masing tahap (penerbitan SKPWNI di daerah asal dan penerbitan KK/KTP-el di daerah tujuan), bila berkas lengkap dan blangko KTP-el tersedia.',
        en: 'For each stage (SKPWNI at the place of origin, family card and ID card at the destination), when the documents are complete and blank ID cards are in stock.',
      },
    },
    fee: { amount: 0, basis: FREE_BASIS },
    product: {
      id: 'SKPWNI (bagi yang pindah keluar); KK dan KTP-el dengan alamat baru (bagi yang datang)',
      en: 'Moving certificate SKPWNI (when moving out); family card and ID card with the new address (when moving in)',
    },
    complaintChannels: dukcapilComplaints(),
    legalBasis: [
      { title: UU_ADMINDUK },
      { title: PERPRES_96_2018 },
      { title: PERMENDAGRI_108_2019 },
      { title: PERMENDAGRI_109_2019 },
    ],
  },

  // 6) Kartu Identitas Anak
  {
    slug: 'kartu-identitas-anak',
    title: { id: 'Penerbitan Kartu Identitas Anak (KIA)', en: 'Child ID Card (KIA)' },
    summary: {
      id: 'Kartu identitas resmi bagi anak WNI berusia di bawah 17 tahun yang belum kawin. KIA anak usia 0–5 tahun tanpa foto; KIA anak usia 5–17 tahun memakai foto.',
      en: 'Official ID card for Indonesian children under 17 who are not married. The card for ages 0–5 has no photo; the card for ages 5–17 has one.',
    },
    agency: 'disdukcapil',
    category: 'kependudukan',
    lifeEvents: ['kelahiran'],
    channels: { counter: true, online: true },
    requirements: [
      {
        document: { id: 'Kutipan akta kelahiran anak', en: 'Child’s birth certificate' },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
        note: {
          id: 'Fotokopi diserahkan dan aslinya ditunjukkan.',
          en: 'Hand in a photocopy and show the original.',
        },
      },
      {
        document: { id: 'KK orang tua/wali', en: 'Family card (KK) of the parents or guardian' },
        form: 'original',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'KTP-el kedua orang tua/wali', en: 'Electronic ID cards of both parents or the guardian' },
        form: 'original',
        count: 2,
        mandatory: true,
      },
      {
        document: {
          id: 'Pas foto anak berwarna ukuran 2 x 3 cm',
          en: 'Colour passport photo of the child, 2 x 3 cm',
        },
        form: 'original',
        count: 2,
        mandatory: false,
        note: {
          id: 'Hanya untuk anak berusia 5 tahun ke atas.',
          en: 'Only for children aged 5 and over.',
        },
      },
    ],
    procedure: [
      {
        title: {
          id: 'Orang tua/wali menyerahkan persyaratan di loket atau melalui layanan daring',
          en: 'The parent or guardian submits the documents at the counter or online',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Petugas memverifikasi berkas dan data anak dalam SIAK',
          en: 'The officer checks the documents and the child’s data in SIAK',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Kepala Disdukcapil menandatangani dan menerbitkan KIA',
          en: 'The head of Disdukcapil signs and issues the card',
        },
        actor: 'official',
      },
      {
        title: {
          id: 'KIA dicetak dan diserahkan kepada orang tua/wali',
          en: 'The card is printed and handed to the parent or guardian',
        },
        actor: 'officer',
      },
    ],
    duration: {
      value: 1,
      unit: 'working-days',
      note: {
        id: 'Bergantung pada ketersediaan blangko KIA. Untuk bayi baru lahir, KIA dapat diterbitkan bersamaan dengan akta kelahiran.',
        en: 'Depends on blank cards being in stock. For a newborn the card can be issued together with the birth certificate.',
      },
    },
    fee: { amount: 0, basis: FREE_BASIS },
    product: {
      id: 'Kartu Identitas Anak (KIA), berlaku sampai anak berusia 5 tahun atau 17 tahun kurang satu hari sesuai jenisnya',
      en: 'Child ID card (KIA), valid until the child turns 5, or until the day before the 17th birthday, depending on the type',
    },
    complaintChannels: dukcapilComplaints(),
    legalBasis: [{ title: UU_ADMINDUK }, { title: PERMENDAGRI_2_2016 }, { title: PERMENDAGRI_7_2019 }],
  },

  // 7) Akta perkawinan (non-muslim)
  {
    slug: 'akta-perkawinan',
    title: {
      id: 'Pencatatan Perkawinan dan Penerbitan Akta Perkawinan (Non-Muslim)',
      en: 'Marriage Registration and Marriage Certificate (Non-Muslim)',
    },
    summary: {
      id: 'Pencatatan perkawinan bagi pasangan beragama selain Islam dan penghayat kepercayaan, setelah perkawinan dilangsungkan menurut agama/kepercayaannya. Wajib dilaporkan paling lambat 60 hari sejak tanggal perkawinan. Perkawinan pasangan muslim dicatat di KUA.',
      en: 'Registration of marriages for couples of faiths other than Islam and for followers of indigenous beliefs, after the religious ceremony. It must be reported within 60 days of the wedding. Muslim marriages are registered at the Religious Affairs Office (KUA).',
    },
    agency: 'disdukcapil',
    category: 'kependudukan',
    lifeEvents: ['pernikahan'],
    channels: { counter: true, online: false },
    requirements: [
      {
        document: {
          id: 'Surat keterangan telah terjadinya perkawinan dari pemuka agama atau penghayat kepercayaan',
          en: 'Statement from the religious leader or belief leader that the marriage has taken place',
        },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
      },
      {
        document: {
          id: 'Formulir F-2.01 Pelaporan Pencatatan Sipil di Dalam Wilayah NKRI',
          en: 'Form F-2.01, civil registration report within Indonesia',
        },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
        note: {
          id: 'Ditandatangani pasangan dan dua orang saksi yang berusia minimal 21 tahun.',
          en: 'Signed by the couple and two witnesses aged at least 21.',
        },
      },
      {
        document: { id: 'KTP-el suami dan istri', en: 'Electronic ID cards of husband and wife' },
        form: 'original-and-copy',
        count: 2,
        mandatory: true,
      },
      {
        document: { id: 'Kartu Keluarga (KK) suami dan istri', en: 'Family cards (KK) of husband and wife' },
        form: 'copy',
        count: 2,
        mandatory: true,
      },
      {
        document: {
          id: 'Pas foto berwarna suami dan istri berdampingan',
          en: 'Colour photo of husband and wife side by side',
        },
        form: 'original',
        count: 2,
        mandatory: true,
        note: {
          id: 'Ukuran dan jumlah mengikuti ketentuan Disdukcapil setempat (umumnya 4 x 6 cm).',
          en: 'Size and number follow the local Disdukcapil’s rules (usually 4 x 6 cm).',
        },
      },
      {
        document: { id: 'KTP-el dua orang saksi', en: 'Electronic ID cards of two witnesses' },
        form: 'copy',
        count: 2,
        mandatory: true,
      },
      {
        document: {
          id: 'Dokumen tambahan sesuai keadaan: izin orang tua (di bawah 21 tahun), dispensasi pengadilan (di bawah 19 tahun), kutipan akta perceraian atau akta kematian pasangan terdahulu, izin atasan bagi anggota TNI/Polri',
          en: 'Extra documents where relevant: parents’ consent (under 21), court dispensation (under 19), divorce certificate or death certificate of a former spouse, superior’s permission for military and police members',
        },
        form: 'original-and-copy',
        count: 1,
        mandatory: false,
      },
    ],
    procedure: [
      {
        title: {
          id: 'Pasangan melangsungkan perkawinan menurut agama/kepercayaannya dan memperoleh surat keterangan dari pemuka agama',
          en: 'The couple marry according to their religion or belief and obtain the statement from the religious leader',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Pasangan menyerahkan formulir dan persyaratan ke loket Disdukcapil paling lambat 60 hari setelah perkawinan',
          en: 'The couple hand in the form and documents at the Disdukcapil counter within 60 days of the wedding',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Petugas memverifikasi berkas dan mencatat perkawinan dalam register akta perkawinan di SIAK',
          en: 'The officer checks the documents and records the marriage in the marriage register in SIAK',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Pejabat Pencatatan Sipil menandatangani kutipan akta perkawinan secara elektronik',
          en: 'The civil registrar signs the marriage certificates electronically',
        },
        actor: 'official',
      },
      {
        title: {
          id: 'Kutipan akta perkawinan untuk suami dan istri serta KK baru diserahkan kepada pasangan',
          en: 'The marriage certificates for husband and wife and the new family card are handed to the couple',
        },
        actor: 'officer',
      },
    ],
    duration: {
      value: 1,
      unit: 'working-days',
      note: {
        id: 'Bila berkas lengkap. Sebagian Disdukcapil meminta pendaftaran atau pemberitahuan beberapa hari sebelum perkawinan dilangsungkan.',
        en: 'When the documents are complete. Some Disdukcapil offices ask couples to register or give notice a few days before the wedding.',
      },
    },
    fee: { amount: 0, basis: FREE_BASIS },
    product: {
      id: 'Dua kutipan akta perkawinan (untuk suami dan untuk istri) dan KK baru',
      en: 'Two marriage certificates (one for the husband, one for the wife) and a new family card',
    },
    complaintChannels: dukcapilComplaints(),
    legalBasis: [
      { title: UU_PERKAWINAN },
      { title: UU_ADMINDUK },
      { title: PP_9_1975 },
      { title: PERPRES_96_2018 },
      { title: PERMENDAGRI_109_2019 },
    ],
  },

  // 8) Legalisir
  {
    slug: 'legalisir-dokumen-kependudukan',
    title: {
      id: 'Legalisir Dokumen Kependudukan',
      en: 'Certified Copies of Population Documents',
    },
    summary: {
      id: 'Pengesahan fotokopi dokumen kependudukan terbitan Disdukcapil (misalnya akta atau KK format lama). Dokumen yang sudah bertanda tangan elektronik dengan kode QR dan KTP-el tidak memerlukan legalisir.',
      en: 'Certification of photocopies of documents issued by Disdukcapil (such as old-format certificates or family cards). Documents with an electronic signature and QR code, and electronic ID cards, need no certification.',
    },
    agency: 'disdukcapil',
    category: 'kependudukan',
    lifeEvents: [],
    channels: { counter: true, online: false },
    requirements: [
      {
        document: {
          id: 'Dokumen kependudukan asli yang akan dilegalisir',
          en: 'Original population document to be certified',
        },
        form: 'original',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Fotokopi dokumen yang akan dilegalisir', en: 'Photocopies of the document' },
        form: 'copy',
        count: 1,
        mandatory: true,
        note: {
          id: 'Jumlah lembar sesuai kebutuhan pemohon.',
          en: 'As many copies as the applicant needs.',
        },
      },
      {
        document: { id: 'KTP-el pemohon', en: 'Applicant’s electronic ID card' },
        form: 'original',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Surat kuasa', en: 'Letter of authorisation' },
        form: 'original',
        count: 1,
        mandatory: false,
        note: {
          id: 'Bila diurus oleh orang lain, disertai KTP-el pemberi dan penerima kuasa.',
          en: 'If someone else applies on the owner’s behalf, with the ID cards of both.',
        },
      },
    ],
    procedure: [
      {
        title: {
          id: 'Pemohon menyerahkan dokumen asli beserta fotokopinya di loket',
          en: 'The applicant hands in the original document and the photocopies at the counter',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Petugas mencocokkan fotokopi dengan dokumen asli dan database kependudukan',
          en: 'The officer compares the copies with the original and the population database',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Pejabat berwenang menandatangani dan membubuhkan cap legalisir',
          en: 'The authorised official signs and stamps the copies',
        },
        actor: 'official',
      },
      {
        title: {
          id: 'Petugas mengembalikan dokumen asli dan fotokopi yang telah dilegalisir',
          en: 'The officer returns the original and the certified copies',
        },
        actor: 'officer',
      },
    ],
    duration: {
      value: 1,
      unit: 'working-days',
      note: {
        id: 'Umumnya selesai pada hari yang sama.',
        en: 'Usually done the same day.',
      },
    },
    fee: { amount: 0, basis: FREE_BASIS },
    product: {
      id: 'Fotokopi dokumen kependudukan yang telah dilegalisir',
      en: 'Certified photocopies of the population document',
    },
    complaintChannels: dukcapilComplaints(),
    legalBasis: [{ title: UU_ADMINDUK }, { title: PERMENDAGRI_104_2019 }, { title: PERMENDAGRI_109_2019 }],
  },

  // 9) Penggantian KTP-el rusak/hilang
  {
    slug: 'penggantian-ktp-el',
    title: {
      id: 'Penggantian KTP-el Rusak atau Hilang',
      en: 'Replacing a Damaged or Lost Electronic ID Card',
    },
    summary: {
      id: 'Pencetakan ulang KTP-el bagi penduduk yang KTP-el-nya rusak atau hilang. Tidak perlu perekaman ulang karena data biometrik sudah tersimpan.',
      en: 'Reprinting the electronic ID card for residents whose card is damaged or lost. No new recording is needed because the biometric data are already on file.',
    },
    agency: 'disdukcapil',
    category: 'kependudukan',
    lifeEvents: [],
    channels: { counter: true, online: false },
    requirements: [
      {
        document: { id: 'Kartu Keluarga (KK)', en: 'Family card (KK)' },
        form: 'copy',
        count: 1,
        mandatory: true,
      },
      {
        document: {
          id: 'Formulir F-1.02 Pendaftaran Peristiwa Kependudukan',
          en: 'Form F-1.02, registration of a population event',
        },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
      },
      {
        document: {
          id: 'Surat keterangan kehilangan dari kepolisian',
          en: 'Police report of loss',
        },
        form: 'original',
        count: 1,
        mandatory: false,
        note: { id: 'Wajib bila KTP-el hilang.', en: 'Required if the card was lost.' },
      },
      {
        document: { id: 'KTP-el yang rusak', en: 'The damaged electronic ID card' },
        form: 'original',
        count: 1,
        mandatory: false,
        note: {
          id: 'Wajib bila KTP-el rusak; diserahkan saat menerima KTP-el baru.',
          en: 'Required if the card is damaged; handed in when collecting the new card.',
        },
      },
    ],
    procedure: [
      {
        title: {
          id: 'Pemohon datang ke loket membawa persyaratan dan mengisi formulir F-1.02',
          en: 'The applicant comes to the counter with the documents and fills in form F-1.02',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Petugas mencari data biometrik pemohon dengan sidik jari atau iris mata untuk memastikan sudah pernah direkam',
          en: 'The officer looks up the applicant’s biometric record by fingerprint or iris to confirm an earlier recording',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Petugas memverifikasi data dan mengirim permohonan cetak ulang ke server pusat',
          en: 'The officer verifies the data and sends the reprint request to the central server',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Petugas mencetak KTP-el, mencocokkan sidik jari pemohon, lalu menyerahkan KTP-el baru',
          en: 'The officer prints the card, matches the applicant’s fingerprint and hands over the new card',
        },
        actor: 'officer',
      },
    ],
    duration: {
      value: 1,
      unit: 'hours',
      note: {
        id: 'Bila berkas lengkap dan blangko tersedia; bila blangko habis, pemohon dapat mengaktifkan Identitas Kependudukan Digital (IKD) sambil menunggu.',
        en: 'When the documents are complete and blank cards are in stock; if they run out, the applicant can activate the Digital Population Identity (IKD) while waiting.',
      },
    },
    fee: { amount: 0, basis: FREE_BASIS },
    product: {
      id: 'KTP-el pengganti',
      en: 'Replacement electronic ID card',
    },
    complaintChannels: dukcapilComplaints(),
    legalBasis: [{ title: UU_ADMINDUK }, { title: PERPRES_96_2018 }, { title: PERMENDAGRI_108_2019 }],
  },
]
