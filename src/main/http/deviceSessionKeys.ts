/**
 * How the HTTP hosts name a session in the session registry: the device first, then the
 * session's own id, e.g. `ws3:<id>` on the clinic server's paired workstation 3, `local:<id>`
 * in the loopback browser shell. The device is part of the key so that a session id carried to
 * another computer finds nothing, and so that everything signed in on one device can be ended
 * at once (a revoked workstation).
 */
export type SessionDevice = number | 'local'

/** Every session key of one device starts with this (the colon keeps `ws1` from `ws12`). */
export function deviceSessionPrefix(device: SessionDevice): string {
  return typeof device === 'number' ? `ws${device}:` : 'local:'
}

export function deviceSessionKey(device: SessionDevice, sessionId: string): string {
  return `${deviceSessionPrefix(device)}${sessionId}`
}
