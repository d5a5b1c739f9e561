import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { regencyDefault } from '../../../access/regencyDefault'
import { inTransaction } from '../../../utilities/inTransaction'
import { createServiceFromTemplate } from '../operations/createFromTemplate'

const problem = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * POST /api/services/from-template { template, regency?, agency? }: the admin's
 * "create from template" action. Runs with the caller's rights: a regency admin or editor
 * creates in their own regency only.
 */
export const fromTemplateEndpoint: Endpoint = {
  path: '/from-template',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'Silakan masuk terlebih dahulu.')
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as { template?: number | string; regency?: number | string; agency?: number | string }
    const template = body.template
    if (template === undefined || template === '') return problem(422, 'Pilih templat layanan.')
    const regency = body.regency ?? regencyDefault({ req })
    if (regency === null || regency === undefined || regency === '') {
      return problem(422, 'Pilih kabupaten/kota terlebih dahulu (pemilih wilayah di menu).')
    }

    const doc = await inTransaction(req, () => createServiceFromTemplate(req, { template, regency, agency: body.agency }))
    return Response.json({ doc, message: 'Layanan dibuat dari templat sebagai draf.' }, { status: 201 })
  },
}
