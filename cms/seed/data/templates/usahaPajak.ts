import type { ServiceTemplateSeed } from '../types'

/**
 * Business licensing, buildings, land and tax services (province templates).
 * Amounts and periods follow the national regulations named in `legalBasis`; where a regency's
 * own Perda sets the amount, the fee is marked `variable` and the note says so.
 */
export const usahaPajakTemplates: ServiceTemplateSeed[] = [
  {
    slug: 'nib-oss',
    title: {
      id: 'Nomor Induk Berusaha (NIB) melalui OSS RBA',
      en: 'Business Identification Number (NIB) through OSS RBA',
    },
    summary: {
      id: 'Pendaftaran pelaku usaha perseorangan maupun badan usaha untuk memperoleh NIB melalui sistem Online Single Submission Berbasis Risiko (OSS RBA). Petugas DPMPTSP di MPP membantu membuat akun dan mengisi data; bagi usaha berisiko rendah, NIB sekaligus berlaku sebagai perizinan berusaha.',
      en: 'Registration of sole traders and companies to obtain the business identification number (NIB) in the risk-based Online Single Submission system (OSS RBA). DPMPTSP staff at the MPP help you create an account and enter your data; for low-risk businesses the NIB is also the business licence.',
    },
    agency: 'dpmptsp',
    category: 'perizinan-usaha',
    lifeEvents: ['memulai-usaha'],
    channels: { counter: true, online: true, externalUrl: 'https://oss.go.id', externalLabel: 'OSS (oss.go.id)' },
    requirements: [
      {
        document: { id: 'KTP-el (NIK) pemilik usaha atau penanggung jawab', en: 'Electronic ID card (NIK) of the owner or person in charge' },
        form: 'digital',
        count: 1,
        mandatory: true,
        note: {
          id: 'NIK harus sudah terdaftar dan padan dengan data Dukcapil.',
          en: 'The NIK must be registered and match the civil registry (Dukcapil) records.',
        },
      },
      {
        document: { id: 'NPWP (NIK sebagai NPWP bagi orang pribadi, NPWP 16 digit bagi badan usaha)', en: 'Tax number (NIK as tax number for individuals, 16-digit NPWP for companies)' },
        form: 'digital',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Alamat surel dan nomor ponsel aktif', en: 'Active e-mail address and mobile phone number' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
        note: {
          id: 'Dipakai untuk membuat hak akses (akun) OSS dan menerima kode verifikasi.',
          en: 'Used to create the OSS account and to receive verification codes.',
        },
      },
      {
        document: { id: 'Data usaha: bidang usaha (KBLI), lokasi, modal usaha, dan jumlah tenaga kerja', en: 'Business data: line of business (KBLI code), location, capital and number of workers' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Akta pendirian dan keputusan pengesahan/pendaftaran badan usaha dari Kementerian Hukum', en: 'Deed of establishment and approval/registration decree of the company from the Ministry of Law' },
        form: 'digital',
        count: 1,
        mandatory: false,
        note: {
          id: 'Hanya untuk badan usaha (PT, CV, koperasi, yayasan, dan sebagainya); data umumnya terhubung otomatis dari sistem AHU.',
          en: 'Companies only (PT, CV, cooperative, foundation and so on); the data is usually pulled automatically from the AHU system.',
        },
      },
      {
        document: { id: 'Pernyataan mandiri kesesuaian pemanfaatan ruang dan komitmen pengelolaan lingkungan', en: 'Self-declaration of spatial-plan compliance and environmental commitment' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
        note: {
          id: 'Usaha mikro dan kecil cukup mengisi pernyataan mandiri di OSS; usaha menengah dan besar mengajukan Persetujuan KKPR.',
          en: 'Micro and small businesses only fill in the self-declaration in OSS; medium and large businesses apply for a spatial-use approval (PKKPR).',
        },
      },
    ],
    procedure: [
      { title: { id: 'Membuat hak akses (akun) di oss.go.id dengan NIK, surel, dan nomor ponsel', en: 'Create an OSS account at oss.go.id with your NIK, e-mail and phone number' }, actor: 'citizen' },
      { title: { id: 'Mengisi data pelaku usaha dan data usaha (KBLI, lokasi, modal, tenaga kerja)', en: 'Enter owner and business data (KBLI, location, capital, workers)' }, actor: 'citizen' },
      { title: { id: 'Sistem memadankan NIK dan NPWP serta menetapkan tingkat risiko usaha', en: 'The system matches the NIK and tax number and sets the risk level of the business' }, actor: 'system' },
      { title: { id: 'Menyetujui pernyataan mandiri dan memeriksa kembali data', en: 'Agree to the self-declarations and review the data' }, actor: 'citizen' },
      { title: { id: 'NIB terbit dan dapat diunduh; usaha berisiko menengah atau tinggi melanjutkan ke Sertifikat Standar atau Izin', en: 'The NIB is issued and can be downloaded; medium- or high-risk businesses continue to a Standard Certificate or Licence' }, actor: 'system' },
    ],
    duration: {
      value: 1,
      unit: 'hours',
      note: {
        id: 'NIB terbit seketika setelah data lengkap dan valid; waktu tersebut termasuk pendampingan di loket.',
        en: 'The NIB is issued instantly once the data is complete and valid; the time includes help at the desk.',
      },
    },
    fee: {
      amount: 0,
      basis: 'Peraturan Pemerintah Nomor 28 Tahun 2025 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko',
      note: {
        id: 'Penerbitan NIB melalui OSS tidak dipungut biaya.',
        en: 'Issuing the NIB through OSS is free of charge.',
      },
    },
    product: {
      id: 'Nomor Induk Berusaha (NIB) dalam bentuk dokumen elektronik',
      en: 'Business Identification Number (NIB) as an electronic document',
    },
    complaintChannels: [
      { kind: 'website', contact: 'https://oss.go.id' },
      { kind: 'lapor', contact: 'https://www.lapor.go.id' },
    ],
    legalBasis: [
      { title: 'Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang' },
      { title: 'Undang-Undang Nomor 25 Tahun 2007 tentang Penanaman Modal' },
      { title: 'Peraturan Pemerintah Nomor 28 Tahun 2025 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko' },
    ],
    popular: true,
  },
  {
    slug: 'pbg',
    title: {
      id: 'Persetujuan Bangunan Gedung (PBG) melalui SIMBG',
      en: 'Building Approval (PBG) through SIMBG',
    },
    summary: {
      id: 'Persetujuan dari pemerintah kabupaten/kota sebelum membangun baru, mengubah, memperluas, mengurangi, atau merawat bangunan gedung, pengganti Izin Mendirikan Bangunan (IMB). Permohonan diajukan melalui Sistem Informasi Manajemen Bangunan Gedung (SIMBG); petugas DPMPTSP di MPP membantu pendaftaran.',
      en: 'Approval from the regency or city before building, altering, extending, reducing or maintaining a building; it replaced the old building permit (IMB). You apply in the national building management system (SIMBG); DPMPTSP staff at the MPP help you register.',
    },
    agency: 'dpmptsp',
    category: 'bangunan-pertanahan',
    lifeEvents: ['membangun-rumah', 'memulai-usaha'],
    channels: { counter: true, online: true, externalUrl: 'https://simbg.pu.go.id', externalLabel: 'SIMBG (simbg.pu.go.id)' },
    requirements: [
      {
        document: { id: 'KTP-el pemilik bangunan', en: "Building owner's electronic ID card" },
        form: 'digital',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Bukti kepemilikan tanah (sertipikat) atau perjanjian pemanfaatan tanah dengan pemegang hak', en: 'Proof of land ownership (certificate) or a land-use agreement with the title holder' },
        form: 'digital',
        count: 1,
        mandatory: true,
        note: {
          id: 'Perjanjian pemanfaatan tanah diperlukan bila pemilik bangunan bukan pemegang hak atas tanah.',
          en: 'A land-use agreement is needed when the building owner does not hold the land title.',
        },
      },
      {
        document: { id: 'Informasi tata ruang: KKPR atau Keterangan Rencana Kabupaten/Kota (KRK)', en: 'Spatial information: spatial-use conformity (KKPR) or regency/city plan statement (KRK)' },
        form: 'digital',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Dokumen rencana teknis: gambar arsitektur, struktur, serta mekanikal, elektrikal, dan perpipaan (MEP)', en: 'Technical design documents: architectural, structural and mechanical, electrical and plumbing (MEP) drawings' },
        form: 'digital',
        count: 1,
        mandatory: true,
        note: {
          id: 'Rumah tinggal sederhana dapat memakai desain prototipe yang disediakan di SIMBG; bangunan lain disusun oleh penyedia jasa perencana konstruksi.',
          en: 'Simple houses may use a prototype design provided in SIMBG; other buildings need drawings from a licensed design consultant.',
        },
      },
      {
        document: { id: 'Data penyedia jasa perencana konstruksi (arsitek dan tenaga ahli bersertifikat)', en: 'Details of the design consultant (licensed architect and certified engineers)' },
        form: 'digital',
        count: 1,
        mandatory: false,
        note: {
          id: 'Tidak diperlukan untuk rumah tinggal sederhana yang memakai desain prototipe.',
          en: 'Not needed for simple houses that use a prototype design.',
        },
      },
      {
        document: { id: 'SPPT PBB-P2 tahun berjalan dan bukti lunasnya', en: 'Current-year land and building tax bill (SPPT PBB-P2) and proof of payment' },
        form: 'digital',
        count: 1,
        mandatory: false,
        note: {
          id: 'Diminta oleh sebagian pemerintah kabupaten/kota.',
          en: 'Requested by some regencies and cities.',
        },
      },
    ],
    procedure: [
      { title: { id: 'Membuat akun di SIMBG dan mengisi data pemohon serta data bangunan', en: 'Create a SIMBG account and enter applicant and building data' }, actor: 'citizen' },
      { title: { id: 'Mengunggah dokumen rencana teknis dan dokumen pendukung', en: 'Upload the technical design and supporting documents' }, actor: 'citizen' },
      { title: { id: 'Pemeriksaan kelengkapan dokumen oleh sekretariat', en: 'Completeness check by the secretariat' }, actor: 'officer' },
      { title: { id: 'Konsultasi perencanaan dengan Tim Profesi Ahli (TPA) atau Tim Penilai Teknis (TPT) hingga terbit Pernyataan Pemenuhan Standar Teknis', en: 'Design review with the expert panel (TPA) or technical assessors (TPT) until a statement of compliance with technical standards is issued' }, actor: 'official' },
      { title: { id: 'Penetapan nilai retribusi PBG dan penerbitan Surat Ketetapan Retribusi Daerah (SKRD)', en: 'Calculation of the PBG levy and issue of the levy assessment (SKRD)' }, actor: 'officer' },
      { title: { id: 'Membayar retribusi PBG melalui bank atau kanal pembayaran yang ditunjuk', en: 'Pay the PBG levy through a designated bank or payment channel' }, actor: 'citizen' },
      { title: { id: 'Penerbitan dokumen PBG oleh Kepala DPMPTSP', en: 'Head of DPMPTSP issues the PBG' }, actor: 'official' },
    ],
    duration: {
      value: 28,
      unit: 'working-days',
      note: {
        id: 'Paling lama sesuai PP 16/2021, dihitung sejak dokumen dinyatakan lengkap; rumah tinggal sederhana umumnya lebih cepat.',
        en: 'Maximum under PP 16/2021, counted from when the documents are complete; simple houses are usually quicker.',
      },
    },
    fee: {
      amount: 0,
      variable: true,
      basis: 'Retribusi PBG menurut Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah dan Peraturan Pemerintah Nomor 16 Tahun 2021; tarif ditetapkan Perda kabupaten/kota tentang Pajak Daerah dan Retribusi Daerah',
      note: {
        id: 'Besarnya retribusi dihitung dengan rumus PP 16/2021, antara lain dari luas lantai, indeks lokalitas, standar harga satuan tertinggi (SHST), dan indeks terintegrasi (fungsi, kompleksitas, dan permanensi bangunan), dengan tarif yang ditetapkan Perda setempat. Pemerintah daerah dapat memberikan keringanan atau pembebasan, misalnya bagi masyarakat berpenghasilan rendah.',
        en: 'The levy is calculated with the PP 16/2021 formula, using among others the floor area, a locality index, the maximum unit building cost (SHST) and an integrated index (building function, complexity and permanence), at the rate set by the local Perda. The regency may reduce or waive it, for example for low-income households.',
      },
    },
    product: {
      id: 'Dokumen Persetujuan Bangunan Gedung (PBG) beserta lampirannya',
      en: 'Building Approval (PBG) document with its attachments',
    },
    complaintChannels: [
      { kind: 'website', contact: 'https://simbg.pu.go.id' },
      { kind: 'lapor', contact: 'https://www.lapor.go.id' },
    ],
    legalBasis: [
      { title: 'Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung sebagaimana telah diubah dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang' },
      { title: 'Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah' },
      { title: 'Peraturan Pemerintah Nomor 16 Tahun 2021 tentang Peraturan Pelaksanaan Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung' },
      { title: 'Peraturan Pemerintah Nomor 21 Tahun 2021 tentang Penyelenggaraan Penataan Ruang' },
    ],
  },
  {
    slug: 'slf',
    title: {
      id: 'Sertifikat Laik Fungsi (SLF)',
      en: 'Certificate of Fitness for Use (SLF)',
    },
    summary: {
      id: 'Sertifikat dari pemerintah kabupaten/kota yang menyatakan bangunan gedung laik fungsi sebelum dimanfaatkan, untuk bangunan baru yang telah memiliki PBG maupun bangunan gedung eksisting. SLF berlaku 20 tahun untuk rumah tinggal tunggal dan deret serta 5 tahun untuk bangunan gedung lain, dan dapat diperpanjang.',
      en: 'Certificate from the regency or city stating that a building is fit for use before it is occupied, for new buildings that have a PBG and for existing buildings. It is valid for 20 years for detached and terraced houses and 5 years for other buildings, and can be renewed.',
    },
    agency: 'dpmptsp',
    category: 'bangunan-pertanahan',
    lifeEvents: ['membangun-rumah', 'memulai-usaha'],
    channels: { counter: true, online: true, externalUrl: 'https://simbg.pu.go.id', externalLabel: 'SIMBG (simbg.pu.go.id)' },
    requirements: [
      {
        document: { id: 'Formulir permohonan dan data umum bangunan gedung di SIMBG', en: 'Application form and general building data in SIMBG' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'KTP-el pemilik atau pengguna bangunan', en: "Electronic ID card of the building's owner or user" },
        form: 'digital',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Dokumen PBG beserta lampirannya', en: 'PBG document with its attachments' },
        form: 'digital',
        count: 1,
        mandatory: true,
        note: {
          id: 'Bangunan gedung eksisting yang belum memiliki PBG mengurus PBG dan SLF bersamaan.',
          en: 'Existing buildings without a PBG apply for the PBG and the SLF together.',
        },
      },
      {
        document: { id: 'Surat pernyataan kelaikan fungsi dari penyedia jasa pengawasan atau manajemen konstruksi, atau laporan pemeriksaan kelaikan fungsi oleh pengkaji teknis', en: 'Statement of fitness for use from the construction supervisor or construction manager, or an inspection report by a technical assessor' },
        form: 'digital',
        count: 1,
        mandatory: true,
        note: {
          id: 'Bangunan baru memakai surat pernyataan dari pengawas; bangunan eksisting memakai laporan pengkaji teknis.',
          en: "New buildings use the supervisor's statement; existing buildings use the technical assessor's report.",
        },
      },
      {
        document: { id: 'Gambar terbangun (as-built drawings)', en: 'As-built drawings' },
        form: 'digital',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'SLF lama beserta lampirannya', en: 'Previous SLF with its attachments' },
        form: 'digital',
        count: 1,
        mandatory: false,
        note: {
          id: 'Hanya untuk perpanjangan SLF.',
          en: 'Renewals only.',
        },
      },
    ],
    procedure: [
      { title: { id: 'Mengajukan permohonan SLF di SIMBG dan mengunggah dokumen', en: 'Apply for the SLF in SIMBG and upload the documents' }, actor: 'citizen' },
      { title: { id: 'Pemeriksaan kelengkapan dokumen', en: 'Completeness check of the documents' }, actor: 'officer' },
      { title: { id: 'Pemeriksaan kelaikan fungsi oleh dinas teknis atau TPA/TPT, termasuk peninjauan lapangan bila diperlukan', en: 'Fitness-for-use review by the technical office or the TPA/TPT panel, with a site visit if needed' }, actor: 'official' },
      { title: { id: 'Penerbitan SLF oleh Kepala DPMPTSP', en: 'Head of DPMPTSP issues the SLF' }, actor: 'official' },
      { title: { id: 'SLF dapat diunduh dari akun SIMBG pemohon', en: "The SLF can be downloaded from the applicant's SIMBG account" }, actor: 'system' },
    ],
    duration: {
      value: 3,
      unit: 'working-days',
      note: {
        id: 'Dihitung sejak surat pernyataan kelaikan fungsi diterima lengkap; bangunan gedung eksisting memerlukan waktu tambahan untuk pemeriksaan oleh pengkaji teknis.',
        en: 'Counted from receipt of a complete statement of fitness for use; existing buildings need extra time for inspection by a technical assessor.',
      },
    },
    fee: {
      amount: 0,
      variable: true,
      basis: 'Peraturan Pemerintah Nomor 16 Tahun 2021; Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah',
      note: {
        id: 'Penerbitan SLF sendiri tidak dipungut retribusi; UU 1/2022 hanya mengatur retribusi untuk PBG. Bangunan eksisting yang belum memiliki PBG membayar retribusi PBG sesuai Perda setempat. Jasa pengawas atau pengkaji teknis dibayar pemilik kepada penyedia jasa, bukan kepada pemerintah.',
        en: 'The SLF itself carries no levy; Law 1/2022 only sets a levy for the PBG. Existing buildings without a PBG pay the PBG levy under the local Perda. Supervisors or technical assessors are paid by the owner to the consultant, not to the government.',
      },
    },
    product: {
      id: 'Sertifikat Laik Fungsi (SLF) beserta lampirannya',
      en: 'Certificate of Fitness for Use (SLF) with its attachments',
    },
    complaintChannels: [
      { kind: 'website', contact: 'https://simbg.pu.go.id' },
      { kind: 'lapor', contact: 'https://www.lapor.go.id' },
    ],
    legalBasis: [
      { title: 'Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung sebagaimana telah diubah dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang' },
      { title: 'Peraturan Pemerintah Nomor 16 Tahun 2021 tentang Peraturan Pelaksanaan Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung' },
    ],
  },
  {
    slug: 'npwp-orang-pribadi',
    title: {
      id: 'Pendaftaran NPWP Orang Pribadi',
      en: 'Taxpayer Registration for Individuals (NPWP)',
    },
    summary: {
      id: 'Pendaftaran sebagai wajib pajak orang pribadi di Direktorat Jenderal Pajak. Sejak 1 Juli 2024, bagi penduduk Indonesia NIK berfungsi sebagai NPWP (PMK 112/PMK.03/2022 sebagaimana diubah PMK 136 Tahun 2023); penduduk yang belum terdaftar tetap perlu mendaftar agar NIK-nya aktif sebagai NPWP. Warga negara asing bukan penduduk menerima NPWP 16 digit. Pendaftaran dapat dilakukan sendiri melalui Coretax DJP atau dibantu petugas pajak di MPP.',
      en: 'Registration as an individual taxpayer with the Directorate General of Taxes. Since 1 July 2024 the NIK of Indonesian residents serves as their tax number (Minister of Finance Regulation 112/PMK.03/2022 as amended by PMK 136/2023); residents who are not yet registered still need to register so that their NIK is activated as a tax number. Non-resident foreigners receive a 16-digit NPWP. You can register yourself in Coretax DJP or with help from tax staff at the MPP.',
    },
    agency: 'kpp',
    category: 'perpajakan',
    lifeEvents: ['mencari-kerja', 'memulai-usaha'],
    channels: { counter: true, online: true },
    requirements: [
      {
        document: { id: 'KTP-el (NIK) bagi warga negara Indonesia', en: 'Electronic ID card (NIK) for Indonesian citizens' },
        form: 'original',
        count: 1,
        mandatory: true,
        note: {
          id: 'Ditunjukkan di loket atau diunggah saat mendaftar daring; NIK dipadankan dengan data Dukcapil.',
          en: 'Shown at the desk or uploaded when registering online; the NIK is matched with civil registry data.',
        },
      },
      {
        document: { id: 'Paspor dan KITAS/KITAP bagi warga negara asing', en: 'Passport and limited or permanent stay permit (KITAS/KITAP) for foreign nationals' },
        form: 'original-and-copy',
        count: 1,
        mandatory: false,
        note: {
          id: 'Hanya untuk warga negara asing.',
          en: 'Foreign nationals only.',
        },
      },
      {
        document: { id: 'Formulir pendaftaran wajib pajak orang pribadi', en: 'Individual taxpayer registration form' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
        note: {
          id: 'Diisi di Coretax DJP atau di loket; sertakan alamat surel dan nomor ponsel aktif.',
          en: 'Filled in online in Coretax DJP or at the desk; include an active e-mail address and mobile number.',
        },
      },
      {
        document: { id: 'Keterangan tempat kegiatan usaha atau pekerjaan bebas, misalnya NIB atau surat keterangan dari kelurahan/desa', en: 'Proof of business or freelance work location, such as the NIB or a letter from the village office' },
        form: 'copy',
        count: 1,
        mandatory: false,
        note: {
          id: 'Bagi yang menjalankan usaha atau pekerjaan bebas.',
          en: 'For people who run a business or work freelance.',
        },
      },
      {
        document: { id: 'Kartu Keluarga dan perjanjian pemisahan harta atau surat pernyataan memilih menjalankan hak dan kewajiban perpajakan terpisah', en: "Family card and a prenuptial property-separation agreement or a statement choosing to meet tax obligations separately from one's husband" },
        form: 'copy',
        count: 1,
        mandatory: false,
        note: {
          id: 'Hanya bagi wanita kawin yang ingin ber-NPWP terpisah dari suami.',
          en: 'Only for married women who want a tax registration separate from their husband.',
        },
      },
    ],
    procedure: [
      { title: { id: 'Mengisi formulir pendaftaran melalui Coretax DJP atau di loket pajak MPP', en: 'Fill in the registration form in Coretax DJP or at the tax desk in the MPP' }, actor: 'citizen' },
      { title: { id: 'Petugas meneliti kelengkapan data dan memadankan NIK dengan data kependudukan', en: 'Staff check the data and match the NIK with population records' }, actor: 'officer' },
      { title: { id: 'Direktorat Jenderal Pajak menerbitkan NPWP (mengaktifkan NIK sebagai NPWP) dan Surat Keterangan Terdaftar', en: 'The Directorate General of Taxes issues the NPWP (activates the NIK as tax number) and a registration certificate' }, actor: 'official' },
      { title: { id: 'Kartu NPWP dan Surat Keterangan Terdaftar dikirim secara elektronik ke akun wajib pajak', en: "The NPWP card and registration certificate are sent electronically to the taxpayer's account" }, actor: 'system' },
      { title: { id: 'Mengaktifkan akun Coretax DJP untuk membayar dan melaporkan pajak', en: 'Activate the Coretax DJP account to pay and file taxes' }, actor: 'citizen' },
    ],
    duration: {
      value: 1,
      unit: 'working-days',
      note: {
        id: 'Sejak permohonan diterima lengkap.',
        en: 'From receipt of a complete application.',
      },
    },
    fee: {
      amount: 0,
      basis: 'Undang-Undang Nomor 6 Tahun 1983 tentang Ketentuan Umum dan Tata Cara Perpajakan sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023',
      note: {
        id: 'Pendaftaran NPWP tidak dipungut biaya.',
        en: 'Tax registration is free of charge.',
      },
    },
    product: {
      id: 'NPWP (NIK yang aktif sebagai NPWP bagi penduduk), Kartu NPWP, dan Surat Keterangan Terdaftar elektronik',
      en: 'Tax number (the NIK activated as NPWP for residents), NPWP card and electronic registration certificate',
    },
    complaintChannels: [
      { kind: 'phone', contact: 'Kring Pajak 1500200' },
      { kind: 'website', contact: 'https://www.pajak.go.id' },
      { kind: 'lapor', contact: 'https://www.lapor.go.id' },
    ],
    legalBasis: [
      { title: 'Undang-Undang Nomor 6 Tahun 1983 tentang Ketentuan Umum dan Tata Cara Perpajakan sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang' },
      { title: 'Undang-Undang Nomor 7 Tahun 2021 tentang Harmonisasi Peraturan Perpajakan' },
      { title: 'Peraturan Menteri Keuangan Nomor 112/PMK.03/2022 tentang Nomor Pokok Wajib Pajak bagi Wajib Pajak Orang Pribadi, Wajib Pajak Badan, dan Wajib Pajak Instansi Pemerintah sebagaimana telah diubah dengan Peraturan Menteri Keuangan Nomor 136 Tahun 2023' },
      { title: 'Peraturan Menteri Keuangan Nomor 81 Tahun 2024 tentang Ketentuan Perpajakan dalam rangka Pelaksanaan Sistem Inti Administrasi Perpajakan' },
    ],
  },
  {
    slug: 'pbb-p2',
    title: {
      id: 'Pembayaran PBB-P2 serta Cetak Ulang dan Mutasi SPPT',
      en: 'Land and Building Tax (PBB-P2): Payment, Reprint and Transfer of the Tax Bill',
    },
    summary: {
      id: 'Layanan Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2) oleh Bapenda kabupaten/kota: pengecekan dan pembayaran tagihan, cetak ulang SPPT yang hilang atau rusak, serta mutasi (balik nama, pemecahan, atau penggabungan) objek pajak setelah jual beli, hibah, atau waris.',
      en: "Services for the rural and urban land and building tax (PBB-P2) at the regency's revenue office: checking and paying the bill, reprinting a lost or damaged tax bill (SPPT), and transferring, splitting or merging a tax object after a sale, gift or inheritance.",
    },
    agency: 'bapenda',
    category: 'perpajakan',
    lifeEvents: ['membangun-rumah'],
    channels: { counter: true, online: true },
    requirements: [
      {
        document: { id: 'SPPT PBB-P2 tahun berjalan atau Nomor Objek Pajak (NOP)', en: 'Current-year tax bill (SPPT PBB-P2) or the tax object number (NOP)' },
        form: 'original',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'KTP-el wajib pajak atau pemohon', en: 'Electronic ID card of the taxpayer or applicant' },
        form: 'copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Formulir SPOP dan LSPOP', en: 'Tax object notification forms (SPOP and LSPOP)' },
        form: 'fill-in-form',
        count: 1,
        mandatory: false,
        note: {
          id: 'Untuk mutasi atau pendaftaran objek pajak.',
          en: 'For transfers or registering a tax object.',
        },
      },
      {
        document: { id: 'Bukti kepemilikan atau peralihan hak: sertipikat, akta jual beli, akta hibah, atau surat keterangan waris', en: 'Proof of ownership or transfer: land certificate, deed of sale, deed of gift or statement of inheritance' },
        form: 'copy',
        count: 1,
        mandatory: false,
        note: {
          id: 'Untuk mutasi.',
          en: 'For transfers.',
        },
      },
      {
        document: { id: 'Bukti lunas PBB-P2 tahun-tahun sebelumnya', en: 'Proof of payment of PBB-P2 for previous years' },
        form: 'copy',
        count: 1,
        mandatory: false,
        note: {
          id: 'Untuk mutasi; jumlah tahun yang diminta mengikuti ketentuan Bapenda setempat.',
          en: 'For transfers; the number of years required follows the local office rules.',
        },
      },
      {
        document: { id: 'Surat kuasa bermeterai', en: 'Power of attorney with duty stamp' },
        form: 'original',
        count: 1,
        mandatory: false,
        note: {
          id: 'Bila pengurusan dikuasakan.',
          en: 'If someone applies on your behalf.',
        },
      },
    ],
    procedure: [
      { title: { id: 'Mengambil nomor antrean dan menyampaikan NOP atau berkas permohonan', en: 'Take a queue number and hand in the NOP or application documents' }, actor: 'citizen' },
      { title: { id: 'Petugas memeriksa data objek pajak dan tagihan serta meneliti berkas', en: 'Staff check the tax object data and bill and review the documents' }, actor: 'officer' },
      { title: { id: 'Membayar PBB-P2 di bank atau kanal pembayaran yang ditunjuk, termasuk loket bank di MPP', en: 'Pay PBB-P2 at a designated bank or payment channel, including the bank desk in the MPP' }, actor: 'citizen' },
      { title: { id: 'Petugas mencetak ulang SPPT atau memproses mutasi, dengan penelitian lapangan bila diperlukan', en: 'Staff reprint the SPPT or process the transfer, with a site check if needed' }, actor: 'officer' },
      { title: { id: 'Penerbitan SPPT hasil cetak ulang atau mutasi', en: 'Issue of the reprinted or updated SPPT' }, actor: 'official' },
    ],
    duration: {
      value: 1,
      unit: 'working-days',
      note: {
        id: 'Pembayaran dan cetak ulang SPPT selesai pada hari yang sama; mutasi objek atau subjek pajak mengikuti standar pelayanan Bapenda setempat dan dapat lebih lama bila perlu penelitian lapangan.',
        en: 'Payment and reprints are done the same day; transfers follow the local office service standard and may take longer if a site check is needed.',
      },
    },
    fee: {
      amount: 0,
      variable: true,
      basis: 'Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah; Perda kabupaten/kota tentang Pajak Daerah dan Retribusi Daerah',
      note: {
        id: 'Besarnya PBB-P2 tercantum dalam SPPT: tarif dikalikan dasar pengenaan pajak yang dihitung dari NJOP setelah dikurangi NJOP tidak kena pajak. Tarif paling tinggi 0,5% dan NJOPTKP paling sedikit Rp10.000.000; besaran pastinya ditetapkan Perda kabupaten/kota. Layanan cetak ulang dan mutasi SPPT tidak dipungut biaya.',
        en: 'The amount is shown on the SPPT: the rate times the tax base, worked out from the assessed value (NJOP) minus the tax-free allowance. The rate is at most 0.5% and the allowance at least Rp 10,000,000; the exact figures are set by the regency or city Perda. Reprints and transfers of the SPPT are free.',
      },
    },
    product: {
      id: 'Bukti pembayaran PBB-P2, SPPT cetak ulang, atau SPPT hasil mutasi',
      en: 'PBB-P2 payment receipt, reprinted SPPT or updated SPPT after transfer',
    },
    complaintChannels: [{ kind: 'lapor', contact: 'https://www.lapor.go.id' }],
    legalBasis: [
      { title: 'Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah' },
      { title: 'Peraturan Pemerintah Nomor 35 Tahun 2023 tentang Ketentuan Umum Pajak Daerah dan Retribusi Daerah' },
    ],
    popular: true,
  },
  {
    slug: 'bphtb',
    title: {
      id: 'Pelaporan dan Validasi BPHTB',
      en: 'Land and Building Acquisition Duty (BPHTB): Filing and Validation',
    },
    summary: {
      id: 'Pelaporan dan validasi Bea Perolehan Hak atas Tanah dan/atau Bangunan (BPHTB) oleh Bapenda kabupaten/kota atas jual beli, hibah, waris, atau perolehan hak lain. SSPD BPHTB yang telah divalidasi diperlukan PPAT sebelum menandatangani akta dan oleh Kantor Pertanahan untuk pendaftaran peralihan hak.',
      en: "Filing and validation of the land and building acquisition duty (BPHTB) at the regency's revenue office for a purchase, gift, inheritance or other acquisition. The validated BPHTB return (SSPD) is needed by the land deed official (PPAT) before signing the deed and by the land office to register the transfer.",
    },
    agency: 'bapenda',
    category: 'perpajakan',
    lifeEvents: ['membangun-rumah', 'kematian'],
    channels: { counter: true, online: true },
    requirements: [
      {
        document: { id: 'Surat Setoran Pajak Daerah (SSPD) BPHTB', en: 'Local tax payment return for BPHTB (SSPD BPHTB)' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
        note: {
          id: 'Umumnya diisi PPAT atau wajib pajak melalui aplikasi e-BPHTB daerah.',
          en: "Usually filled in by the PPAT or the taxpayer in the regency's e-BPHTB application.",
        },
      },
      {
        document: { id: 'KTP-el penerima hak (wajib pajak) dan pihak yang mengalihkan', en: 'Electronic ID cards of the acquirer (taxpayer) and of the transferring party' },
        form: 'copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Sertipikat hak atas tanah', en: 'Land title certificate' },
        form: 'copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'SPPT PBB-P2 tahun berjalan dan bukti lunasnya', en: 'Current-year PBB-P2 tax bill and proof of payment' },
        form: 'copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Draf akta PPAT, atau surat keterangan waris, akta hibah, atau dokumen perolehan hak lainnya', en: 'Draft PPAT deed, or statement of inheritance, deed of gift or other document of acquisition' },
        form: 'copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Bukti pembayaran BPHTB dari bank persepsi', en: 'BPHTB payment receipt from the collecting bank' },
        form: 'original',
        count: 1,
        mandatory: true,
        note: {
          id: 'Tidak diperlukan bila BPHTB terutang nihil.',
          en: 'Not needed when no duty is payable.',
        },
      },
    ],
    procedure: [
      { title: { id: 'Mengisi SSPD BPHTB dan menghitung BPHTB terutang melalui e-BPHTB atau di loket', en: 'Fill in the SSPD BPHTB and calculate the duty in e-BPHTB or at the desk' }, actor: 'citizen' },
      { title: { id: 'Sistem menerbitkan kode bayar', en: 'The system issues a payment code' }, actor: 'system' },
      { title: { id: 'Membayar BPHTB di bank persepsi atau kanal pembayaran yang ditunjuk', en: 'Pay the duty at a collecting bank or designated payment channel' }, actor: 'citizen' },
      { title: { id: 'Petugas meneliti SSPD dan lampiran, termasuk kewajaran nilai transaksi; bila perlu dilakukan verifikasi lapangan', en: 'Staff review the SSPD and attachments, including whether the declared price is reasonable; a site check may follow' }, actor: 'officer' },
      { title: { id: 'Validasi SSPD BPHTB oleh pejabat Bapenda', en: 'A revenue office official validates the SSPD BPHTB' }, actor: 'official' },
    ],
    duration: {
      value: 3,
      unit: 'working-days',
      note: {
        id: 'Sejak berkas lengkap dan BPHTB dibayar; dapat lebih lama bila perlu verifikasi lapangan. Standar pastinya mengikuti Bapenda setempat.',
        en: 'From a complete file and payment of the duty; longer if a site check is needed. The exact standard is set by each regency.',
      },
    },
    fee: {
      amount: 0,
      variable: true,
      basis: 'Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah; Perda kabupaten/kota tentang Pajak Daerah dan Retribusi Daerah',
      note: {
        id: 'BPHTB = tarif × (Nilai Perolehan Objek Pajak − NPOPTKP). Tarif paling tinggi 5%; NPOPTKP paling sedikit Rp80.000.000 untuk perolehan hak pertama di daerah tersebut dan paling sedikit Rp300.000.000 untuk waris atau hibah wasiat dalam garis keluarga lurus satu derajat, termasuk suami/istri. Besaran pastinya ditetapkan Perda kabupaten/kota. Layanan validasi tidak dipungut biaya.',
        en: "BPHTB = rate × (acquisition value − tax-free allowance). The rate is at most 5%; the allowance is at least Rp 80,000,000 for the taxpayer's first acquisition in that regency and at least Rp 300,000,000 for inheritance or testamentary gifts between parents and children or spouses. The exact figures are set by the regency or city Perda. Validation itself is free.",
      },
    },
    product: {
      id: 'SSPD BPHTB yang telah divalidasi',
      en: 'Validated BPHTB payment return (SSPD BPHTB)',
    },
    complaintChannels: [{ kind: 'lapor', contact: 'https://www.lapor.go.id' }],
    legalBasis: [
      { title: 'Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah' },
      { title: 'Peraturan Pemerintah Nomor 35 Tahun 2023 tentang Ketentuan Umum Pajak Daerah dan Retribusi Daerah' },
      { title: 'Peraturan Pemerintah Nomor 24 Tahun 1997 tentang Pendaftaran Tanah' },
    ],
  },
  {
    slug: 'pengecekan-sertifikat-tanah',
    title: {
      id: 'Pengecekan Sertipikat Tanah',
      en: 'Land Certificate Check',
    },
    summary: {
      id: 'Pencocokan sertipikat hak atas tanah dengan buku tanah dan surat ukur di Kantor Pertanahan untuk memastikan data dan pemegang haknya sesuai serta tidak ada catatan blokir atau sita, misalnya sebelum jual beli atau pembebanan hak tanggungan. Untuk pembuatan akta, pengecekan umumnya diajukan PPAT secara elektronik.',
      en: 'Matching a land certificate against the land register and survey records at the land office to confirm the data and holder and that there is no block or seizure on record, for example before a sale or a mortgage. When a deed is being prepared, the land deed official (PPAT) usually requests the check electronically.',
    },
    agency: 'bpn',
    category: 'bangunan-pertanahan',
    lifeEvents: ['membangun-rumah'],
    channels: { counter: true, online: false },
    requirements: [
      {
        document: { id: 'Formulir permohonan yang ditandatangani di atas meterai', en: 'Application form signed over a duty stamp' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Sertipikat hak atas tanah', en: 'Land title certificate' },
        form: 'original',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'KTP-el dan Kartu Keluarga pemohon', en: "Applicant's electronic ID card and family card" },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
        note: {
          id: 'Fotokopi dicocokkan dengan aslinya oleh petugas loket.',
          en: 'The photocopies are checked against the originals at the desk.',
        },
      },
      {
        document: { id: 'Surat kuasa dan KTP-el penerima kuasa', en: "Power of attorney and the proxy's electronic ID card" },
        form: 'original-and-copy',
        count: 1,
        mandatory: false,
        note: {
          id: 'Bila permohonan dikuasakan.',
          en: 'If someone applies on your behalf.',
        },
      },
    ],
    procedure: [
      { title: { id: 'Menyerahkan formulir permohonan dan sertipikat asli di loket Kantor Pertanahan', en: 'Hand in the application form and the original certificate at the land office desk' }, actor: 'citizen' },
      { title: { id: 'Petugas loket memeriksa berkas dan menerbitkan Surat Perintah Setor (SPS)', en: 'The desk officer checks the file and issues a payment order (SPS)' }, actor: 'officer' },
      { title: { id: 'Membayar PNBP sesuai SPS', en: 'Pay the non-tax state revenue fee stated on the SPS' }, actor: 'citizen' },
      { title: { id: 'Petugas mencocokkan sertipikat dengan buku tanah, surat ukur, dan data pertanahan elektronik', en: 'Staff match the certificate against the land register, survey record and electronic land data' }, actor: 'officer' },
      { title: { id: 'Pejabat membubuhkan catatan hasil pengecekan dan sertipikat dikembalikan kepada pemohon', en: 'An official records the result of the check and the certificate is returned to the applicant' }, actor: 'official' },
    ],
    duration: {
      value: 1,
      unit: 'working-days',
      note: {
        id: 'Sesuai standar pelayanan pertanahan, sejak berkas lengkap dan PNBP dibayar.',
        en: 'Under the land service standard, from a complete file and payment of the fee.',
      },
    },
    fee: {
      amount: 50000,
      basis: 'Peraturan Pemerintah Nomor 128 Tahun 2015 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang Berlaku pada Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional',
      note: {
        id: 'Rp50.000 per sertipikat, dibayar sebagai PNBP.',
        en: 'Rp 50,000 per certificate, paid as non-tax state revenue.',
      },
    },
    product: {
      id: 'Sertipikat asli dengan catatan hasil pengecekan kesesuaian dengan buku tanah',
      en: 'Original certificate endorsed with the result of the check against the land register',
    },
    complaintChannels: [
      { kind: 'website', contact: 'https://www.atrbpn.go.id' },
      { kind: 'lapor', contact: 'https://www.lapor.go.id' },
    ],
    legalBasis: [
      { title: 'Peraturan Pemerintah Nomor 24 Tahun 1997 tentang Pendaftaran Tanah' },
      { title: 'Peraturan Menteri Negara Agraria/Kepala Badan Pertanahan Nasional Nomor 3 Tahun 1997 tentang Ketentuan Pelaksanaan Peraturan Pemerintah Nomor 24 Tahun 1997 tentang Pendaftaran Tanah sebagaimana telah beberapa kali diubah, terakhir dengan Peraturan Menteri Agraria dan Tata Ruang/Kepala Badan Pertanahan Nasional Nomor 16 Tahun 2021' },
      { title: 'Peraturan Kepala Badan Pertanahan Nasional Nomor 1 Tahun 2010 tentang Standar Pelayanan dan Pengaturan Pertanahan' },
      { title: 'Peraturan Pemerintah Nomor 128 Tahun 2015 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang Berlaku pada Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional' },
    ],
  },
  {
    slug: 'peralihan-hak-tanah',
    title: {
      id: 'Pendaftaran Peralihan Hak atas Tanah karena Jual Beli',
      en: 'Registration of a Land Title Transfer after a Sale',
    },
    summary: {
      id: 'Pencatatan pindahnya hak atas tanah dari penjual kepada pembeli (balik nama sertipikat) di Kantor Pertanahan berdasarkan akta jual beli yang dibuat di hadapan PPAT. Berkas biasanya disampaikan oleh PPAT setelah BPHTB dan PPh penjual dilunasi.',
      en: "Recording the transfer of a land title from seller to buyer (changing the name on the certificate) at the land office, based on a deed of sale signed before a land deed official (PPAT). The PPAT usually lodges the file once the acquisition duty (BPHTB) and the seller's income tax have been paid.",
    },
    agency: 'bpn',
    category: 'bangunan-pertanahan',
    lifeEvents: ['membangun-rumah'],
    channels: { counter: true, online: false },
    requirements: [
      {
        document: { id: 'Formulir permohonan yang ditandatangani di atas meterai', en: 'Application form signed over a duty stamp' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'KTP-el dan Kartu Keluarga pemohon serta para pihak (penjual dan pembeli)', en: 'Electronic ID cards and family cards of the applicant and both parties (seller and buyer)' },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
        note: {
          id: 'Fotokopi dicocokkan dengan aslinya oleh petugas loket.',
          en: 'The photocopies are checked against the originals at the desk.',
        },
      },
      {
        document: { id: 'Sertipikat hak atas tanah', en: 'Land title certificate' },
        form: 'original',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Akta jual beli dari PPAT', en: 'Deed of sale made by the PPAT' },
        form: 'original',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'SPPT PBB-P2 tahun berjalan', en: 'Current-year PBB-P2 tax bill' },
        form: 'copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'SSPD BPHTB yang telah divalidasi dan bukti setor PPh final atas pengalihan hak oleh penjual', en: "Validated BPHTB return and proof of the seller's final income tax payment on the transfer" },
        form: 'original-and-copy',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Surat kuasa', en: 'Power of attorney' },
        form: 'original',
        count: 1,
        mandatory: false,
        note: {
          id: 'Bila permohonan dikuasakan.',
          en: 'If someone applies on your behalf.',
        },
      },
    ],
    procedure: [
      { title: { id: 'Penandatanganan akta jual beli di hadapan PPAT setelah pengecekan sertipikat serta pelunasan BPHTB dan PPh', en: 'Sign the deed of sale before the PPAT after the certificate check and payment of BPHTB and income tax' }, actor: 'citizen' },
      { title: { id: 'PPAT menyampaikan akta dan berkas ke Kantor Pertanahan paling lambat 7 hari kerja setelah penandatanganan', en: 'The PPAT lodges the deed and file at the land office within 7 working days of signing' }, actor: 'official' },
      { title: { id: 'Petugas loket memeriksa berkas dan menerbitkan Surat Perintah Setor (SPS)', en: 'The desk officer checks the file and issues a payment order (SPS)' }, actor: 'officer' },
      { title: { id: 'Membayar PNBP sesuai SPS', en: 'Pay the non-tax state revenue fee stated on the SPS' }, actor: 'citizen' },
      { title: { id: 'Petugas mencatat peralihan hak pada buku tanah dan sertipikat', en: 'Staff record the transfer in the land register and on the certificate' }, actor: 'officer' },
      { title: { id: 'Pejabat Kantor Pertanahan mengesahkan pencatatan peralihan hak', en: 'A land office official authorises the recorded transfer' }, actor: 'official' },
      { title: { id: 'Mengambil sertipikat atas nama pemegang hak baru', en: "Collect the certificate in the new holder's name" }, actor: 'citizen' },
    ],
    duration: {
      value: 5,
      unit: 'working-days',
      note: {
        id: 'Sesuai standar pelayanan pertanahan, sejak berkas lengkap dan PNBP dibayar di Kantor Pertanahan.',
        en: 'Under the land service standard, from a complete file and payment of the fee at the land office.',
      },
    },
    fee: {
      amount: 0,
      variable: true,
      basis: 'Peraturan Pemerintah Nomor 128 Tahun 2015 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang Berlaku pada Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional',
      note: {
        id: 'PNBP pendaftaran peralihan hak = (nilai tanah ÷ 1.000) + Rp50.000, dengan nilai tanah menurut data nilai tanah Kantor Pertanahan. Di luar PNBP, pembeli membayar BPHTB kepada pemerintah daerah, penjual membayar PPh final atas pengalihan hak, dan para pihak membayar honorarium PPAT.',
        en: 'Land office fee = (land value ÷ 1,000) + Rp 50,000, using the land value in the land office records. Separately, the buyer pays BPHTB to the regency, the seller pays final income tax on the transfer, and the parties pay the PPAT fee.',
      },
    },
    product: {
      id: 'Sertipikat hak atas tanah atas nama pembeli',
      en: "Land title certificate in the buyer's name",
    },
    complaintChannels: [
      { kind: 'website', contact: 'https://www.atrbpn.go.id' },
      { kind: 'lapor', contact: 'https://www.lapor.go.id' },
    ],
    legalBasis: [
      { title: 'Peraturan Pemerintah Nomor 24 Tahun 1997 tentang Pendaftaran Tanah' },
      { title: 'Peraturan Pemerintah Nomor 18 Tahun 2021 tentang Hak Pengelolaan, Hak atas Tanah, Satuan Rumah Susun, dan Pendaftaran Tanah' },
      { title: 'Peraturan Kepala Badan Pertanahan Nasional Nomor 1 Tahun 2010 tentang Standar Pelayanan dan Pengaturan Pertanahan' },
      { title: 'Peraturan Pemerintah Nomor 128 Tahun 2015 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang Berlaku pada Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional' },
    ],
  },
  {
    slug: 'rekening-tabungan-bjb',
    title: {
      id: 'Pembukaan Rekening Tabungan bank bjb',
      en: 'Opening a bank bjb Savings Account',
    },
    summary: {
      id: 'Pembukaan rekening tabungan perorangan di bank bjb, Bank Pembangunan Daerah Jawa Barat dan Banten, misalnya untuk menerima gaji atau bantuan, membayar pajak daerah, atau menabung. Nasabah memilih produk tabungan dan menerima buku tabungan serta kartu ATM/debit.',
      en: 'Opening a personal savings account at bank bjb, the regional development bank of West Java and Banten, for example to receive wages or benefits, pay local taxes or save. You choose a savings product and receive a passbook and an ATM/debit card.',
    },
    agency: 'bjb',
    category: 'perbankan',
    lifeEvents: ['usia-17', 'mencari-kerja'],
    channels: { counter: true, online: true },
    requirements: [
      {
        document: { id: 'KTP-el bagi WNI, atau KITAS/KITAP bagi warga negara asing', en: 'Electronic ID card for Indonesian citizens, or KITAS/KITAP stay permit for foreign nationals' },
        form: 'original',
        count: 1,
        mandatory: true,
      },
      {
        document: { id: 'Formulir pembukaan rekening', en: 'Account opening form' },
        form: 'fill-in-form',
        count: 1,
        mandatory: true,
        note: {
          id: 'Diisi bersama petugas layanan nasabah; sertakan nomor ponsel dan alamat surel aktif untuk layanan elektronik.',
          en: 'Filled in with a customer service officer; give an active mobile number and e-mail address for electronic services.',
        },
      },
      {
        document: { id: 'Akta kelahiran atau Kartu Keluarga anak serta KTP-el orang tua/wali', en: "Child's birth certificate or family card and the parent's or guardian's electronic ID card" },
        form: 'original-and-copy',
        count: 1,
        mandatory: false,
        note: {
          id: 'Untuk rekening anak atau nasabah yang belum memiliki KTP-el.',
          en: 'For accounts of children or customers without an electronic ID card.',
        },
      },
      {
        document: { id: 'NPWP (NIK sebagai NPWP)', en: 'Tax number (NIK as tax number)' },
        form: 'copy',
        count: 1,
        mandatory: false,
        note: {
          id: 'Bila diminta sesuai produk atau nilai simpanan.',
          en: 'If required for the product or the size of the deposit.',
        },
      },
    ],
    procedure: [
      { title: { id: 'Mengambil antrean dan memilih produk tabungan bersama petugas layanan nasabah', en: 'Take a queue number and choose a savings product with customer service' }, actor: 'citizen' },
      { title: { id: 'Mengisi formulir dan menyerahkan KTP-el', en: 'Fill in the form and hand over your electronic ID card' }, actor: 'citizen' },
      { title: { id: 'Petugas memverifikasi identitas dan data nasabah (prinsip mengenal nasabah)', en: 'Staff verify your identity and details (know-your-customer checks)' }, actor: 'officer' },
      { title: { id: 'Menyetor setoran awal sesuai produk', en: 'Make the initial deposit for the product' }, actor: 'citizen' },
      { title: { id: 'Rekening diaktifkan; buku tabungan dan kartu ATM/debit diserahkan', en: 'The account is activated; the passbook and ATM/debit card are handed over' }, actor: 'officer' },
    ],
    duration: {
      value: 30,
      unit: 'minutes',
      note: {
        id: 'Rekening aktif pada hari yang sama bila data lengkap.',
        en: 'The account is active the same day if your details are complete.',
      },
    },
    fee: {
      amount: 0,
      note: {
        id: 'Pembukaan rekening tidak dipungut biaya. Setoran awal minimum berbeda per produk (misalnya bjb Tandamata Rp50.000 menurut situs bank bjb) dan tetap menjadi saldo nasabah; biaya administrasi bulanan dan kartu ATM mengikuti ketentuan produk yang berlaku.',
        en: 'Opening an account is free. The minimum initial deposit depends on the product (for example Rp 50,000 for bjb Tandamata according to the bank bjb website) and stays in your balance; monthly and card fees follow the product terms in force.',
      },
    },
    product: {
      id: 'Rekening tabungan aktif dengan buku tabungan dan kartu ATM/debit',
      en: 'Active savings account with passbook and ATM/debit card',
    },
    complaintChannels: [
      { kind: 'phone', contact: 'bjb call 14049' },
      { kind: 'website', contact: 'https://www.bankbjb.co.id' },
      { kind: 'phone', contact: 'Kontak OJK 157' },
    ],
    legalBasis: [
      { title: 'Undang-Undang Nomor 7 Tahun 1992 tentang Perbankan sebagaimana telah diubah dengan Undang-Undang Nomor 10 Tahun 1998 dan terakhir dengan Undang-Undang Nomor 4 Tahun 2023 tentang Pengembangan dan Penguatan Sektor Keuangan' },
      { title: 'Peraturan Otoritas Jasa Keuangan Nomor 22 Tahun 2023 tentang Pelindungan Konsumen dan Masyarakat di Sektor Jasa Keuangan' },
      { title: 'Peraturan Otoritas Jasa Keuangan Nomor 8 Tahun 2023 tentang Penerapan Program Anti Pencucian Uang, Pencegahan Pendanaan Terorisme, dan Pencegahan Pendanaan Proliferasi Senjata Pemusnah Massal di Sektor Jasa Keuangan' },
    ],
  },
]
