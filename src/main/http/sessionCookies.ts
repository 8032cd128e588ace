import { randomBytes } from 'node:crypto'
import { parseCookie, stringifySetCookie } from 'cookie'
import type { IncomingMessage } from 'node:http'

/**
 * Which cookies carry a device and a person's sign-in, and with which flags.
 *
 * The clinic server (HTTPS) uses `__Host-` names with `Secure`: the browser then accepts them
 * only from a secure origin, with `Path=/` and no `Domain`, so no other host can set or read
 * them. The loopback browser shell is plain `http://127.0.0.1`, where a browser would drop a
 * `Secure` cookie (and so a `__Host-` one): there the same cookies go without that prefix and
 * flag. Both are HttpOnly (page scripts never see a credential) and SameSite=Strict (no other
 * site's page can make the browser send them).
 */
export interface CookiePolicy {
  readonly secure: boolean
}

/** The header a browser tab sends with every call to say which tab it is (see tabOf). */
export const TAB_HEADER = 'x-clinic-tab'
/** The same for the live-updates stream, which an EventSource cannot give headers. */
export const TAB_QUERY = 'tab'
/** Calls that name no tab (a program, the desktop shell's main process) share this one. */
export const DEFAULT_TAB = 'default'

const TAB_ID = /^[A-Za-z0-9_-]{8,32}$/
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/

/** A browser keeps a paired device's cookie this long (400 days: the most Chrome allows). */
export const DEVICE_COOKIE_MAX_AGE_S = 400 * 24 * 60 * 60

function prefix(policy: CookiePolicy): string {
  return policy.secure ? '__Host-' : ''
}

export function deviceCookieName(policy: CookiePolicy): string {
  return `${prefix(policy)}clinic-device`
}

/**
 * Sign-ins are per browser tab, not per browser: each tab keeps a random tab id in its
 * sessionStorage (which other tabs cannot see) and sends it as `x-clinic-tab`; the id only
 * chooses which cookie holds that tab's session. The session id itself stays in an HttpOnly
 * cookie, so a page script can say which tab it is but can never read or copy a sign-in. Two
 * tabs therefore never share a sign-in, and signing in in one changes nothing in the other.
 * (A tab the browser duplicates copies its sessionStorage, and so its sign-in: like a
 * duplicated desktop window, it is the same person's.)
 */
export function sessionCookieName(policy: CookiePolicy, tab: string): string {
  return `${prefix(policy)}clinic-session-${tab}`
}

export function readCookies(req: IncomingMessage): Readonly<Record<string, string | undefined>> {
  const header = req.headers.cookie
  if (!header) return {}
  try {
    return parseCookie(header)
  } catch {
    return {}
  }
}

/** The tab a call comes from: its header, or (for the event stream) its `?tab=`. */
export function tabOf(req: IncomingMessage, url: URL): string {
  const header = req.headers[TAB_HEADER]
  const value = typeof header === 'string' ? header : url.searchParams.get(TAB_QUERY)
  return value && TAB_ID.test(value) ? value : DEFAULT_TAB
}

/** A new session id: 256 random bits. */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url')
}

export function isSessionId(value: string | undefined): value is string {
  return value !== undefined && SESSION_ID.test(value)
}

export function deviceCookie(policy: CookiePolicy, value: string): string {
  return stringifySetCookie({
    name: deviceCookieName(policy),
    value,
    httpOnly: true,
    secure: policy.secure,
    sameSite: 'strict',
    path: '/',
    maxAge: DEVICE_COOKIE_MAX_AGE_S,
  })
}

/** No Max-Age: a sign-in also ends when the browser closes. */
export function sessionCookie(policy: CookiePolicy, tab: string, sessionId: string): string {
  return stringifySetCookie({
    name: sessionCookieName(policy, tab),
    value: sessionId,
    httpOnly: true,
    secure: policy.secure,
    sameSite: 'strict',
    path: '/',
  })
}

/** Tells the browser to forget a cookie at once. */
export function expiredCookie(policy: CookiePolicy, name: string): string {
  return stringifySetCookie({
    name,
    value: '',
    httpOnly: true,
    secure: policy.secure,
    sameSite: 'strict',
    path: '/',
    maxAge: 0,
  })
}
