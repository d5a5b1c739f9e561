import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { applicationStatusLabel, canMoveApplication } from '../../../domain/caseStatus'

/** An application moves only along its process (domain/caseStatus), never back from closed. */
export const allowedTransition: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || data.status === undefined || !originalDoc) return data
  if (!canMoveApplication(originalDoc.status, data.status)) {
    throw new ValidationError(
      {
        collection: 'applications',
        errors: [{ path: 'status', message: `Status tidak dapat berubah dari "${applicationStatusLabel(originalDoc.status)}" ke "${applicationStatusLabel(data.status)}".` }],
      },
      req.t,
    )
  }
  return data
}
