/**
 * Shapes of the seed data files. They mirror the service-standard fields of the CMS
 * (cms/fields/serviceStandard.ts) but stay free of Payload so the data reads as plain facts.
 */
import type {
  AgencyKind,
  ComplaintChannelKind,
  DocumentForm,
  DurationUnit,
  LifeEvent,
  Localized,
  ServiceCategory,
  StepActor,
} from '../../domain/taxonomy'

/** An agency that typically has a counter in an MPP; `{wilayah}` in a name becomes the regency's name. */
export interface AgencyBlueprint {
  key: string
  /** e.g. 'Dinas Kependudukan dan Pencatatan Sipil {wilayah}' */
  name: string
  shortName: string
  kind: AgencyKind
  /** Share of regencies that host this agency in their MPP, 0..1 (1 = always). */
  presence: number
  description: Localized
  phone?: string
  website?: string
  /** Opening hours as published, e.g. 'Senin–Jumat 08.00–15.00' */
  hours: string
}

export interface RequirementSeed {
  document: Localized
  form: DocumentForm
  count: number
  mandatory: boolean
  note?: Localized
}

export interface StepSeed {
  title: Localized
  actor: StepActor
}

export interface ServiceTemplateSeed {
  slug: string
  title: Localized
  /** One or two sentences: what it is and who it is for. */
  summary: Localized
  /** Key of the AgencyBlueprint that delivers it. */
  agency: string
  category: ServiceCategory
  lifeEvents: LifeEvent[]
  channels: { counter: boolean; online: boolean; externalUrl?: string; externalLabel?: string }
  /** Component 1 */
  requirements: RequirementSeed[]
  /** Component 2, in order */
  procedure: StepSeed[]
  /** Component 3 */
  duration: { value: number; unit: DurationUnit; note?: Localized }
  /**
   * Component 4: amount in rupiah; 0 means free unless `variable` (a tax or tariff that
   * depends on the case, explained in `note`). `basis` names the regulation that sets it.
   */
  fee: { amount: number; variable?: boolean; basis?: string; note?: Localized }
  /** Component 5 */
  product: Localized
  /** Component 6: channels beyond the MPP's own desk, which the seed adds to every service. */
  complaintChannels?: { kind: ComplaintChannelKind; contact: string }[]
  /** Component 7: regulations, most fundamental first. */
  legalBasis: { title: string; url?: string }[]
  /** Appears among 'popular services' on the site. */
  popular?: boolean
}
