import type { Endpoint } from 'payload'

import { validateSurvey } from '../../domain/forms/survey'
import { ikmElements } from '../../domain/ikm'
import { findPublishedService } from './findPublishedService'
import { unprocessable } from './http/problems'
import { localisedSitePath, submissionHandler } from './http/submission'

/**
 * POST /api/public/surveys: one satisfaction survey response (nine scores 1–4, optional
 * profile) for a published service. 201 with what was recorded; 422 with field messages.
 * Rate limit, idempotency and plain form posts: see http/submission.
 */
export const postSurvey: Endpoint = {
  path: '/public/surveys',
  method: 'post',
  handler: submissionHandler({
    scope: 'surveys',
    confirmation: (_answer, form) => localisedSitePath(form, '/nilai/terima-kasih/'),
    handle: async (req, form) => {
      const checked = validateSurvey(form)
      if (!checked.ok) return unprocessable(checked.errors)
      const survey = checked.value
      const service = await findPublishedService(req, survey.service)
      if (!service) return unprocessable([{ field: 'service', message: 'Layanan tidak dikenal atau tidak lagi diterbitkan.' }])
      await req.payload.create({
        collection: 'survey-responses',
        overrideAccess: true,
        depth: 0,
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
      return Response.json({ message: 'Terima kasih, penilaian Anda sudah kami terima.', service: survey.service }, { status: 201 })
    },
  }),
}
