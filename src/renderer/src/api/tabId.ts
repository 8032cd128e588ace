const STORAGE_KEY = 'clinic-intake.tab-id'

/**
 * This tab's id, kept in sessionStorage (which every tab has to itself) and sent with every call
 * as `x-clinic-tab`. The server keeps one sign-in cookie per tab id, so two tabs never share a
 * sign-in (see src/main/http/sessionCookies.ts). It is not a secret: the sign-in itself stays in
 * an HttpOnly cookie that no page script can read.
 */
export function tabId(storage: Storage = window.sessionStorage): string {
  const kept = storage.getItem(STORAGE_KEY)
  if (kept && /^[A-Za-z0-9_-]{8,32}$/.test(kept)) return kept
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  const id = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
  storage.setItem(STORAGE_KEY, id)
  return id
}
