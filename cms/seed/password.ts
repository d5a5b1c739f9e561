/** Local default for the demo accounts; documented in the README as for local use only. */
export const LOCAL_SEED_PASSWORD = 'mpp-jabar-lokal'

/** The demo accounts' password: SEED_PASSWORD, or the local default outside production. */
export function seedPassword(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SEED_PASSWORD) return env.SEED_PASSWORD
  if (env.NODE_ENV === 'production') {
    throw new Error('Refusing to seed demo accounts under NODE_ENV=production without SEED_PASSWORD.')
  }
  return LOCAL_SEED_PASSWORD
}
