import { describe, expect, it } from 'vitest'

import { LOCAL_SEED_PASSWORD, seedPassword } from '../../cms/seed/password'

describe('demo account password', () => {
  it('uses SEED_PASSWORD when given', () => {
    expect(seedPassword({ SEED_PASSWORD: 'rahasia-panjang', NODE_ENV: 'production' } as NodeJS.ProcessEnv)).toBe('rahasia-panjang')
  })

  it('falls back to the documented local default outside production', () => {
    expect(seedPassword({ NODE_ENV: 'development' } as NodeJS.ProcessEnv)).toBe(LOCAL_SEED_PASSWORD)
  })

  it('refuses to seed demo accounts in production without SEED_PASSWORD', () => {
    expect(() => seedPassword({ NODE_ENV: 'production' } as NodeJS.ProcessEnv)).toThrow(/SEED_PASSWORD/)
  })
})
