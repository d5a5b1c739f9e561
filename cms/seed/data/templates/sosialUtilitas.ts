import type { ServiceTemplateSeed } from '../types'

/**
 * Social security, employment, utilities, marriage and social-welfare services
 * (BPJS Kesehatan, BPJS Ketenagakerjaan, Disnaker, Perumda Air Minum, PLN, KUA,
 * Pengadilan Agama, Dinas Sosial).
 */
export const sosialUtilitasTemplates: ServiceTemplateSeed[] = [
  {
    slug: 'pendaftaran-peserta-bpjs-kesehatan-mandiri',
    title: {
      id: 'Pendaftaran Peserta BPJS Kesehatan Mandiri (PBPU)',
      en: 'Self-paying BPJS Kesehatan membership registration (PBPU)',
    },
    summary: {
      id: 'Pendaftaran Jaminan Kesehatan Nasional (JKN) bagi Pekerja Bukan Penerima Upah dan keluarganya yang membayar iuran sendiri. Seluruh anggota keluarga dalam satu Kartu Keluarga wajib didaftarkan.',
      en: 'Registration in the National Health Insurance (JKN) for self-employed and informal workers and their families who pay their own contributions. Everyone listed on the same family card must be registered.',
    },
    agency: 'bpjs-kesehatan',
    category: 'jaminan-sosial',
    lifeEvents: ['sakit-berobat', 'kelahiran', 'pindah-domisili'],
    channels: {
      counter: true,
      online: true,
      externalUrl: 'https://www.bpjs-kesehatan.go.id',
      externalLabel: 'BPJS Kesehatan / aplikasi Mobile JKN',
    },
    requirements: [
      {
        document: { id: 'KTP-el seluruh anggota keluarga yang didaftarkan', en: 'Electronic ID card (KTP-el) of every family member being registered' },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
        note: {
          id: 'NIK harus sudah terdaftar di database Dukcapil.',
          en: 'The national ID number (NIK) must already be in the civil registry database.',
        },
      },
      {
        document: { id: 'Kartu Keluarga (KK)', en: 'Family card (Kartu Keluarga)' },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Formulir Daftar Isian Peserta (DIP)', en: 'Member data form (Daftar Isian Peserta)' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
        note: {
          id: 'Memuat pilihan kelas perawatan dan fasilitas kesehatan tingkat pertama (FKTP) untuk setiap anggota keluarga.',
          en: 'States the chosen care class and primary clinic (FKTP) for each family member.',
        },
      },
      {
        document: { id: 'Buku tabungan atau rekening bank untuk autodebet iuran', en: 'Bank passbook or account for automatic debit of contributions' },
        form: 'copy',
        count: 1,
        mandatory: true,
        note: {
          id: 'Rekening di bank yang bekerja sama dengan BPJS Kesehatan; dapat atas nama peserta atau anggota keluarga.',
          en: 'An account at a bank that partners with BPJS Kesehatan; it may be in the name of the member or a family member.',
        },
      },
      {
        document: { id: 'Alamat surel dan nomor telepon seluler aktif', en: 'Active e-mail address and mobile phone number' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
      },
    ],
    procedure: [
      { title: { id: 'Mengambil nomor antrean dan mengisi Formulir Daftar Isian Peserta', en: 'Take a queue number and fill in the member data form' }, actor: 'citizen' },
      { title: { id: 'Memverifikasi NIK pada data Dukcapil dan memeriksa kelengkapan dokumen', en: 'Check the NIK against civil registry data and verify the documents' }, actor: 'officer' },
      { title: { id: 'Merekam data peserta, kelas perawatan, dan FKTP pilihan', en: 'Record the member data, care class and chosen primary clinic' }, actor: 'officer' },
      { title: { id: 'Menerbitkan nomor virtual account untuk pembayaran iuran', en: 'Issue a virtual account number for paying contributions' }, actor: 'system' },
      { title: { id: 'Membayar iuran pertama, paling cepat 14 hari setelah pendaftaran', en: 'Pay the first contribution, no earlier than 14 days after registration' }, actor: 'citizen' },
      { title: { id: 'Kepesertaan aktif dan Kartu JKN digital tersedia di aplikasi Mobile JKN', en: 'Membership becomes active and the digital JKN card appears in the Mobile JKN app' }, actor: 'system' },
    ],
    duration: {
      value: 1,
      unit: 'working-days',
      note: {
        id: 'Pendaftaran di loket selesai pada hari yang sama. Kepesertaan baru aktif setelah iuran pertama dibayar, yang dapat dilakukan paling cepat 14 hari setelah pendaftaran.',
        en: 'Registration at the desk is finished the same day. Membership only becomes active once the first contribution is paid, which can be done no earlier than 14 days after registration.',
      },
    },
    fee: {
      amount: 0,
      basis: 'Peraturan Presiden Nomor 64 Tahun 2020 tentang Perubahan Kedua atas Peraturan Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan',
      note: {
        id: 'Pendaftaran tidak dipungut biaya. Iuran bulanan per orang: Kelas I Rp150.000, Kelas II Rp100.000, Kelas III Rp42.000 (peserta membayar Rp35.000, sisanya dibantu pemerintah). Iuran dibayar paling lambat tanggal 10 setiap bulan.',
        en: 'Registration is free. Monthly contribution per person: Class I Rp150,000, Class II Rp100,000, Class III Rp42,000 (the member pays Rp35,000 and the government covers the rest). Contributions are due by the 10th of each month.',
      },
    },
    product: {
      id: 'Nomor peserta JKN aktif dan Kartu JKN digital (saat berobat cukup menunjukkan NIK/KTP-el)',
      en: 'Active JKN membership number and digital JKN card (showing the NIK/KTP-el is enough at the clinic)',
    },
    complaintChannels: [{ kind: 'phone', contact: '165' }],
    legalBasis: [
      { title: 'Undang-Undang Nomor 40 Tahun 2004 tentang Sistem Jaminan Sosial Nasional' },
      { title: 'Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial' },
      { title: 'Peraturan Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan' },
      { title: 'Peraturan Presiden Nomor 64 Tahun 2020 tentang Perubahan Kedua atas Peraturan Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan' },
      { title: 'Peraturan Presiden Nomor 59 Tahun 2024 tentang Perubahan Ketiga atas Peraturan Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan' },
    ],
    popular: true,
  },
  {
    slug: 'perubahan-data-dan-pindah-faskes-bpjs-kesehatan',
    title: {
      id: 'Perubahan Data Peserta dan Pindah Faskes BPJS Kesehatan',
      en: 'Changing BPJS Kesehatan member data and primary clinic',
    },
    summary: {
      id: 'Pembaruan data peserta JKN (alamat, nomor telepon, susunan keluarga, kelas perawatan) dan penggantian fasilitas kesehatan tingkat pertama (FKTP), misalnya karena pindah domisili.',
      en: 'Updating JKN member details (address, phone number, family members, care class) and changing the registered primary clinic (FKTP), for example after moving house.',
    },
    agency: 'bpjs-kesehatan',
    category: 'jaminan-sosial',
    lifeEvents: ['pindah-domisili', 'sakit-berobat', 'pernikahan'],
    channels: {
      counter: true,
      online: true,
      externalUrl: 'https://www.bpjs-kesehatan.go.id',
      externalLabel: 'BPJS Kesehatan / aplikasi Mobile JKN',
    },
    requirements: [
      {
        document: { id: 'KTP-el peserta', en: "Member's electronic ID card (KTP-el)" },
        form: 'original',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Kartu Keluarga (KK) terbaru', en: 'Latest family card (Kartu Keluarga)' },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Kartu JKN atau nomor peserta', en: 'JKN card or membership number' },
        form: 'original',
        count: 1,
        mandatory: false,
        note: {
          id: 'Kartu digital di aplikasi Mobile JKN juga diterima.',
          en: 'The digital card in the Mobile JKN app is also accepted.',
        },
      },
      {
        document: { id: 'Formulir Daftar Isian Peserta (DIP) untuk perubahan data', en: 'Member data form (Daftar Isian Peserta) for the change' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Dokumen pendukung perubahan (misalnya buku nikah, akta kelahiran, atau akta cerai)', en: 'Supporting document for the change (for example marriage book, birth certificate or divorce certificate)' },
        form: 'copy',
        count: 1,
        mandatory: false,
        note: {
          id: 'Diperlukan bila menambah atau mengurangi anggota keluarga atau mengubah identitas.',
          en: 'Needed when adding or removing family members or changing identity details.',
        },
      },
    ],
    procedure: [
      { title: { id: 'Mengambil nomor antrean dan mengisi formulir perubahan data', en: 'Take a queue number and fill in the change form' }, actor: 'citizen' },
      { title: { id: 'Memverifikasi identitas peserta dan dokumen pendukung', en: 'Verify the member\'s identity and supporting documents' }, actor: 'officer' },
      { title: { id: 'Memeriksa syarat pindah FKTP (minimal 3 bulan di FKTP lama) atau pindah kelas (minimal 1 tahun di kelas lama)', en: 'Check the conditions for changing clinic (at least 3 months at the current clinic) or class (at least 1 year in the current class)' }, actor: 'officer' },
      { title: { id: 'Memperbarui data peserta di sistem kepesertaan', en: 'Update the member record in the membership system' }, actor: 'officer' },
      { title: { id: 'Data baru tampil di aplikasi Mobile JKN', en: 'The updated details appear in the Mobile JKN app' }, actor: 'system' },
    ],
    duration: {
      value: 1,
      unit: 'working-days',
      note: {
        id: 'Perubahan direkam pada hari yang sama. FKTP baru umumnya berlaku mulai bulan berikutnya.',
        en: 'The change is recorded the same day. A new primary clinic usually takes effect from the following month.',
      },
    },
    fee: {
      amount: 0,
      note: {
        id: 'Tidak dipungut biaya. Perubahan kelas perawatan mengubah besaran iuran bulanan sejak bulan berlakunya.',
        en: 'Free of charge. Changing the care class changes the monthly contribution from the month it takes effect.',
      },
    },
    product: {
      id: 'Data kepesertaan JKN yang diperbarui dan FKTP baru yang tercantum pada Kartu JKN digital',
      en: 'Updated JKN membership record with the new primary clinic shown on the digital JKN card',
    },
    complaintChannels: [{ kind: 'phone', contact: '165' }],
    legalBasis: [
      { title: 'Undang-Undang Nomor 40 Tahun 2004 tentang Sistem Jaminan Sosial Nasional' },
      { title: 'Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial' },
      { title: 'Peraturan Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan' },
      { title: 'Peraturan Presiden Nomor 59 Tahun 2024 tentang Perubahan Ketiga atas Peraturan Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan' },
    ],
  },
  {
    slug: 'pendaftaran-peserta-bpjs-ketenagakerjaan-bukan-penerima-upah',
    title: {
      id: 'Pendaftaran Peserta BPJS Ketenagakerjaan Bukan Penerima Upah (BPU)',
      en: 'BPJS Ketenagakerjaan registration for non-wage workers (BPU)',
    },
    summary: {
      id: 'Pendaftaran jaminan sosial ketenagakerjaan bagi pekerja mandiri dan sektor informal, seperti pedagang, petani, nelayan, pengemudi ojek, dan pekerja lepas. Program wajib: Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian (JKM); Jaminan Hari Tua (JHT) dapat dipilih.',
      en: "Workers' social security registration for the self-employed and informal workers such as traders, farmers, fishers, motorbike-taxi drivers and freelancers. Work-accident (JKK) and death (JKM) cover are compulsory; old-age savings (JHT) are optional.",
    },
    agency: 'bpjs-ketenagakerjaan',
    category: 'jaminan-sosial',
    lifeEvents: ['memulai-usaha', 'mencari-kerja'],
    channels: {
      counter: true,
      online: true,
      externalUrl: 'https://www.bpjsketenagakerjaan.go.id',
      externalLabel: 'BPJS Ketenagakerjaan / aplikasi JMO',
    },
    requirements: [
      {
        document: { id: 'KTP-el', en: 'Electronic ID card (KTP-el)' },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Kartu Keluarga (KK)', en: 'Family card (Kartu Keluarga)' },
        form: 'copy',
        count: 1,
        mandatory: false,
        note: {
          id: 'Untuk mencatat ahli waris penerima manfaat JKM.',
          en: 'Used to record the heirs who would receive the death benefit.',
        },
      },
      {
        document: { id: 'Formulir pendaftaran peserta Bukan Penerima Upah', en: 'Non-wage worker registration form' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
        note: {
          id: 'Memuat jenis pekerjaan, perkiraan penghasilan per bulan, dan program yang dipilih.',
          en: 'States the type of work, estimated monthly income and the programmes chosen.',
        },
      },
      {
        document: { id: 'Nomor telepon seluler dan alamat surel aktif', en: 'Active mobile phone number and e-mail address' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
      },
    ],
    procedure: [
      { title: { id: 'Mengisi formulir pendaftaran dan memilih program serta besaran penghasilan', en: 'Fill in the registration form and choose the programmes and income bracket' }, actor: 'citizen' },
      { title: { id: 'Memverifikasi NIK dan data pendaftaran', en: 'Verify the NIK and registration data' }, actor: 'officer' },
      { title: { id: 'Merekam kepesertaan dan menerbitkan kode iuran', en: 'Record the membership and issue a payment code' }, actor: 'system' },
      { title: { id: 'Membayar iuran pertama melalui kanal pembayaran yang tersedia', en: 'Pay the first contribution through an available payment channel' }, actor: 'citizen' },
      { title: { id: 'Menerbitkan nomor peserta (KPJ) dan kartu digital di aplikasi JMO', en: 'Issue the membership number (KPJ) and the digital card in the JMO app' }, actor: 'system' },
    ],
    duration: {
      value: 30,
      unit: 'minutes',
      note: {
        id: 'Perlindungan berlaku setelah iuran pertama dibayar.',
        en: 'Cover starts once the first contribution has been paid.',
      },
    },
    fee: {
      amount: 0,
      basis: 'Peraturan Pemerintah Nomor 44 Tahun 2015 tentang Penyelenggaraan Program Jaminan Kecelakaan Kerja dan Jaminan Kematian sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 82 Tahun 2019',
      note: {
        id: 'Pendaftaran tidak dipungut biaya. Iuran bulanan: JKK 1% dari penghasilan yang dilaporkan, JKM Rp6.800, dan JHT 2% bila dipilih. Iuran terendah untuk JKK dan JKM sekitar Rp16.800 per bulan.',
        en: 'Registration is free. Monthly contributions: JKK 1% of declared income, JKM Rp6,800, and JHT 2% if chosen. The lowest contribution for JKK and JKM together is about Rp16,800 a month.',
      },
    },
    product: {
      id: 'Nomor peserta BPJS Ketenagakerjaan (KPJ) dan kartu peserta digital',
      en: 'BPJS Ketenagakerjaan membership number (KPJ) and digital membership card',
    },
    complaintChannels: [{ kind: 'phone', contact: '175' }],
    legalBasis: [
      { title: 'Undang-Undang Nomor 40 Tahun 2004 tentang Sistem Jaminan Sosial Nasional' },
      { title: 'Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial' },
      { title: 'Peraturan Pemerintah Nomor 44 Tahun 2015 tentang Penyelenggaraan Program Jaminan Kecelakaan Kerja dan Jaminan Kematian sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 82 Tahun 2019' },
      { title: 'Peraturan Menteri Ketenagakerjaan Nomor 5 Tahun 2021 tentang Tata Cara Penyelenggaraan Program Jaminan Kecelakaan Kerja, Jaminan Kematian, dan Jaminan Hari Tua' },
    ],
  },
  {
    slug: 'klaim-jaminan-hari-tua-jht',
    title: {
      id: 'Klaim Jaminan Hari Tua (JHT)',
      en: 'Old-age savings (JHT) claim',
    },
    summary: {
      id: 'Pencairan saldo Jaminan Hari Tua BPJS Ketenagakerjaan karena mencapai usia pensiun, mengundurkan diri, terkena pemutusan hubungan kerja, meninggalkan Indonesia selamanya, cacat total tetap, atau meninggal dunia.',
      en: 'Payout of the BPJS Ketenagakerjaan old-age savings balance on reaching retirement age, resigning, being dismissed, leaving Indonesia permanently, total permanent disability or death.',
    },
    agency: 'bpjs-ketenagakerjaan',
    category: 'jaminan-sosial',
    lifeEvents: ['pensiun', 'mencari-kerja', 'kematian'],
    channels: {
      counter: true,
      online: true,
      externalUrl: 'https://www.bpjsketenagakerjaan.go.id',
      externalLabel: 'BPJS Ketenagakerjaan / aplikasi JMO',
    },
    requirements: [
      {
        document: { id: 'Kartu peserta BPJS Ketenagakerjaan', en: 'BPJS Ketenagakerjaan membership card' },
        form: 'original',
        count: 1,
        mandatory: true,
        note: {
          id: 'Kartu digital di aplikasi JMO juga diterima.',
          en: 'The digital card in the JMO app is also accepted.',
        },
      },
      {
        document: { id: 'KTP-el', en: 'Electronic ID card (KTP-el)' },
        form: 'original',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Surat keterangan berhenti bekerja (paklaring), surat pengunduran diri, atau bukti pemutusan hubungan kerja dari pemberi kerja', en: 'Employment termination letter (paklaring), resignation letter or proof of dismissal from the employer' },
        form: 'original',
        count: 1,
        mandatory: true,
        note: {
          id: 'Untuk klaim karena usia pensiun, cacat, atau meninggal dunia diganti dengan dokumen sesuai alasan klaim (misalnya surat keterangan kematian dan surat keterangan ahli waris).',
          en: 'For claims on retirement, disability or death this is replaced by the document for that reason (for example a death certificate and a statement of heirs).',
        },
      },
      {
        document: { id: 'Buku tabungan atas nama peserta', en: "Bank passbook in the member's name" },
        form: 'original',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Kartu Keluarga (KK)', en: 'Family card (Kartu Keluarga)' },
        form: 'original',
        count: 1,
        mandatory: false,
        note: {
          id: 'Diperlukan antara lain bila klaim diajukan ahli waris.',
          en: 'Needed among other cases when heirs make the claim.',
        },
      },
      {
        document: { id: 'NPWP', en: 'Taxpayer identification number (NPWP)' },
        form: 'original',
        count: 1,
        mandatory: false,
        note: {
          id: 'Bila saldo JHT yang dicairkan di atas Rp50 juta.',
          en: 'If the JHT balance paid out is above Rp50 million.',
        },
      },
    ],
    procedure: [
      { title: { id: 'Mengajukan klaim di kantor cabang, melalui Lapak Asik, atau aplikasi JMO dan mengunggah/menyerahkan dokumen', en: 'Submit the claim at a branch office, through Lapak Asik or the JMO app, and hand in or upload the documents' }, actor: 'citizen' },
      { title: { id: 'Memverifikasi dokumen dan mewawancarai peserta (tatap muka atau panggilan video)', en: 'Verify the documents and interview the member (in person or by video call)' }, actor: 'officer' },
      { title: { id: 'Menetapkan persetujuan klaim dan besaran manfaat beserta pengembangannya', en: 'Approve the claim and set the benefit amount including returns' }, actor: 'official' },
      { title: { id: 'Mentransfer saldo JHT ke rekening peserta', en: "Transfer the JHT balance to the member's bank account" }, actor: 'system' },
      { title: { id: 'Menerima notifikasi pembayaran dan rincian saldo', en: 'Receive the payment notice and balance statement' }, actor: 'citizen' },
    ],
    duration: {
      value: 5,
      unit: 'working-days',
      note: {
        id: 'Sejak berkas lengkap dan terverifikasi. Klaim karena mengundurkan diri atau PHK baru dapat dibayarkan setelah masa tunggu 1 bulan sejak tanggal berhenti bekerja.',
        en: 'From the date the file is complete and verified. Claims after resignation or dismissal can only be paid after a one-month waiting period from the last day of work.',
      },
    },
    fee: {
      amount: 0,
      basis: 'Peraturan Menteri Ketenagakerjaan Nomor 4 Tahun 2022 tentang Tata Cara dan Persyaratan Pembayaran Manfaat Jaminan Hari Tua',
      note: {
        id: 'Pengajuan klaim tidak dipungut biaya. Manfaat JHT yang dibayar sekaligus dikenai PPh final sesuai ketentuan perpajakan.',
        en: 'Claiming is free of charge. A lump-sum JHT payout is subject to final income tax under the tax rules.',
      },
    },
    product: {
      id: 'Pembayaran saldo JHT ke rekening peserta beserta bukti pembayaran dan rincian saldo',
      en: "JHT balance paid into the member's bank account, with payment receipt and balance statement",
    },
    complaintChannels: [{ kind: 'phone', contact: '175' }],
    legalBasis: [
      { title: 'Undang-Undang Nomor 40 Tahun 2004 tentang Sistem Jaminan Sosial Nasional' },
      { title: 'Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial' },
      { title: 'Peraturan Pemerintah Nomor 46 Tahun 2015 tentang Penyelenggaraan Program Jaminan Hari Tua sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 60 Tahun 2015' },
      { title: 'Peraturan Menteri Ketenagakerjaan Nomor 4 Tahun 2022 tentang Tata Cara dan Persyaratan Pembayaran Manfaat Jaminan Hari Tua' },
    ],
  },
  {
    slug: 'kartu-pencari-kerja-ak1',
    title: {
      id: 'Kartu Tanda Bukti Pendaftaran Pencari Kerja (Kartu AK/1)',
      en: 'Job-seeker registration card (Kartu AK/1)',
    },
    summary: {
      id: 'Pendaftaran pencari kerja di dinas ketenagakerjaan kabupaten/kota untuk memperoleh Kartu AK/1 ("kartu kuning"), yang sering diminta sebagai syarat melamar kerja, termasuk seleksi CPNS dan BUMN.',
      en: 'Registration as a job seeker at the regency/city labour office to obtain the AK/1 card (the "yellow card"), which is often required when applying for jobs, including civil-service and state-enterprise recruitment.',
    },
    agency: 'disnaker',
    category: 'ketenagakerjaan',
    lifeEvents: ['mencari-kerja'],
    channels: {
      counter: true,
      online: true,
    },
    requirements: [
      {
        document: { id: 'KTP-el domisili kabupaten/kota setempat', en: 'Electronic ID card (KTP-el) showing residence in the regency/city' },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
        note: {
          id: 'Pencari kerja berusia paling rendah 18 tahun.',
          en: 'Job seekers must be at least 18 years old.',
        },
      },
      {
        document: { id: 'Ijazah pendidikan terakhir', en: 'Most recent school or university diploma' },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Pas foto berwarna ukuran 3x4 cm', en: 'Colour passport photo, 3x4 cm' },
        form: 'original',
        count: 2,
        mandatory: true,
      },
      {
        document: { id: 'Sertifikat kompetensi atau pelatihan kerja', en: 'Competency or job-training certificate' },
        form: 'copy',
        count: 1,
        mandatory: false,
      },
      {
        document: { id: 'Surat keterangan pengalaman kerja', en: 'Work experience letter' },
        form: 'copy',
        count: 1,
        mandatory: false,
      },
    ],
    procedure: [
      { title: { id: 'Mendaftar secara daring di sistem informasi ketenagakerjaan atau mengisi formulir di loket', en: 'Register online in the labour-market information system or fill in the form at the desk' }, actor: 'citizen' },
      { title: { id: 'Memverifikasi identitas, ijazah, dan data pencari kerja', en: 'Verify the identity, diploma and job-seeker data' }, actor: 'officer' },
      { title: { id: 'Merekam data dan menerbitkan nomor pendaftaran pencari kerja', en: 'Record the data and issue a job-seeker registration number' }, actor: 'system' },
      { title: { id: 'Menandatangani dan mencetak Kartu AK/1', en: 'Sign and print the AK/1 card' }, actor: 'official' },
      { title: { id: 'Menerima Kartu AK/1 dan melapor kembali setiap 6 bulan selama belum bekerja', en: 'Receive the AK/1 card and report back every 6 months while still unemployed' }, actor: 'citizen' },
    ],
    duration: {
      value: 30,
      unit: 'minutes',
      note: {
        id: 'Bila berkas lengkap, kartu selesai pada hari yang sama. Kartu AK/1 berlaku 2 tahun dengan kewajiban lapor setiap 6 bulan.',
        en: 'With a complete file the card is ready the same day. The AK/1 card is valid for 2 years and the holder must report every 6 months.',
      },
    },
    fee: {
      amount: 0,
      basis: 'Peraturan Menteri Ketenagakerjaan Nomor 39 Tahun 2016 tentang Penempatan Tenaga Kerja',
      note: {
        id: 'Tidak dipungut biaya.',
        en: 'Free of charge.',
      },
    },
    product: {
      id: 'Kartu Tanda Bukti Pendaftaran Pencari Kerja (Kartu AK/1)',
      en: 'Job-seeker registration card (Kartu AK/1)',
    },
    legalBasis: [
      { title: 'Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan sebagaimana telah diubah dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang' },
      { title: 'Peraturan Pemerintah Nomor 33 Tahun 2013 tentang Perluasan Kesempatan Kerja' },
      { title: 'Peraturan Menteri Ketenagakerjaan Nomor 39 Tahun 2016 tentang Penempatan Tenaga Kerja' },
    ],
    popular: true,
  },
  {
    slug: 'pemasangan-sambungan-baru-air-minum',
    title: {
      id: 'Pemasangan Sambungan Baru Air Minum',
      en: 'New piped water connection',
    },
    summary: {
      id: 'Permohonan sambungan langganan air minum perpipaan baru dari Perusahaan Umum Daerah (Perumda) Air Minum untuk rumah tinggal, usaha, atau instansi di wilayah yang sudah terjangkau jaringan pipa.',
      en: 'Application for a new piped water connection from the regional water utility (Perumda Air Minum) for a home, business or institution in an area already served by the pipe network.',
    },
    agency: 'pdam',
    category: 'utilitas',
    lifeEvents: ['membangun-rumah', 'pindah-domisili'],
    channels: {
      counter: true,
      online: true,
    },
    requirements: [
      {
        document: { id: 'KTP-el pemohon', en: "Applicant's electronic ID card (KTP-el)" },
        form: 'copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Formulir permohonan sambungan baru', en: 'New connection application form' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Bukti kepemilikan atau penguasaan bangunan (misalnya SPPT PBB, sertifikat, atau perjanjian sewa)', en: 'Proof of ownership or occupancy of the building (for example land tax bill, land certificate or lease)' },
        form: 'copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Denah atau titik lokasi rumah', en: 'Site sketch or map location of the property' },
        form: 'original',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Rekening listrik terakhir', en: 'Latest electricity bill' },
        form: 'copy',
        count: 1,
        mandatory: false,
        note: {
          id: 'Diminta oleh sebagian Perumda untuk menentukan golongan tarif pelanggan.',
          en: 'Some utilities ask for it to set the customer tariff group.',
        },
      },
      {
        document: { id: 'Surat pernyataan bersedia mematuhi ketentuan berlangganan', en: 'Signed statement agreeing to the terms of service' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
      },
    ],
    procedure: [
      { title: { id: 'Mengisi formulir permohonan dan menyerahkan dokumen', en: 'Fill in the application form and hand in the documents' }, actor: 'citizen' },
      { title: { id: 'Melakukan survei lokasi untuk memastikan jangkauan jaringan dan kebutuhan pipa', en: 'Survey the site to confirm network coverage and pipe needs' }, actor: 'officer' },
      { title: { id: 'Menetapkan biaya pemasangan dan golongan tarif pelanggan', en: 'Set the installation cost and customer tariff group' }, actor: 'official' },
      { title: { id: 'Membayar biaya pemasangan', en: 'Pay the installation cost' }, actor: 'citizen' },
      { title: { id: 'Memasang pipa dinas dan meter air', en: 'Install the service pipe and water meter' }, actor: 'officer' },
      { title: { id: 'Menandatangani berita acara pemasangan dan mulai tercatat sebagai pelanggan', en: 'Sign the installation report and become a registered customer' }, actor: 'citizen' },
    ],
    duration: {
      value: 14,
      unit: 'working-days',
      note: {
        id: 'Perkiraan sejak biaya pemasangan dibayar; waktu pasti ditetapkan standar pelayanan masing-masing Perumda dan bergantung pada kondisi lokasi.',
        en: 'Estimate from payment of the installation cost; the exact time is set by each utility\'s service standard and depends on site conditions.',
      },
    },
    fee: {
      amount: 0,
      variable: true,
      basis: 'Keputusan direksi atau peraturan kepala daerah tentang tarif dan biaya sambungan Perumda Air Minum setempat',
      note: {
        id: 'Biaya pemasangan sambungan baru berbeda di tiap kabupaten/kota dan bergantung pada golongan pelanggan, diameter pipa, serta jarak ke pipa distribusi. Sebagian daerah memiliki program sambungan bersubsidi bagi masyarakat berpenghasilan rendah.',
        en: 'The new connection cost differs between regencies/cities and depends on the customer group, pipe diameter and distance to the distribution main. Some regions run subsidised connection programmes for low-income households.',
      },
    },
    product: {
      id: 'Sambungan air minum terpasang, meter air, dan nomor sambungan pelanggan',
      en: 'Installed water connection, water meter and customer connection number',
    },
    legalBasis: [
      { title: 'Undang-Undang Nomor 17 Tahun 2019 tentang Sumber Daya Air' },
      { title: 'Peraturan Pemerintah Nomor 122 Tahun 2015 tentang Sistem Penyediaan Air Minum' },
      { title: 'Peraturan Menteri Dalam Negeri Nomor 21 Tahun 2020 tentang Perhitungan dan Penetapan Tarif Air Minum' },
    ],
  },
  {
    slug: 'pasang-baru-dan-tambah-daya-listrik',
    title: {
      id: 'Pasang Baru dan Tambah Daya Listrik',
      en: 'New electricity connection and power upgrade',
    },
    summary: {
      id: 'Permohonan sambungan listrik baru atau penambahan daya dari PT PLN (Persero) untuk rumah tangga, usaha, atau bangunan lain, baik prabayar (token) maupun pascabayar.',
      en: 'Application to PT PLN (Persero) for a new electricity connection or a higher power limit for a home, business or other building, either prepaid (token) or postpaid.',
    },
    agency: 'pln',
    category: 'utilitas',
    lifeEvents: ['membangun-rumah', 'pindah-domisili', 'memulai-usaha'],
    channels: {
      counter: true,
      online: true,
      externalUrl: 'https://www.pln.co.id',
      externalLabel: 'PLN / aplikasi PLN Mobile',
    },
    requirements: [
      {
        document: { id: 'KTP-el pemohon', en: "Applicant's electronic ID card (KTP-el)" },
        form: 'original',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Alamat lengkap dan titik koordinat lokasi', en: 'Full address and map coordinates of the site' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Nomor ID pelanggan atau nomor meter', en: 'Customer ID or meter number' },
        form: 'fill-in-form',
        count: 1,
        mandatory: false,
        note: {
          id: 'Wajib untuk permohonan tambah daya.',
          en: 'Required for a power upgrade.',
        },
      },
      {
        document: { id: 'Sertifikat Laik Operasi (SLO) instalasi listrik', en: 'Certificate of operational worthiness (SLO) for the wiring' },
        form: 'digital',
        count: 1,
        mandatory: true,
        note: {
          id: 'Diterbitkan lembaga inspeksi teknik terakreditasi setelah instalasi diperiksa; diperlukan sebelum penyambungan.',
          en: 'Issued by an accredited technical inspection body after the wiring is inspected; needed before the power is connected.',
        },
      },
      {
        document: { id: 'Nomor telepon seluler dan alamat surel aktif', en: 'Active mobile phone number and e-mail address' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
      },
    ],
    procedure: [
      { title: { id: 'Mengajukan permohonan di loket atau aplikasi PLN Mobile dan memilih daya serta jenis layanan', en: 'Apply at the desk or in the PLN Mobile app and choose the power limit and prepaid or postpaid' }, actor: 'citizen' },
      { title: { id: 'Menerbitkan nomor registrasi dan tagihan biaya penyambungan', en: 'Issue a registration number and the connection fee bill' }, actor: 'system' },
      { title: { id: 'Membayar biaya penyambungan melalui kanal pembayaran resmi', en: 'Pay the connection fee through an official payment channel' }, actor: 'citizen' },
      { title: { id: 'Memastikan instalasi telah memiliki SLO', en: 'Make sure the wiring has an SLO certificate' }, actor: 'citizen' },
      { title: { id: 'Memasang atau mengganti kWh meter dan menyambungkan listrik', en: 'Install or replace the kWh meter and connect the power' }, actor: 'officer' },
      { title: { id: 'Menyalakan listrik dan menerbitkan ID pelanggan', en: 'Switch on the supply and issue the customer ID' }, actor: 'system' },
    ],
    duration: {
      value: 5,
      unit: 'working-days',
      note: {
        id: 'Perkiraan untuk tegangan rendah tanpa perluasan jaringan, sejak biaya dibayar dan SLO tersedia. Permohonan yang memerlukan perluasan jaringan atau tegangan menengah membutuhkan waktu lebih lama.',
        en: 'Estimate for low-voltage connections that need no network extension, counted from payment and SLO. Requests needing network extension or medium voltage take longer.',
      },
    },
    fee: {
      amount: 0,
      variable: true,
      basis: 'Peraturan Menteri Energi dan Sumber Daya Mineral Nomor 28 Tahun 2016 tentang Tarif Tenaga Listrik yang Disediakan oleh PT Perusahaan Listrik Negara (Persero) sebagaimana telah diubah',
      note: {
        id: 'Biaya penyambungan dihitung per VA sesuai daya dan golongan tarif. Pelanggan pascabayar juga membayar uang jaminan langganan. Biaya SLO dibayar terpisah kepada lembaga inspeksi teknik.',
        en: 'The connection fee is charged per VA according to the power limit and tariff group. Postpaid customers also pay a subscription deposit. The SLO inspection fee is paid separately to the inspection body.',
      },
    },
    product: {
      id: 'Sambungan listrik aktif dengan kWh meter dan ID pelanggan PLN',
      en: 'Live electricity connection with a kWh meter and PLN customer ID',
    },
    complaintChannels: [{ kind: 'phone', contact: '123' }],
    legalBasis: [
      { title: 'Undang-Undang Nomor 30 Tahun 2009 tentang Ketenagalistrikan' },
      { title: 'Peraturan Pemerintah Nomor 14 Tahun 2012 tentang Kegiatan Usaha Penyediaan Tenaga Listrik' },
      { title: 'Peraturan Menteri Energi dan Sumber Daya Mineral Nomor 28 Tahun 2016 tentang Tarif Tenaga Listrik yang Disediakan oleh PT Perusahaan Listrik Negara (Persero)' },
      { title: 'Peraturan Menteri Energi dan Sumber Daya Mineral Nomor 27 Tahun 2017 tentang Tingkat Mutu Pelayanan dan Biaya yang Terkait dengan Penyaluran Tenaga Listrik oleh PT Perusahaan Listrik Negara (Persero)' },
    ],
  },
  {
    slug: 'pendaftaran-nikah-di-kua',
    title: {
      id: 'Pendaftaran Nikah di KUA',
      en: 'Marriage registration at the KUA',
    },
    summary: {
      id: 'Pendaftaran kehendak nikah bagi calon pengantin beragama Islam di Kantor Urusan Agama (KUA) kecamatan tempat akad, sampai pencatatan nikah dan penerbitan buku nikah.',
      en: 'Registration of the intention to marry for Muslim couples at the district religious affairs office (KUA) where the ceremony takes place, through to recording of the marriage and issue of the marriage book.',
    },
    agency: 'kemenag',
    category: 'agama-perkawinan',
    lifeEvents: ['pernikahan'],
    channels: {
      counter: true,
      online: true,
      externalUrl: 'https://simkah4.kemenag.go.id',
      externalLabel: 'SIMKAH Kemenag',
    },
    requirements: [
      {
        document: { id: 'Surat pengantar nikah dari desa/kelurahan tempat tinggal (formulir model N1)', en: 'Marriage cover letter from the village/urban ward of residence (form model N1)' },
        form: 'original',
        count: 1,
        mandatory: true,
        note: {
          id: 'Bila akad dilaksanakan di luar kecamatan tempat tinggal, lampirkan juga surat rekomendasi nikah dari KUA asal.',
          en: 'If the ceremony is held outside the home district, also attach a marriage recommendation letter from the home KUA.',
        },
      },
      {
        document: { id: 'KTP-el, Kartu Keluarga, dan akta kelahiran calon pengantin', en: "Bride's and groom's electronic ID cards, family cards and birth certificates" },
        form: 'copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Surat persetujuan calon pengantin', en: 'Signed consent of the bride and groom' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Surat keterangan sehat dari fasilitas pelayanan kesehatan', en: 'Health certificate from a health facility' },
        form: 'original',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Izin tertulis orang tua atau wali', en: 'Written permission of parents or guardian' },
        form: 'fill-in-form',
        count: 1,
        mandatory: false,
        note: {
          id: 'Bagi calon pengantin yang belum berusia 21 tahun. Yang belum berusia 19 tahun juga memerlukan penetapan dispensasi kawin dari pengadilan agama.',
          en: 'For a bride or groom under 21. Anyone under 19 also needs a marriage dispensation from the religious court.',
        },
      },
      {
        document: { id: 'Dokumen status khusus: akta cerai, akta kematian pasangan, izin atasan (TNI/Polri), atau penetapan izin poligami', en: "Documents for special cases: divorce certificate, spouse's death certificate, commanding officer's permission (military/police) or court permission for polygamy" },
        form: 'copy',
        count: 1,
        mandatory: false,
        note: {
          id: 'Sesuai status masing-masing calon pengantin.',
          en: 'According to the status of each partner.',
        },
      },
    ],
    procedure: [
      { title: { id: 'Mendaftarkan kehendak nikah di KUA atau melalui SIMKAH dan menyerahkan dokumen, paling lambat 10 hari kerja sebelum akad', en: 'Register the intention to marry at the KUA or through SIMKAH and hand in the documents, at least 10 working days before the ceremony' }, actor: 'citizen' },
      { title: { id: 'Membayar PNBP nikah melalui bank bila akad di luar KUA atau di luar hari dan jam kerja', en: 'Pay the marriage fee at a bank if the ceremony is outside the KUA or outside working hours' }, actor: 'citizen' },
      { title: { id: 'Memeriksa dokumen dan data calon suami, calon istri, serta wali nikah', en: 'Examine the documents and the details of the groom, bride and marriage guardian (wali)' }, actor: 'officer' },
      { title: { id: 'Mengikuti bimbingan perkawinan', en: 'Attend the pre-marriage guidance course' }, actor: 'citizen' },
      { title: { id: 'Mengumumkan kehendak nikah', en: 'Publish the notice of intended marriage' }, actor: 'officer' },
      { title: { id: 'Menghadiri dan mencatat akad nikah', en: 'Attend and record the marriage ceremony' }, actor: 'official' },
      { title: { id: 'Menyerahkan buku nikah dan kartu nikah elektronik kepada pasangan', en: 'Hand the marriage book and electronic marriage card to the couple' }, actor: 'officer' },
    ],
    duration: {
      value: 10,
      unit: 'working-days',
      note: {
        id: 'Pendaftaran paling lambat 10 hari kerja sebelum akad. Bila kurang, diperlukan dispensasi dari camat atau surat pernyataan bermeterai disertai alasannya. Buku nikah diserahkan setelah akad.',
        en: 'Registration must be at least 10 working days before the ceremony; if later, a dispensation from the district head (camat) or a stamped statement giving the reason is needed. The marriage book is handed over after the ceremony.',
      },
    },
    fee: {
      amount: 0,
      variable: true,
      basis: 'Peraturan Pemerintah Nomor 59 Tahun 2018 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang Berlaku pada Kementerian Agama',
      note: {
        id: 'Rp0 bila akad dilaksanakan di KUA pada hari dan jam kerja. Rp600.000 bila akad di luar KUA atau di luar hari dan jam kerja, disetor ke kas negara melalui bank. Warga tidak mampu dan korban bencana dapat dikenai tarif Rp0 di luar KUA dengan surat keterangan.',
        en: 'Rp0 if the ceremony is held at the KUA during working days and hours. Rp600,000 if it is held elsewhere or outside working hours, paid to the state treasury through a bank. Poor households and disaster victims can be charged Rp0 outside the KUA with a supporting letter.',
      },
    },
    product: {
      id: 'Buku nikah (kutipan akta nikah) dan kartu nikah elektronik',
      en: 'Marriage book (extract of the marriage certificate) and electronic marriage card',
    },
    legalBasis: [
      { title: 'Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan sebagaimana telah diubah dengan Undang-Undang Nomor 16 Tahun 2019' },
      { title: 'Peraturan Pemerintah Nomor 9 Tahun 1975 tentang Pelaksanaan Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan' },
      { title: 'Peraturan Pemerintah Nomor 59 Tahun 2018 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang Berlaku pada Kementerian Agama' },
      { title: 'Peraturan Menteri Agama Nomor 30 Tahun 2024 tentang Pencatatan Pernikahan' },
    ],
  },
  {
    slug: 'itsbat-nikah-pengesahan-nikah',
    title: {
      id: 'Itsbat Nikah (Pengesahan Nikah)',
      en: 'Marriage validation (itsbat nikah)',
    },
    summary: {
      id: 'Permohonan ke pengadilan agama untuk mengesahkan pernikahan menurut agama Islam yang belum dicatat di KUA (misalnya nikah siri atau buku nikah tidak terbit), agar pernikahan dapat dicatat dan memperoleh buku nikah serta akta kelahiran anak yang mencantumkan kedua orang tua.',
      en: 'Petition to the religious court to validate an Islamic marriage that was never recorded at the KUA (for example an unregistered "siri" marriage), so it can be recorded, a marriage book issued and children\'s birth certificates can name both parents.',
    },
    agency: 'pengadilan-agama',
    category: 'hukum',
    lifeEvents: ['pernikahan', 'kelahiran'],
    channels: {
      counter: true,
      online: true,
      externalUrl: 'https://ecourt.mahkamahagung.go.id',
      externalLabel: 'e-Court Mahkamah Agung',
    },
    requirements: [
      {
        document: { id: 'Surat permohonan itsbat nikah', en: 'Written petition for marriage validation' },
        form: 'original',
        count: 1,
        mandatory: true,
        note: {
          id: 'Diajukan bersama oleh suami dan istri; petugas pos bantuan hukum (posbakum) di pengadilan dapat membantu menyusunnya.',
          en: 'Filed jointly by husband and wife; the court legal-aid post (posbakum) can help draft it.',
        },
      },
      {
        document: { id: 'KTP-el suami dan istri', en: "Husband's and wife's electronic ID cards (KTP-el)" },
        form: 'copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Kartu Keluarga (KK)', en: 'Family card (Kartu Keluarga)' },
        form: 'copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Surat keterangan dari KUA kecamatan bahwa pernikahan tidak tercatat', en: 'Letter from the district KUA stating that the marriage is not on record' },
        form: 'original',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Surat keterangan dari kepala desa/lurah tentang pernikahan pemohon', en: "Letter from the village head/ward chief about the applicants' marriage" },
        form: 'original',
        count: 1,
        mandatory: false,
      },
      {
        document: { id: 'Identitas dua orang saksi yang mengetahui akad nikah', en: 'Identity cards of two witnesses who know of the marriage ceremony' },
        form: 'copy',
        count: 2,
        mandatory: true,
        note: {
          id: 'Saksi wajib hadir memberi keterangan di persidangan. Fotokopi bukti surat untuk persidangan dibubuhi meterai.',
          en: 'The witnesses must attend the hearing and testify. Photocopies used as evidence in court must bear a duty stamp.',
        },
      },
    ],
    procedure: [
      { title: { id: 'Mengajukan permohonan di meja PTSP pengadilan agama atau melalui e-Court', en: "Submit the petition at the court's one-stop desk or through e-Court" }, actor: 'citizen' },
      { title: { id: 'Menaksir panjar biaya perkara dan menerbitkan SKUM', en: 'Assess the advance court fee and issue the payment slip (SKUM)' }, actor: 'officer' },
      { title: { id: 'Membayar panjar biaya perkara melalui bank atau pembayaran elektronik', en: 'Pay the advance court fee at a bank or electronically' }, actor: 'citizen' },
      { title: { id: 'Mendaftarkan perkara, menunjuk majelis hakim, dan mengumumkan permohonan selama 14 hari', en: 'Register the case, assign the judges and publish the petition for 14 days' }, actor: 'official' },
      { title: { id: 'Menghadiri sidang dengan membawa bukti surat dan dua orang saksi', en: 'Attend the hearing with documentary evidence and two witnesses' }, actor: 'citizen' },
      { title: { id: 'Menjatuhkan penetapan pengesahan nikah', en: 'Issue the court order validating the marriage' }, actor: 'official' },
      { title: { id: 'Menyerahkan salinan penetapan untuk dicatatkan di KUA', en: 'Hand over a copy of the order for recording at the KUA' }, actor: 'officer' },
    ],
    duration: {
      value: 30,
      unit: 'days',
      note: {
        id: 'Perkiraan sejak pendaftaran, termasuk masa pengumuman 14 hari dan bergantung pada jadwal sidang. Penetapan berkekuatan hukum tetap 14 hari setelah dibacakan bila tidak ada upaya hukum.',
        en: 'Estimate from registration, including the 14-day notice period and depending on the hearing schedule. The order becomes final 14 days after it is pronounced if no appeal is lodged.',
      },
    },
    fee: {
      amount: 0,
      variable: true,
      basis: 'Peraturan Mahkamah Agung Nomor 3 Tahun 2012 tentang Biaya Proses Penyelesaian Perkara dan Pengelolaan Biaya Perkara pada Mahkamah Agung dan Badan Peradilan yang Berada di Bawahnya; surat keputusan ketua pengadilan agama setempat tentang panjar biaya perkara',
      note: {
        id: 'Panjar biaya perkara ditetapkan oleh masing-masing pengadilan agama dan bergantung terutama pada biaya panggilan sesuai jarak tempat tinggal. Warga tidak mampu dapat mengajukan perkara secara cuma-cuma (prodeo) atau melalui sidang keliling/itsbat nikah terpadu.',
        en: 'The advance court fee is set by each religious court and depends mainly on summons costs by distance from the court. Low-income applicants can apply to proceed free of charge (prodeo) or use mobile or integrated itsbat hearings.',
      },
    },
    product: {
      id: 'Salinan penetapan pengadilan agama tentang pengesahan nikah, sebagai dasar pencatatan nikah dan penerbitan buku nikah di KUA',
      en: 'Copy of the religious court order validating the marriage, used to record the marriage and issue a marriage book at the KUA',
    },
    legalBasis: [
      { title: 'Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan sebagaimana telah diubah dengan Undang-Undang Nomor 16 Tahun 2019' },
      { title: 'Undang-Undang Nomor 7 Tahun 1989 tentang Peradilan Agama sebagaimana telah diubah terakhir dengan Undang-Undang Nomor 50 Tahun 2009' },
      { title: 'Instruksi Presiden Nomor 1 Tahun 1991 tentang Penyebarluasan Kompilasi Hukum Islam' },
      { title: 'Peraturan Mahkamah Agung Nomor 3 Tahun 2012 tentang Biaya Proses Penyelesaian Perkara dan Pengelolaan Biaya Perkara pada Mahkamah Agung dan Badan Peradilan yang Berada di Bawahnya' },
      { title: 'Peraturan Mahkamah Agung Nomor 1 Tahun 2014 tentang Pedoman Pemberian Layanan Hukum bagi Masyarakat Tidak Mampu di Pengadilan' },
    ],
  },
  {
    slug: 'surat-keterangan-terdaftar-dtsen-dan-usulan-bantuan-sosial',
    title: {
      id: 'Surat Keterangan Terdaftar DTSEN (d/h DTKS) dan Usulan Bantuan Sosial',
      en: 'Letter of registration in the social register (DTSEN, formerly DTKS) and proposals for social assistance',
    },
    summary: {
      id: 'Pengecekan dan surat keterangan terdaftar dalam Data Tunggal Sosial dan Ekonomi Nasional (DTSEN, sebelumnya DTKS) untuk keperluan bantuan sosial, PBI Jaminan Kesehatan, atau bantuan pendidikan, serta pengusulan keluarga yang belum terdaftar.',
      en: 'Checking registration in the national socio-economic register (DTSEN, formerly DTKS) and issuing a letter of registration for social assistance, state-paid health insurance or education aid, and proposing households that are not yet registered.',
    },
    agency: 'dinsos',
    category: 'sosial',
    lifeEvents: ['sakit-berobat', 'kematian', 'mencari-kerja'],
    channels: {
      counter: true,
      online: true,
      externalUrl: 'https://cekbansos.kemensos.go.id',
      externalLabel: 'Cek Bansos Kemensos',
    },
    requirements: [
      {
        document: { id: 'KTP-el pemohon', en: "Applicant's electronic ID card (KTP-el)" },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Kartu Keluarga (KK)', en: 'Family card (Kartu Keluarga)' },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Surat pengantar dari desa/kelurahan', en: 'Cover letter from the village/urban ward' },
        form: 'original',
        count: 1,
        mandatory: false,
        note: {
          id: 'Diperlukan untuk usulan keluarga baru; usulan dibahas dalam musyawarah desa/kelurahan.',
          en: 'Needed to propose a new household; proposals are discussed in a village/ward meeting.',
        },
      },
      {
        document: { id: 'Formulir permohonan surat keterangan atau usulan', en: 'Application form for the letter or proposal' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
        note: {
          id: 'Menyebutkan keperluan surat, misalnya pendaftaran PBI Jaminan Kesehatan atau bantuan pendidikan.',
          en: 'States what the letter is for, for example state-paid health insurance or education aid.',
        },
      },
    ],
    procedure: [
      { title: { id: 'Menyerahkan KTP-el, KK, dan formulir permohonan di loket', en: 'Hand in the ID card, family card and application form at the desk' }, actor: 'citizen' },
      { title: { id: 'Mengecek status NIK dan keluarga dalam DTSEN', en: 'Check the NIK and household status in DTSEN' }, actor: 'officer' },
      { title: { id: 'Bila terdaftar, menandatangani surat keterangan terdaftar', en: 'If registered, sign the letter of registration' }, actor: 'official' },
      { title: { id: 'Bila belum terdaftar, mencatat usulan dan meneruskannya ke desa/kelurahan untuk musyawarah dan pendataan', en: 'If not registered, record the proposal and pass it to the village/ward for the community meeting and data entry' }, actor: 'officer' },
      { title: { id: 'Melakukan verifikasi dan validasi lapangan atas keluarga yang diusulkan', en: 'Carry out field verification and validation of the proposed household' }, actor: 'officer' },
      { title: { id: 'Memperbarui data pada pemutakhiran DTSEN berikutnya', en: 'Update the record in the next DTSEN update cycle' }, actor: 'system' },
    ],
    duration: {
      value: 1,
      unit: 'working-days',
      note: {
        id: 'Untuk surat keterangan bagi yang sudah terdaftar. Usulan keluarga baru mengikuti jadwal verifikasi, validasi, dan pemutakhiran data nasional secara berkala.',
        en: 'For a letter to a household already registered. Proposals for new households follow the periodic national verification, validation and update schedule.',
      },
    },
    fee: {
      amount: 0,
      note: {
        id: 'Tidak dipungut biaya.',
        en: 'Free of charge.',
      },
    },
    product: {
      id: 'Surat keterangan terdaftar dalam DTSEN atau tanda terima usulan pendataan',
      en: 'Letter of registration in DTSEN or receipt for the registration proposal',
    },
    legalBasis: [
      { title: 'Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin' },
      { title: 'Peraturan Menteri Sosial Nomor 3 Tahun 2021 tentang Pengelolaan Data Terpadu Kesejahteraan Sosial' },
      { title: 'Instruksi Presiden Nomor 4 Tahun 2025 tentang Data Tunggal Sosial dan Ekonomi Nasional' },
    ],
  },
]
