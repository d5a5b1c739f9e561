import { keamananKendaraanTemplates } from './templates/keamananKendaraan'
import { kependudukanTemplates } from './templates/kependudukan'
import { sosialUtilitasTemplates } from './templates/sosialUtilitas'
import { usahaPajakTemplates } from './templates/usahaPajak'
import type { ServiceTemplateSeed } from './types'

/** The province's master catalog of common MPP services, grouped by field in ./templates. */
export const serviceTemplates: ServiceTemplateSeed[] = [
  ...kependudukanTemplates,
  ...keamananKendaraanTemplates,
  ...usahaPajakTemplates,
  ...sosialUtilitasTemplates,
]
