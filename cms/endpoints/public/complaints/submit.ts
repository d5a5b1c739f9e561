import { randomInt } from 'node:crypto'

import type { Endpoint } from 'payload'

import { sameId } from '../../../access/roles'
import { complaintDeadlines } from '../../../domain/complaintDeadlines'
import { validateComplaint } from '../../../domain/forms/complaint'
import { newTrackingCode } from '../../../domain/trackingCode'
import { findPublishedService } from '../findPublishedService'
import { publishedAgencyIdOf, regencyIdOf } from '../findRegencyAndAgency'
import { cmsURL } from '../http/cmsURL'
import { unprocessable } from '../http/problems'
import { submissionHandler } from '../http/submission'

/**
 * POST /api/public/complaints: a complaint, suggestion or request for information, named or
 * anonymous, to a regency and optionally one of its agencies or services. 201 with the tracking
 * code, the due dates and, for an anonymous complaint, the PIN that stands in for the last four
 * digits of a NIK or phone when tracking.
 */
export const postComplaint: Endpoint = {
  path: '/public/complaints',
  method: 'post',
  handler: submissionHandler({
    scope: 'complaints',
    // The PIN rides along to the confirmation page, which only echoes it: it is nowhere else.
    confirmation: (answer) => `${(answer.links as Record<string, string>).confirmation}${answer.pin ? `?pin=${answer.pin}` : ''}`,
    handle: async (req, form) => {
      const now = new Date()
      const checked = validateComplaint(form, now)
      if (!checked.ok) return unprocessable(checked.errors)
      const complaint = checked.value

      const regency = await regencyIdOf(req, complaint.regency)
      if (regency === undefined) return unprocessable([{ field: 'regency', message: 'Kabupaten/kota tidak dikenal.' }])
      let agency: number | string | undefined
      let service: number | string | undefined
      if (complaint.service) {
        const found = await findPublishedService(req, complaint.service)
        if (!found || !sameId(found.regency, regency)) return unprocessable([{ field: 'service', message: 'Layanan tidak dikenal di kabupaten/kota ini.' }])
        service = found.id
        agency = found.agency as number | string
      }
      if (complaint.agency) {
        agency = await publishedAgencyIdOf(req, regency, complaint.agency)
        if (agency === undefined) return unprocessable([{ field: 'agency', message: 'Instansi tidak dikenal di kabupaten/kota ini.' }])
      }

      const due = complaintDeadlines(now, complaint.kind)
      const pin = complaint.anonymous ? String(randomInt(0, 10_000)).padStart(4, '0') : undefined
      const code = newTrackingCode('complaint')
      await req.payload.create({
        collection: 'complaints',
        depth: 0,
        overrideAccess: true,
        req,
        data: {
          code,
          regency,
          agency,
          service,
          kind: complaint.kind,
          message: complaint.message,
          anonymous: complaint.anonymous,
          name: complaint.name,
          nik: complaint.nik,
          phone: complaint.phone,
          email: complaint.email,
          pin,
          status: 'received',
          firstReplyDue: due.firstReply,
          dueDate: due.resolution,
        } as never,
      })
      const base = cmsURL(req)
      return Response.json(
        {
          code,
          ...(pin ? { pin } : {}),
          status: 'received',
          firstReplyDue: due.firstReply,
          dueDate: due.resolution,
          next: pin
            ? `Simpan kode dan PIN ${pin}: tanpa nama dan nomor telepon, hanya keduanya yang dapat membuka status pengaduan Anda.`
            : 'Petugas menanggapi paling lambat pada tanggal tanggapan pertama. Lacak status dengan kode ini dan 4 angka terakhir nomor telepon Anda.',
          links: { confirmation: `${base}/api/public/terkirim/${code}`, track: `${base}/api/public/track/${code}` },
        },
        { status: 201 },
      )
    },
  }),
}
