/** Ways one catalog service is commonly offered again under its own page (mobile units, district desks…). */
export const serviceVariants = [
  { id: '', en: '' },
  { id: ' – Layanan Keliling', en: ' – Mobile Service' },
  { id: ' – Layanan Kecamatan', en: ' – District Office Service' },
  { id: ' – Layanan Jemput Bola', en: ' – Outreach Service' },
  { id: ' – Layanan Sekolah', en: ' – School Service' },
  { id: ' – Layanan Desa', en: ' – Village Service' },
  { id: ' – Layanan Akhir Pekan', en: ' – Weekend Service' },
  { id: ' – Layanan Prioritas', en: ' – Priority Service' },
  { id: ' – Layanan Malam', en: ' – Evening Service' },
]
