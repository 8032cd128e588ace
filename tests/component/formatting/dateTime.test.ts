import { describe, expect, it } from 'vitest'
import { formatDateTime } from '../../../src/renderer/src/formatting/dateTime'

describe('formatDateTime', () => {
  // Built from local time, so the test holds in any time zone.
  const moment = new Date(2026, 10, 6, 9, 5, 7).toISOString()

  it('shows the local date and time in the app’s unambiguous order', () => {
    expect(formatDateTime(moment)).toBe('2026-11-06 09:05')
  })

  it('adds seconds when asked (the audit trail)', () => {
    expect(formatDateTime(moment, { seconds: true })).toBe('2026-11-06 09:05:07')
  })
})
