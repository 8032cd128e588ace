import type { Caller } from '../door/dispatcher'

/**
 * Where a sign-in try comes from, for counting failures (see signInFailures.ts): something the
 * caller cannot choose afresh for each guess. A desktop window's session is its web contents,
 * which the renderer cannot change. Over HTTP the session id comes from a cookie, which a
 * signed-out caller may simply leave out and so get a brand-new session on every try; there the
 * place is the device the call proved (the browser shell's launch, or a paired workstation).
 */
export function signInPlace(caller: Pick<Caller, 'sessionKey' | 'workstation'>): string {
  const { workstation } = caller
  if (workstation === undefined) return caller.sessionKey
  return typeof workstation === 'number' ? `workstation-${workstation}` : 'local-device'
}
