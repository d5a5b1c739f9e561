import type { Access } from 'payload'

import { roleOf } from './roles'

/** Any signed-in staff member, whatever their role. */
export const staffOnly: Access = ({ req: { user } }) => roleOf(user) !== undefined
