/**
 * Service templates for police clearance (SKCK), passports, motor-vehicle registration and
 * traffic-ticket (tilang) settlement, as the agencies publish them.
 *
 * Fees follow the national tariff regulations (PP 76/2020 for Polri, PP 45/2024 for
 * immigration) and, for motor-vehicle tax, Perda Provinsi Jawa Barat 9/2023. Complaint channels
 * are national ones only; the seed adds each MPP's own desk.
 */
import type { ServiceTemplateSeed } from '../types'

const lapor = { kind: 'lapor', contact: 'https://www.lapor.go.id' } as const

const skckLegalBasis: ServiceTemplateSeed['legalBasis'] = [
  {
    title: 'Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia',
  },
  {
    title:
      'Peraturan Pemerintah Nomor 76 Tahun 2020 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang Berlaku pada Kepolisian Negara Republik Indonesia',
  },
  {
    title:
      'Peraturan Kepolisian Negara Republik Indonesia Nomor 6 Tahun 2023 tentang Penerbitan Surat Keterangan Catatan Kepolisian',
  },
]

const pasporLegalBasis: ServiceTemplateSeed['legalBasis'] = [
  { title: 'Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian' },
  {
    title:
      'Peraturan Pemerintah Nomor 31 Tahun 2013 tentang Peraturan Pelaksanaan Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian, sebagaimana telah beberapa kali diubah',
  },
  {
    title:
      'Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor 8 Tahun 2014 tentang Paspor Biasa dan Surat Perjalanan Laksana Paspor, sebagaimana telah diubah dengan Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor 18 Tahun 2022',
  },
  {
    title:
      'Peraturan Pemerintah Nomor 45 Tahun 2024 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang Berlaku pada Kementerian Hukum dan Hak Asasi Manusia',
  },
]

const pasporFeeNote = {
  id: 'Rp 950.000 untuk paspor biasa elektronik masa berlaku 10 tahun (pemohon berusia 17 tahun ke atas atau sudah menikah). Paspor elektronik masa berlaku 5 tahun (misalnya untuk anak) Rp 650.000. Tarif paspor nonelektronik (Rp 350.000 untuk 5 tahun, Rp 650.000 untuk 10 tahun) masih tercantum dalam PP, tetapi kantor imigrasi kini beralih menerbitkan paspor elektronik saja. Layanan percepatan selesai pada hari yang sama dikenai tambahan Rp 1.000.000. Dibayar melalui kode billing yang terbit di M-Paspor.',
  en: 'Rp 950,000 for a 10-year electronic passport (applicants aged 17 or over, or married). A 5-year electronic passport (for example for a child) costs Rp 650,000. Fees for non-electronic passports (Rp 350,000 for 5 years, Rp 650,000 for 10 years) are still in the regulation, but immigration offices are switching to issuing electronic passports only. Same-day express service costs an extra Rp 1,000,000. Paid with the billing code issued in M-Paspor.',
}

const pasporFee: ServiceTemplateSeed['fee'] = {
  amount: 950000,
  basis:
    'Peraturan Pemerintah Nomor 45 Tahun 2024 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang Berlaku pada Kementerian Hukum dan Hak Asasi Manusia',
  note: pasporFeeNote,
}

const imigrasiComplaints: ServiceTemplateSeed['complaintChannels'] = [
  { kind: 'website', contact: 'https://www.imigrasi.go.id' },
  lapor,
]

const polriComplaints: ServiceTemplateSeed['complaintChannels'] = [{ kind: 'phone', contact: '110' }, lapor]

const samsatComplaints: ServiceTemplateSeed['complaintChannels'] = [
  { kind: 'website', contact: 'https://bapenda.jabarprov.go.id' },
  lapor,
]

const samsatLegalBasis: ServiceTemplateSeed['legalBasis'] = [
  {
    title: 'Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan',
  },
  {
    title: 'Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah',
  },
  {
    title:
      'Peraturan Pemerintah Nomor 76 Tahun 2020 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang Berlaku pada Kepolisian Negara Republik Indonesia',
  },
  {
    title:
      'Peraturan Kepolisian Negara Republik Indonesia Nomor 7 Tahun 2021 tentang Registrasi dan Identifikasi Kendaraan Bermotor',
  },
  {
    title: 'Peraturan Daerah Provinsi Jawa Barat Nomor 9 Tahun 2023 tentang Pajak Daerah dan Retribusi Daerah',
  },
]

/** How PKB and SWDKLLJ are worked out; shared by the Samsat fee notes. */
const pkbNote = {
  id: 'PKB dihitung dari Nilai Jual Kendaraan Bermotor (NJKB) dan bobot kendaraan dikalikan tarif dalam Perda Jawa Barat 9/2023, ditambah opsen PKB 66% untuk kabupaten/kota yang dipungut bersamaan. Selain itu dibayar SWDKLLJ Jasa Raharja, misalnya Rp 35.000 untuk sepeda motor sampai 250 cc dan Rp 143.000 untuk mobil penumpang pribadi.',
  en: 'Motor vehicle tax (PKB) is worked out from the vehicle sale value (NJKB) and weighting times the rate in West Java Regional Regulation 9/2023, plus a 66% regency/city surcharge (opsen) collected at the same time. On top of that comes the Jasa Raharja road-accident levy (SWDKLLJ), for example Rp 35,000 for a motorcycle up to 250 cc and Rp 143,000 for a private passenger car.',
}

export const keamananKendaraanTemplates: ServiceTemplateSeed[] = [
  {
    slug: 'skck-baru',
    title: {
      id: 'Penerbitan SKCK Baru',
      en: 'New Police Clearance Certificate (SKCK)',
    },
    summary: {
      id: 'Penerbitan Surat Keterangan Catatan Kepolisian (SKCK) yang menerangkan ada atau tidaknya catatan kepolisian seseorang, untuk keperluan seperti melamar kerja, mendaftar CPNS, atau melanjutkan sekolah. Pendaftaran dapat dilakukan lebih dulu melalui aplikasi Polri Super App Presisi.',
      en: 'Issues a police clearance certificate (SKCK) stating whether a person has a police record, needed for example to apply for a job, the civil service or further study. You can register first in the Polri Super App Presisi.',
    },
    agency: 'polres',
    category: 'kepolisian',
    lifeEvents: ['mencari-kerja', 'ke-luar-negeri'],
    channels: {
      counter: true,
      online: true,
      externalLabel: 'Polri Super App Presisi',
    },
    requirements: [
      {
        document: { id: 'KTP-el', en: 'Electronic ID card (KTP-el)' },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
        note: {
          id: 'Bagi yang belum berhak memiliki KTP-el, lampirkan fotokopi kartu identitas lain (misalnya KIA atau kartu pelajar).',
          en: 'Applicants not yet eligible for a KTP-el attach a copy of another identity card (for example a child ID card or student card).',
        },
      },
      {
        document: { id: 'Kartu Keluarga', en: 'Family card (Kartu Keluarga)' },
        form: 'copy',
        count: 1,
        mandatory: true,
      },
      {
        document: {
          id: 'Akta kelahiran atau surat kenal lahir',
          en: 'Birth certificate or birth statement',
        },
        form: 'copy',
        count: 1,
        mandatory: true,
        note: {
          id: 'Sebagian Polres juga menerima ijazah terakhir bila akta kelahiran tidak ada.',
          en: 'Some police stations also accept the latest school certificate if there is no birth certificate.',
        },
      },
      {
        document: {
          id: 'Pas foto berwarna 4x6 cm latar merah',
          en: 'Colour passport photo 4x6 cm, red background',
        },
        form: 'original',
        count: 5,
        mandatory: true,
        note: {
          id: 'Foto terbaru, berpakaian sopan dan berkerah.',
          en: 'Recent photo, in neat clothes with a collar.',
        },
      },
      {
        document: {
          id: 'Kartu sidik jari (kartu AK-23)',
          en: 'Fingerprint card (AK-23)',
        },
        form: 'copy',
        count: 1,
        mandatory: false,
        note: {
          id: 'Bila belum punya, sidik jari direkam oleh petugas identifikasi Polres saat pengajuan.',
          en: 'If you have none, police identification officers take your fingerprints when you apply.',
        },
      },
      {
        document: {
          id: 'Bukti kepesertaan aktif BPJS Kesehatan (JKN)',
          en: 'Proof of active national health insurance (BPJS Kesehatan/JKN) membership',
        },
        form: 'digital',
        count: 1,
        mandatory: false,
        note: {
          id: 'Dipersyaratkan Perpol 6/2023 dan diterapkan bertahap. Cukup tangkapan layar status aktif dari aplikasi Mobile JKN; tanyakan penerapannya di loket.',
          en: 'Required by Police Regulation 6/2023 and being phased in. A screenshot of your active status in the Mobile JKN app is enough; ask at the desk whether it applies yet.',
        },
      },
      {
        document: {
          id: 'Paspor (untuk keperluan ke luar negeri)',
          en: 'Passport (for use abroad)',
        },
        form: 'copy',
        count: 1,
        mandatory: false,
        note: {
          id: 'Masa berlaku paspor paling sedikit 6 bulan lagi.',
          en: 'The passport must be valid for at least 6 more months.',
        },
      },
    ],
    procedure: [
      {
        title: {
          id: 'Mendaftar melalui Polri Super App Presisi atau mengisi formulir daftar riwayat hidup di loket',
          en: 'Register in the Polri Super App Presisi or fill in the personal-history form at the desk',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Pemeriksaan kelengkapan berkas',
          en: 'Check that the documents are complete',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Perekaman sidik jari bagi yang belum memiliki kartu sidik jari',
          en: 'Take fingerprints if the applicant has no fingerprint card',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Membayar PNBP Rp 30.000 melalui BRIVA atau di loket',
          en: 'Pay the Rp 30,000 fee by BRI virtual account or at the desk',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Penelitian catatan kepolisian dan penandatanganan SKCK',
          en: 'Police records are checked and the SKCK is signed',
        },
        actor: 'official',
      },
      {
        title: { id: 'Menerima SKCK', en: 'Collect the SKCK' },
        actor: 'citizen',
      },
    ],
    duration: {
      value: 1,
      unit: 'hours',
      note: {
        id: 'Selesai pada hari yang sama bila berkas lengkap, bergantung pada antrean.',
        en: 'Ready the same day if the documents are complete, depending on the queue.',
      },
    },
    fee: {
      amount: 30000,
      basis:
        'Peraturan Pemerintah Nomor 76 Tahun 2020 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang Berlaku pada Kepolisian Negara Republik Indonesia',
    },
    product: {
      id: 'Surat Keterangan Catatan Kepolisian (SKCK), berlaku 6 bulan sejak diterbitkan',
      en: 'Police clearance certificate (SKCK), valid for 6 months from issue',
    },
    complaintChannels: polriComplaints,
    legalBasis: skckLegalBasis,
    popular: true,
  },
  {
    slug: 'perpanjangan-skck',
    title: {
      id: 'Perpanjangan SKCK',
      en: 'Police Clearance Certificate (SKCK) Renewal',
    },
    summary: {
      id: 'Perpanjangan SKCK yang masih berlaku untuk 6 bulan berikutnya. SKCK yang sudah habis masa berlakunya atau hilang tidak dapat diperpanjang dan harus diajukan sebagai SKCK baru.',
      en: 'Renews a still-valid police clearance certificate (SKCK) for another 6 months. An SKCK that has expired or been lost cannot be renewed; apply for a new one instead.',
    },
    agency: 'polres',
    category: 'kepolisian',
    lifeEvents: ['mencari-kerja'],
    channels: {
      counter: true,
      online: true,
      externalLabel: 'Polri Super App Presisi',
    },
    requirements: [
      {
        document: {
          id: 'SKCK lama yang masih berlaku',
          en: 'Current SKCK, still valid',
        },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
        note: {
          id: 'Perpanjangan diajukan sebelum masa berlaku habis, di kantor polisi yang menerbitkan SKCK lama.',
          en: 'Apply before it expires, at the police office that issued it.',
        },
      },
      {
        document: {
          id: 'Pas foto berwarna 4x6 cm latar merah',
          en: 'Colour passport photo 4x6 cm, red background',
        },
        form: 'original',
        count: 5,
        mandatory: true,
      },
      {
        document: { id: 'KTP-el', en: 'Electronic ID card (KTP-el)' },
        form: 'copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Kartu Keluarga', en: 'Family card (Kartu Keluarga)' },
        form: 'copy',
        count: 1,
        mandatory: false,
        note: {
          id: 'Diminta oleh sebagian Polres.',
          en: 'Asked for by some police stations.',
        },
      },
      {
        document: { id: 'Formulir perpanjangan SKCK', en: 'SKCK renewal form' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
        note: {
          id: 'Tersedia di loket, atau diisi di aplikasi bila mendaftar daring.',
          en: 'Available at the desk, or filled in within the app when applying online.',
        },
      },
    ],
    procedure: [
      {
        title: {
          id: 'Mendaftar melalui aplikasi atau menyerahkan berkas dan formulir perpanjangan di loket',
          en: 'Register in the app or hand in the documents and renewal form at the desk',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Pencocokan data dengan SKCK lama dan catatan kepolisian',
          en: 'Data are checked against the previous SKCK and police records',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Membayar PNBP Rp 30.000',
          en: 'Pay the Rp 30,000 fee',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Penandatanganan SKCK perpanjangan',
          en: 'The renewed SKCK is signed',
        },
        actor: 'official',
      },
      {
        title: { id: 'Menerima SKCK', en: 'Collect the SKCK' },
        actor: 'citizen',
      },
    ],
    duration: {
      value: 1,
      unit: 'hours',
      note: {
        id: 'Selesai pada hari yang sama bila berkas lengkap.',
        en: 'Ready the same day if the documents are complete.',
      },
    },
    fee: {
      amount: 30000,
      basis:
        'Peraturan Pemerintah Nomor 76 Tahun 2020 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang Berlaku pada Kepolisian Negara Republik Indonesia',
    },
    product: {
      id: 'SKCK yang diperpanjang, berlaku 6 bulan',
      en: 'Renewed SKCK, valid for 6 months',
    },
    complaintChannels: polriComplaints,
    legalBasis: skckLegalBasis,
  },
  {
    slug: 'paspor-baru',
    title: {
      id: 'Permohonan Paspor Baru',
      en: 'New Passport Application',
    },
    summary: {
      id: 'Penerbitan paspor biasa bagi WNI yang belum pernah memiliki paspor, untuk bepergian, belajar, atau bekerja ke luar negeri. Permohonan dan pembayaran dilakukan melalui aplikasi M-Paspor, lalu pemohon datang sesuai jadwal untuk foto, sidik jari, dan wawancara.',
      en: 'Issues an ordinary passport to Indonesian citizens who have never held one, for travel, study or work abroad. Apply and pay in the M-Paspor app, then come at your booked time for photo, fingerprints and interview.',
    },
    agency: 'imigrasi',
    category: 'keimigrasian',
    lifeEvents: ['ke-luar-negeri'],
    channels: {
      counter: true,
      online: true,
      externalLabel: 'Aplikasi M-Paspor',
    },
    requirements: [
      {
        document: { id: 'KTP-el', en: 'Electronic ID card (KTP-el)' },
        form: 'original',
        count: 1,
        mandatory: true,
        note: {
          id: 'Diunggah di M-Paspor; aslinya dibawa saat wawancara.',
          en: 'Uploaded in M-Paspor; bring the original to the interview.',
        },
      },
      {
        document: { id: 'Kartu Keluarga', en: 'Family card (Kartu Keluarga)' },
        form: 'original',
        count: 1,
        mandatory: true,
        note: {
          id: 'Diunggah di M-Paspor; aslinya dibawa saat wawancara.',
          en: 'Uploaded in M-Paspor; bring the original to the interview.',
        },
      },
      {
        document: {
          id: 'Akta kelahiran, akta perkawinan/buku nikah, ijazah, atau surat baptis',
          en: 'Birth certificate, marriage certificate, school certificate or baptism certificate',
        },
        form: 'original',
        count: 1,
        mandatory: true,
        note: {
          id: 'Salah satu, yang memuat nama, tempat dan tanggal lahir, serta nama orang tua.',
          en: "One of these, showing name, place and date of birth and parents' names.",
        },
      },
      {
        document: {
          id: 'Surat penetapan ganti nama',
          en: 'Court order on change of name',
        },
        form: 'original',
        count: 1,
        mandatory: false,
        note: {
          id: 'Hanya bagi yang pernah mengganti nama.',
          en: 'Only if you have changed your name.',
        },
      },
      {
        document: {
          id: 'Dokumen orang tua (KTP-el, paspor, akta perkawinan) bagi pemohon anak',
          en: "Parents' documents (ID cards, passports, marriage certificate) for a child applicant",
        },
        form: 'original',
        count: 1,
        mandatory: false,
        note: {
          id: 'Anak di bawah 17 tahun yang belum menikah wajib didampingi kedua orang tua.',
          en: 'Children under 17 who are unmarried must come with both parents.',
        },
      },
      {
        document: {
          id: 'Surat rekomendasi paspor dari dinas ketenagakerjaan bagi calon pekerja migran',
          en: 'Passport recommendation letter from the manpower office, for prospective migrant workers',
        },
        form: 'original',
        count: 1,
        mandatory: false,
      },
    ],
    procedure: [
      {
        title: {
          id: 'Mengajukan permohonan di M-Paspor: mengisi data, mengunggah dokumen, dan memilih kantor serta jadwal kedatangan',
          en: 'Apply in M-Paspor: enter your data, upload documents and choose an office and appointment',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Membayar PNBP paspor dengan kode billing dalam batas waktu yang tertera di aplikasi',
          en: 'Pay the passport fee with the billing code within the time limit shown in the app',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Datang sesuai jadwal; pemeriksaan dokumen asli',
          en: 'Arrive at the booked time; original documents are checked',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Pengambilan foto, perekaman sidik jari, dan wawancara',
          en: 'Photo, fingerprints and interview',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Persetujuan dan pencetakan paspor',
          en: 'Passport is approved and printed',
        },
        actor: 'official',
      },
      {
        title: {
          id: 'Mengambil paspor dengan membawa tanda terima',
          en: 'Collect the passport with your receipt',
        },
        actor: 'citizen',
      },
    ],
    duration: {
      value: 4,
      unit: 'working-days',
      note: {
        id: 'Dihitung sejak wawancara dan pembayaran. Dengan layanan percepatan, paspor selesai pada hari yang sama.',
        en: 'Counted from the interview and payment. With the express service, the passport is ready the same day.',
      },
    },
    fee: pasporFee,
    product: {
      id: 'Paspor biasa elektronik, berlaku 10 tahun bagi pemohon dewasa atau 5 tahun bagi anak',
      en: 'Electronic ordinary passport, valid for 10 years for adults or 5 years for children',
    },
    complaintChannels: imigrasiComplaints,
    legalBasis: pasporLegalBasis,
    popular: true,
  },
  {
    slug: 'penggantian-paspor',
    title: {
      id: 'Penggantian Paspor Habis Berlaku atau Halaman Penuh',
      en: 'Passport Replacement (Expired or Full)',
    },
    summary: {
      id: 'Penerbitan paspor baru sebagai pengganti paspor yang sudah atau akan habis masa berlakunya, atau yang halamannya sudah penuh. Diajukan melalui aplikasi M-Paspor; nomor paspor baru akan berbeda dari yang lama.',
      en: 'Issues a new passport to replace one that has expired, is about to expire, or has no free pages. Apply in the M-Paspor app; the new passport has a different number.',
    },
    agency: 'imigrasi',
    category: 'keimigrasian',
    lifeEvents: ['ke-luar-negeri'],
    channels: {
      counter: true,
      online: true,
      externalLabel: 'Aplikasi M-Paspor',
    },
    requirements: [
      {
        document: { id: 'KTP-el', en: 'Electronic ID card (KTP-el)' },
        form: 'original',
        count: 1,
        mandatory: true,
        note: {
          id: 'Diunggah di M-Paspor; aslinya dibawa saat wawancara.',
          en: 'Uploaded in M-Paspor; bring the original to the interview.',
        },
      },
      {
        document: { id: 'Paspor lama', en: 'Old passport' },
        form: 'original',
        count: 1,
        mandatory: true,
      },
      {
        document: {
          id: 'Kartu Keluarga serta akta kelahiran, akta perkawinan/buku nikah, atau ijazah',
          en: 'Family card plus birth certificate, marriage certificate or school certificate',
        },
        form: 'original',
        count: 1,
        mandatory: false,
        note: {
          id: 'Diperlukan bila data di paspor lama berbeda dengan KTP-el, atau paspor lama diterbitkan di luar negeri atau sebelum sistem biometrik.',
          en: 'Needed if the data in the old passport differ from the ID card, or the old passport was issued abroad or before the biometric system.',
        },
      },
      {
        document: {
          id: 'Dokumen orang tua (KTP-el, Kartu Keluarga, akta perkawinan, paspor) bagi pemohon anak',
          en: "Parents' documents (ID cards, family card, marriage certificate, passports) for a child applicant",
        },
        form: 'original',
        count: 1,
        mandatory: false,
        note: {
          id: 'Anak wajib didampingi kedua orang tua.',
          en: 'The child must come with both parents.',
        },
      },
    ],
    procedure: [
      {
        title: {
          id: 'Mengajukan penggantian di M-Paspor dengan alasan habis masa berlaku atau halaman penuh, lalu memilih kantor dan jadwal',
          en: 'Apply for replacement in M-Paspor, choosing "expired" or "pages full", then pick an office and appointment',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Membayar PNBP paspor dengan kode billing dalam batas waktu yang tertera di aplikasi',
          en: 'Pay the passport fee with the billing code within the time limit shown in the app',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Datang sesuai jadwal; pemeriksaan dokumen asli dan paspor lama',
          en: 'Arrive at the booked time; original documents and the old passport are checked',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Pengambilan foto, perekaman sidik jari, dan wawancara',
          en: 'Photo, fingerprints and interview',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Persetujuan dan pencetakan paspor baru; paspor lama dibatalkan',
          en: 'New passport is approved and printed; the old one is cancelled',
        },
        actor: 'official',
      },
      {
        title: {
          id: 'Mengambil paspor baru beserta paspor lama yang telah dibatalkan',
          en: 'Collect the new passport together with the cancelled old one',
        },
        actor: 'citizen',
      },
    ],
    duration: {
      value: 4,
      unit: 'working-days',
      note: {
        id: 'Dihitung sejak wawancara dan pembayaran. Dengan layanan percepatan, paspor selesai pada hari yang sama.',
        en: 'Counted from the interview and payment. With the express service, the passport is ready the same day.',
      },
    },
    fee: {
      ...pasporFee,
      note: {
        id: `${pasporFeeNote.id} Penggantian karena paspor rusak atau hilang adalah layanan lain dan dikenai biaya beban tambahan.`,
        en: `${pasporFeeNote.en} Replacing a damaged or lost passport is a different service with an extra charge.`,
      },
    },
    product: {
      id: 'Paspor biasa elektronik baru, berlaku 10 tahun bagi pemohon dewasa atau 5 tahun bagi anak',
      en: 'New electronic ordinary passport, valid for 10 years for adults or 5 years for children',
    },
    complaintChannels: imigrasiComplaints,
    legalBasis: pasporLegalBasis,
  },
  {
    slug: 'pengesahan-stnk-tahunan',
    title: {
      id: 'Pengesahan STNK dan Pembayaran Pajak Kendaraan Tahunan',
      en: 'Annual Vehicle Registration Endorsement and Motor Vehicle Tax',
    },
    summary: {
      id: 'Pembayaran Pajak Kendaraan Bermotor (PKB) dan SWDKLLJ setiap tahun sekaligus pengesahan STNK oleh Polri di Samsat. Dapat juga dibayar melalui aplikasi Sambara (Samsat Mobile Jawa Barat).',
      en: 'Yearly payment of motor vehicle tax (PKB) and the road-accident levy (SWDKLLJ), with police endorsement of the vehicle registration certificate (STNK) at Samsat. It can also be paid in the Sambara app (West Java mobile Samsat).',
    },
    agency: 'samsat',
    category: 'kendaraan',
    lifeEvents: ['memiliki-kendaraan'],
    channels: {
      counter: true,
      online: true,
      externalLabel: 'Aplikasi Sambara (Samsat Mobile Jawa Barat)',
    },
    requirements: [
      {
        document: {
          id: 'KTP-el pemilik sesuai nama di STNK',
          en: "Owner's electronic ID card (KTP-el), matching the name on the STNK",
        },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'STNK', en: 'Vehicle registration certificate (STNK)' },
        form: 'original',
        count: 1,
        mandatory: true,
      },
      {
        document: {
          id: 'Surat kuasa bermeterai',
          en: 'Stamped power of attorney',
        },
        form: 'original',
        count: 1,
        mandatory: false,
        note: {
          id: 'Bila diwakilkan, beserta KTP-el penerima kuasa. Kendaraan yang sudah dijual sebaiknya segera dibalik nama.',
          en: "If someone else comes for you, with that person's ID card. A vehicle that has been sold should be transferred to the new owner's name.",
        },
      },
    ],
    procedure: [
      {
        title: {
          id: 'Menyerahkan KTP-el dan STNK di loket pendaftaran',
          en: 'Hand in the ID card and STNK at the registration desk',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Verifikasi data dan penetapan PKB, opsen, SWDKLLJ, dan PNBP',
          en: 'Data are checked and the tax, surcharge, levy and fee are assessed',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Membayar tagihan di kasir atau kanal pembayaran resmi',
          en: 'Pay the bill at the cashier or through an official payment channel',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Pengesahan STNK oleh petugas Polri',
          en: 'The STNK is endorsed by the police officer',
        },
        actor: 'official',
      },
      {
        title: {
          id: 'Menerima STNK yang telah disahkan dan tanda bukti pelunasan',
          en: 'Collect the endorsed STNK and the payment receipt',
        },
        actor: 'citizen',
      },
    ],
    duration: {
      value: 30,
      unit: 'minutes',
      note: {
        id: 'Bergantung pada antrean. Pembayaran melalui Sambara dapat dilakukan kapan saja.',
        en: 'Depending on the queue. Payment in Sambara can be made at any time.',
      },
    },
    fee: {
      amount: 0,
      variable: true,
      basis:
        'Peraturan Daerah Provinsi Jawa Barat Nomor 9 Tahun 2023 tentang Pajak Daerah dan Retribusi Daerah; PP Nomor 76 Tahun 2020',
      note: {
        id: `${pkbNote.id} PNBP pengesahan STNK Rp 25.000 (roda dua/tiga) atau Rp 50.000 (roda empat atau lebih). Keterlambatan dikenai denda PKB dan SWDKLLJ. Besar tagihan dapat dicek di Sambara.`,
        en: `${pkbNote.en} The STNK endorsement fee is Rp 25,000 (two/three wheels) or Rp 50,000 (four wheels or more). Late payment incurs tax and levy penalties. You can check the amount in Sambara.`,
      },
    },
    product: {
      id: 'STNK yang telah disahkan dan Tanda Bukti Pelunasan Kewajiban Pembayaran (TBPKP)',
      en: 'Endorsed STNK and proof of payment (TBPKP)',
    },
    complaintChannels: samsatComplaints,
    legalBasis: samsatLegalBasis,
    popular: true,
  },
  {
    slug: 'penggantian-stnk-tnkb-5-tahunan',
    title: {
      id: 'Penggantian STNK dan TNKB Lima Tahunan',
      en: 'Five-Yearly Vehicle Registration (STNK) and Number Plate Renewal',
    },
    summary: {
      id: 'Penerbitan STNK dan pelat nomor (TNKB) baru setiap lima tahun, disertai cek fisik kendaraan dan pembayaran pajak tahun berjalan. Kendaraan wajib dibawa ke Samsat.',
      en: "Issues a new vehicle registration certificate (STNK) and number plates (TNKB) every five years, with a physical vehicle check and payment of the current year's tax. The vehicle must be brought to Samsat.",
    },
    agency: 'samsat',
    category: 'kendaraan',
    lifeEvents: ['memiliki-kendaraan'],
    channels: {
      counter: true,
      online: false,
    },
    requirements: [
      {
        document: {
          id: 'KTP-el pemilik sesuai nama di STNK dan BPKB',
          en: "Owner's electronic ID card (KTP-el), matching the STNK and BPKB",
        },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'STNK lama', en: 'Current STNK' },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'BPKB', en: 'Vehicle ownership book (BPKB)' },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
        note: {
          id: 'Bila BPKB dijaminkan di bank atau perusahaan pembiayaan, bawa fotokopi BPKB yang dilegalisasi dan surat keterangan dari lembaga tersebut.',
          en: 'If the BPKB is held by a bank or finance company as collateral, bring a copy legalised by them and a letter from them.',
        },
      },
      {
        document: {
          id: 'Hasil cek fisik kendaraan (gesekan nomor rangka dan nomor mesin)',
          en: 'Physical vehicle check result (chassis and engine number rubbings)',
        },
        form: 'original',
        count: 1,
        mandatory: true,
        note: {
          id: 'Dilakukan di Samsat; kendaraan wajib dibawa.',
          en: 'Done at Samsat; the vehicle must be brought along.',
        },
      },
      {
        document: {
          id: 'Formulir permohonan STNK',
          en: 'STNK application form',
        },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
      },
      {
        document: {
          id: 'Surat kuasa bermeterai',
          en: 'Stamped power of attorney',
        },
        form: 'original',
        count: 1,
        mandatory: false,
        note: {
          id: 'Bila diwakilkan, beserta KTP-el penerima kuasa.',
          en: "If someone else comes for you, with that person's ID card.",
        },
      },
    ],
    procedure: [
      {
        title: {
          id: 'Membawa kendaraan ke area cek fisik untuk penggesekan nomor rangka dan nomor mesin',
          en: 'Bring the vehicle to the check area for chassis and engine number rubbings',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Pengesahan hasil cek fisik',
          en: 'The check result is validated',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Menyerahkan berkas dan formulir; verifikasi data STNK dan BPKB serta penetapan biaya',
          en: 'Hand in documents and form; STNK and BPKB data are verified and charges assessed',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Membayar PKB, opsen, SWDKLLJ, dan PNBP STNK serta TNKB di kasir',
          en: 'Pay the tax, surcharge, levy and the STNK and plate fees at the cashier',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Penerbitan dan penandatanganan STNK baru',
          en: 'The new STNK is issued and signed',
        },
        actor: 'official',
      },
      {
        title: {
          id: 'Menerima STNK baru dan TNKB',
          en: 'Collect the new STNK and number plates',
        },
        actor: 'citizen',
      },
    ],
    duration: {
      value: 1,
      unit: 'working-days',
      note: {
        id: 'STNK umumnya selesai pada hari yang sama; bila stok pelat terbatas, TNKB dapat diambil kemudian.',
        en: 'The STNK is usually ready the same day; if plates are out of stock, they can be collected later.',
      },
    },
    fee: {
      amount: 0,
      variable: true,
      basis:
        'PP Nomor 76 Tahun 2020 tentang Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Polri; Peraturan Daerah Provinsi Jawa Barat Nomor 9 Tahun 2023 tentang Pajak Daerah dan Retribusi Daerah',
      note: {
        id: `PNBP penerbitan STNK Rp 100.000 (roda dua/tiga) atau Rp 200.000 (roda empat atau lebih); PNBP TNKB Rp 60.000 (roda dua/tiga) atau Rp 100.000 (roda empat atau lebih). ${pkbNote.id}`,
        en: `STNK issue fee Rp 100,000 (two/three wheels) or Rp 200,000 (four wheels or more); number plate fee Rp 60,000 (two/three wheels) or Rp 100,000 (four wheels or more). ${pkbNote.en}`,
      },
    },
    product: {
      id: 'STNK baru berlaku 5 tahun, TNKB baru, dan Tanda Bukti Pelunasan Kewajiban Pembayaran (TBPKP)',
      en: 'New STNK valid for 5 years, new number plates and proof of payment (TBPKP)',
    },
    complaintChannels: samsatComplaints,
    legalBasis: samsatLegalBasis,
  },
  {
    slug: 'balik-nama-kendaraan',
    title: {
      id: 'Balik Nama Kendaraan Bermotor (BBNKB II)',
      en: 'Change of Vehicle Ownership (Second-Hand Vehicle Transfer)',
    },
    summary: {
      id: 'Pendaftaran perubahan pemilik kendaraan bekas sehingga STNK dan BPKB tercatat atas nama pemilik baru. Wajib dilakukan setelah jual beli atau hibah kendaraan; di Jawa Barat bea balik nama untuk kendaraan bekas sudah tidak dipungut.',
      en: "Registers a second-hand vehicle's new owner so that the STNK and BPKB are in the new owner's name. Required after a vehicle is sold or given away; in West Java no transfer duty is charged on second-hand vehicles any more.",
    },
    agency: 'samsat',
    category: 'kendaraan',
    lifeEvents: ['memiliki-kendaraan'],
    channels: {
      counter: true,
      online: false,
    },
    requirements: [
      {
        document: {
          id: 'KTP-el pemilik baru',
          en: "New owner's electronic ID card (KTP-el)",
        },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
        note: {
          id: 'KTP-el pemilik lama tidak diperlukan. Bila pemilik baru badan hukum, lampirkan dokumen legalitasnya dan surat kuasa bermeterai.',
          en: "The previous owner's ID card is not needed. If the new owner is a legal entity, attach its legal documents and a stamped power of attorney.",
        },
      },
      {
        document: { id: 'STNK', en: 'Vehicle registration certificate (STNK)' },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'BPKB', en: 'Vehicle ownership book (BPKB)' },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
      },
      {
        document: {
          id: 'Kuitansi jual beli bermeterai atau akta hibah/surat waris',
          en: 'Stamped sale receipt, or deed of gift / inheritance document',
        },
        form: 'original',
        count: 1,
        mandatory: true,
      },
      {
        document: {
          id: 'Hasil cek fisik kendaraan (gesekan nomor rangka dan nomor mesin)',
          en: 'Physical vehicle check result (chassis and engine number rubbings)',
        },
        form: 'original',
        count: 1,
        mandatory: true,
        note: {
          id: 'Dilakukan di Samsat; kendaraan wajib dibawa.',
          en: 'Done at Samsat; the vehicle must be brought along.',
        },
      },
      {
        document: { id: 'Surat pelepasan hak', en: 'Release of rights letter' },
        form: 'original',
        count: 1,
        mandatory: false,
        note: {
          id: 'Bila kendaraan sebelumnya milik badan hukum atau instansi.',
          en: 'If the vehicle was previously owned by a company or government body.',
        },
      },
      {
        document: {
          id: 'Formulir permohonan balik nama',
          en: 'Change-of-ownership application form',
        },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
      },
    ],
    procedure: [
      {
        title: {
          id: 'Membawa kendaraan ke area cek fisik untuk penggesekan nomor rangka dan nomor mesin',
          en: 'Bring the vehicle to the check area for chassis and engine number rubbings',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Menyerahkan berkas dan formulir di loket balik nama',
          en: 'Hand in the documents and form at the change-of-ownership desk',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Verifikasi BPKB dan perubahan data pemilik oleh petugas registrasi Polri',
          en: 'Police registration officers verify the BPKB and record the new owner',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Penetapan dan pembayaran PKB, opsen, SWDKLLJ, serta PNBP STNK, TNKB, dan BPKB',
          en: 'Tax, surcharge, levy and the STNK, plate and BPKB fees are assessed and paid',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Penerbitan STNK atas nama pemilik baru',
          en: "The STNK is issued in the new owner's name",
        },
        actor: 'official',
      },
      {
        title: {
          id: 'Menerima STNK, TNKB, dan tanda bukti pelunasan; BPKB baru diambil sesuai jadwal yang diberikan',
          en: 'Collect the STNK, plates and payment receipt; collect the new BPKB on the date given',
        },
        actor: 'citizen',
      },
    ],
    duration: {
      value: 1,
      unit: 'working-days',
      note: {
        id: 'STNK umumnya selesai pada hari yang sama. BPKB atas nama pemilik baru diterbitkan kemudian oleh Polri sesuai standar pelayanan setempat.',
        en: "The STNK is usually ready the same day. The BPKB in the new owner's name is issued later by the police, per their local service standard.",
      },
    },
    fee: {
      amount: 0,
      variable: true,
      basis:
        'Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah; Peraturan Daerah Provinsi Jawa Barat Nomor 9 Tahun 2023 tentang Pajak Daerah dan Retribusi Daerah; PP Nomor 76 Tahun 2020',
      note: {
        id: `Sejak 5 Januari 2025, penyerahan kedua dan seterusnya tidak lagi menjadi objek BBNKB (UU 1/2022 dan Perda Jawa Barat 9/2023), sehingga BBNKB II Rp 0. Yang tetap dibayar: PKB tahun berjalan beserta tunggakan bila ada, dan PNBP: STNK Rp 100.000/Rp 200.000, TNKB Rp 60.000/Rp 100.000, BPKB Rp 225.000/Rp 375.000 (roda dua-tiga/roda empat atau lebih). ${pkbNote.id}`,
        en: `Since 5 January 2025, second and later transfers are no longer subject to transfer duty (BBNKB) under Law 1/2022 and West Java Regulation 9/2023, so BBNKB II is Rp 0. Still payable: the current year's tax plus any arrears, and the fees: STNK Rp 100,000/Rp 200,000, plates Rp 60,000/Rp 100,000, BPKB Rp 225,000/Rp 375,000 (two-three wheels/four wheels or more). ${pkbNote.en}`,
      },
    },
    product: {
      id: 'STNK dan BPKB atas nama pemilik baru, TNKB, dan Tanda Bukti Pelunasan Kewajiban Pembayaran (TBPKP)',
      en: "STNK and BPKB in the new owner's name, number plates and proof of payment (TBPKP)",
    },
    complaintChannels: samsatComplaints,
    legalBasis: samsatLegalBasis,
  },
  {
    slug: 'pengambilan-barang-bukti-tilang',
    title: {
      id: 'Pembayaran Denda Tilang dan Pengambilan Barang Bukti',
      en: 'Traffic Fine Payment and Return of Seized Items',
    },
    summary: {
      id: 'Pembayaran denda pelanggaran lalu lintas (tilang) sesuai putusan pengadilan dan pengambilan barang bukti berupa SIM, STNK, atau kendaraan di Kejaksaan Negeri. Pelanggar tidak perlu hadir di sidang; putusan dijatuhkan tanpa kehadiran.',
      en: "Payment of a traffic-ticket (tilang) fine set by the court, and collection of the seized driving licence, STNK or vehicle at the district prosecutor's office. You need not attend the hearing; the verdict is given in your absence.",
    },
    agency: 'kejari',
    category: 'hukum',
    lifeEvents: ['memiliki-kendaraan'],
    channels: {
      counter: true,
      online: true,
    },
    requirements: [
      {
        document: {
          id: 'Surat tilang (blangko tilang) atau surat konfirmasi ETLE',
          en: 'Traffic ticket or electronic-enforcement (ETLE) notice',
        },
        form: 'original',
        count: 1,
        mandatory: true,
      },
      {
        document: {
          id: 'KTP-el pelanggar',
          en: "Offender's electronic ID card (KTP-el)",
        },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
      },
      {
        document: {
          id: 'Bukti pembayaran denda dan biaya perkara',
          en: 'Proof of payment of the fine and court costs',
        },
        form: 'original',
        count: 1,
        mandatory: true,
        note: {
          id: 'Dari bank/virtual account atau kuitansi loket Kejaksaan.',
          en: "From the bank/virtual account, or the prosecutor's office counter receipt.",
        },
      },
      {
        document: {
          id: 'Surat kuasa bermeterai dan KTP-el pemberi kuasa',
          en: "Stamped power of attorney and the offender's ID card",
        },
        form: 'original',
        count: 1,
        mandatory: false,
        note: {
          id: 'Bila pengambilan diwakilkan.',
          en: 'If someone else collects on your behalf.',
        },
      },
      {
        document: {
          id: 'BPKB atau bukti kepemilikan kendaraan',
          en: 'BPKB or other proof of vehicle ownership',
        },
        form: 'original-and-copy',
        count: 1,
        mandatory: false,
        note: {
          id: 'Bila barang bukti berupa kendaraan.',
          en: 'If the seized item is a vehicle.',
        },
      },
    ],
    procedure: [
      {
        title: {
          id: 'Hakim Pengadilan Negeri memutus perkara tilang pada hari sidang yang tercantum di surat tilang',
          en: 'The district court judge decides the case on the hearing date shown on the ticket',
        },
        actor: 'official',
      },
      {
        title: {
          id: 'Mengecek putusan dan besar denda melalui laman Kejaksaan/Pengadilan atau di loket',
          en: 'Check the verdict and fine on the prosecutor/court website or at the desk',
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Membayar denda dan biaya perkara melalui bank atau di loket Kejaksaan',
          en: "Pay the fine and court costs at a bank or the prosecutor's office counter",
        },
        actor: 'citizen',
      },
      {
        title: {
          id: 'Pemeriksaan surat tilang, bukti pembayaran, dan identitas',
          en: 'The ticket, proof of payment and ID are checked',
        },
        actor: 'officer',
      },
      {
        title: {
          id: 'Menerima barang bukti (SIM, STNK, atau kendaraan)',
          en: 'Receive the seized item (licence, STNK or vehicle)',
        },
        actor: 'citizen',
      },
    ],
    duration: {
      value: 30,
      unit: 'minutes',
      note: {
        id: 'Setelah putusan dijatuhkan dan denda dibayar; bergantung pada antrean.',
        en: 'Once the verdict is given and the fine is paid; depending on the queue.',
      },
    },
    fee: {
      amount: 0,
      variable: true,
      basis: 'UU Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan; Perma Nomor 12 Tahun 2016',
      note: {
        id: 'Besar denda ditetapkan hakim dalam putusan, paling banyak sebesar ancaman dalam UU 22/2009 (misalnya Rp 1.000.000 untuk mengemudi tanpa SIM, Rp 500.000 untuk kendaraan tanpa STNK), ditambah biaya perkara. Denda disetor ke kas negara; tidak ada biaya lain untuk pengambilan barang bukti.',
        en: 'The fine is set by the judge, up to the maximum in Law 22/2009 (for example Rp 1,000,000 for driving without a licence, Rp 500,000 for a vehicle without an STNK), plus court costs. Fines go to the state treasury; there is no other charge for collecting the seized items.',
      },
    },
    product: {
      id: 'Barang bukti tilang yang dikembalikan dan tanda bukti pembayaran denda',
      en: 'Returned seized items and receipt for the fine',
    },
    complaintChannels: [{ kind: 'website', contact: 'https://www.kejaksaan.go.id' }, lapor],
    legalBasis: [
      { title: 'Undang-Undang Nomor 8 Tahun 1981 tentang Hukum Acara Pidana' },
      {
        title: 'Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan',
      },
      {
        title:
          'Peraturan Pemerintah Nomor 80 Tahun 2012 tentang Tata Cara Pemeriksaan Kendaraan Bermotor di Jalan dan Penindakan Pelanggaran Lalu Lintas dan Angkutan Jalan',
      },
      {
        title:
          'Peraturan Mahkamah Agung Nomor 12 Tahun 2016 tentang Tata Cara Penyelesaian Perkara Pelanggaran Lalu Lintas',
      },
    ],
  },
]
