import type { Access } from 'payload'

import { isProvinceAdmin } from './roles'

export const provinceAdminOnly: Access = ({ req: { user } }) => isProvinceAdmin(user)
