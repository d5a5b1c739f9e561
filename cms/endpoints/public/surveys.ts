import type { Endpoint } from 'payload'

import { validateSurvey } from '../../domain/forms/survey'
import { ikmElements } from '../../domain/ikm'
import { findPublishedService } from './findPublishedService'
import { refuseForeignOrigin, withCors } from './http/cors'
import { unprocessable } from './http/problems'
import { readForm } from './http/readForm'

/**
 * POST /api/public/surveys: one satisfaction survey response (nine scores 1–4, optional
 * profile) for a published service. 201 with what was recorded; 422 with field messages.
 */
export const postSurvey: Endpoint = {
  path: '/public/surveys',
  method: 'post',
  handler: async (req) => {
    const foreign = refuseForeignOrigin(req)
    if (foreign) return foreign
    const body = await readForm(req)
    if (!body.ok) return withCors(req, body.response)
    const checked = validateSurvey(body.data)
    if (!checked.ok) return withCors(req, unprocessable(checked.errors))
    const survey = checked.value
    const service = await findPublishedService(req, survey.service)
    if (!service) return withCors(req, unprocessable([{ field: 'service', message: 'Layanan tidak dikenal atau tidak lagi diterbitkan.' }]))

    await req.payload.create({
      collection: 'survey-responses',
      overrideAccess: true,
      req,
      data: {
        service: service.id,
        agency: service.agency,
        regency: service.regency,
        scores: Object.fromEntries(ikmElements.map((element, index) => [element.key, survey.scores[index]])),
        age: survey.age,
        gender: survey.gender,
        education: survey.education,
        occupation: survey.occupation,
        comment: survey.comment,
      } as never,
    })
    return withCors(req, Response.json({ message: 'Terima kasih, penilaian Anda sudah kami terima.', service: survey.service }, { status: 201 }))
  },
}
