import type { FieldHook } from 'payload'

import { isClosedComplaint } from '../../../domain/caseStatus'
import { isOverdue } from '../../../domain/complaintDeadlines'

/** Computed on every read, so the flag is right the morning after a due date without any job. */
export const flagOverdue: FieldHook = ({ siblingData }) =>
  typeof siblingData?.dueDate === 'string' && isOverdue(siblingData.dueDate, new Date(), isClosedComplaint(String(siblingData.status)))
