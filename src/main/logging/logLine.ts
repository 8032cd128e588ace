import { stackFrames } from '../log'
import type { LogDetails } from '../log'

export type LogLevel = 'info' | 'error'

/**
 * One log entry as a support person reads it:
 *
 *   2026-11-30T10:15:02.417Z ERROR dispatch.internal channel=patients.get ref=3f9c2a1b
 *       error: TypeError
 *       at createPatient (file:///…/patientRepository.ts:81:5)
 *
 * Time (UTC), level, event, then the details as key=value; an error's class and code locations
 * follow on indented lines, never its message (messages can echo what a user typed). A value
 * with spaces, quotes or line breaks is quoted, so an entry can never forge a line of its own.
 */
export function formatLogLine(
  time: Date,
  level: LogLevel,
  event: string,
  details: LogDetails = {},
  error?: unknown,
): string {
  const head = [time.toISOString(), level.toUpperCase().padEnd(5), safeToken(event)]
  for (const [key, value] of Object.entries(details)) {
    head.push(`${safeToken(key)}=${formatValue(value)}`)
  }
  const lines = [head.join(' ')]
  if (error !== undefined) lines.push(...describeForLog(error).map((line) => `    ${line}`))
  return `${lines.join('\n')}\n`
}

function describeForLog(error: unknown): string[] {
  if (error instanceof Error) return [`error: ${safeToken(error.name)}`, ...stackFrames(error)]
  return [`error: (a thrown ${typeof error})`]
}

const PLAIN = /^[\w.:/@+-]+$/u

function formatValue(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value)
  return PLAIN.test(value) ? value : JSON.stringify(value)
}

/** Event names and keys are ours, but a stray space or line break must not split an entry. */
function safeToken(token: string): string {
  return PLAIN.test(token) ? token : JSON.stringify(token)
}
