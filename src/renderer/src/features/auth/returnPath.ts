/** The password screen's own address; the screen linking to it passes where to come back to. */
export const CHANGE_PASSWORD_PATH = '/account/password'

/**
 * Where to go back to after the password screen: the app path it was opened from, when that is
 * one (a path inside the app, not the password screen itself, not another site), else `fallback`.
 */
export function returnPathFrom(from: unknown, fallback: string): string {
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return fallback
  if (from === CHANGE_PASSWORD_PATH || from.startsWith(`${CHANGE_PASSWORD_PATH}?`)) return fallback
  return from
}
