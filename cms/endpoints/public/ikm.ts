import type { Endpoint, Where } from 'payload'

import { computeIkm, gradeLabels, ikmElements } from '../../domain/ikm'
import { addDays, isCalendarDate } from '../../domain/workingDays'
import type { FieldError } from '../../domain/forms/result'
import { findPublishedService } from './findPublishedService'
import { publishedAgencyIdOf, regencyIdOf } from './findRegencyAndAgency'
import { refuseForeignOrigin, withCors } from './http/cors'
import { unprocessable } from './http/problems'

const validDate = isCalendarDate
/** Midnight WIB (UTC+7) of a calendar date, as an instant. */
const wibMidnight = (date: string) => new Date(`${date}T00:00:00+07:00`).toISOString()

/**
 * GET /api/public/ikm?regency=&agency=&service=&from=&to=: the published satisfaction index
 * (PermenPAN-RB 14/2017) for a regency, an agency or a service over a period of WIB dates
 * (both inclusive), with NRR per element, the unit score, its grade and the respondents.
 * Only the aggregate leaves the CMS, never a response.
 */
export const getIkm: Endpoint = {
  path: '/public/ikm',
  method: 'get',
  handler: async (req) => {
    const foreign = refuseForeignOrigin(req)
    if (foreign) return foreign
    const query = new URL(req.url ?? 'http://localhost/').searchParams
    const [regency, agency, service, from, to] = ['regency', 'agency', 'service', 'from', 'to'].map((name) => query.get(name)?.trim() || undefined)
    const errors: FieldError[] = []
    if (!regency && !service) errors.push({ field: 'regency', message: 'Sebutkan kabupaten/kota atau layanan.' })
    if (agency && !regency) errors.push({ field: 'agency', message: 'Instansi hanya dapat dipilih bersama kabupaten/kota.' })
    if (from && !validDate(from)) errors.push({ field: 'from', message: 'Tanggal awal harus berformat TTTT-BB-HH.' })
    if (to && !validDate(to)) errors.push({ field: 'to', message: 'Tanggal akhir harus berformat TTTT-BB-HH.' })
    if (from && to && validDate(from) && validDate(to) && from > to) errors.push({ field: 'to', message: 'Tanggal akhir tidak boleh sebelum tanggal awal.' })
    if (errors.length) return withCors(req, unprocessable(errors))

    const conditions: Where[] = []
    if (regency) {
      const id = await regencyIdOf(req, regency)
      if (id === undefined) return withCors(req, unprocessable([{ field: 'regency', message: 'Kabupaten/kota tidak dikenal.' }]))
      conditions.push({ regency: { equals: id } })
      if (agency) {
        const agencyId = await publishedAgencyIdOf(req, id, agency)
        if (agencyId === undefined) return withCors(req, unprocessable([{ field: 'agency', message: 'Instansi tidak dikenal di kabupaten/kota ini.' }]))
        conditions.push({ agency: { equals: agencyId } })
      }
    }
    if (service) {
      const found = /^[a-z0-9-]+\/[a-z0-9-]+$/.test(service) ? await findPublishedService(req, service) : null
      if (!found) return withCors(req, unprocessable([{ field: 'service', message: 'Layanan tidak dikenal.' }]))
      conditions.push({ service: { equals: found.id } })
    }
    if (from) conditions.push({ createdAt: { greater_than_equal: wibMidnight(from) } })
    if (to) conditions.push({ createdAt: { less_than: wibMidnight(addDays(to, 1)) } })

    const { docs } = await req.payload.find({
      collection: 'survey-responses',
      where: { and: conditions },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { scores: true },
      req,
    })
    const result = computeIkm(docs.map((doc) => ikmElements.map((element) => (doc.scores as Record<string, number>)[element.key])))
    return withCors(
      req,
      Response.json({
        filters: { regency, agency, service, from, to },
        respondents: result?.respondents ?? 0,
        elements: ikmElements.map((element, index) => ({ key: element.key, label: { id: element.id, en: element.en }, nrr: result ? Number(result.nrr[index].toFixed(2)) : null })),
        ikm: result ? Number(result.ikm.toFixed(2)) : null,
        score: result?.score ?? null,
        grade: result?.grade ?? null,
        gradeLabel: result ? gradeLabels[result.grade] : null,
      }),
    )
  },
}
