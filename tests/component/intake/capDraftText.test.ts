import { describe, expect, it } from 'vitest'
import { capDraftText } from '../../../src/renderer/src/features/intake/intakeSessionStore'
import { DraftValuesSchema, MAX_DRAFT_TEXT_CHARS } from '../../../src/shared/intake/intakeRecord'

describe('a runaway paste in a draft', () => {
  it('is cut to what a draft keeps, so the rest of the draft still saves', () => {
    const paste = 'x'.repeat(10 * 1024 * 1024)
    const capped = capDraftText({ notes: paste, painNow: '7', painSites: ['foot_left'] })
    expect(capped).toEqual({
      notes: 'x'.repeat(MAX_DRAFT_TEXT_CHARS),
      painNow: '7',
      painSites: ['foot_left'],
    })
    expect(DraftValuesSchema.safeParse(capped).success).toBe(true)
  })

  it('keeps an over-long answer that still fits, so its field can show the problem', () => {
    const notes = 'y'.repeat(12_000) // over the 10,000 allowed at submit
    expect(capDraftText({ notes })).toEqual({ notes })
  })

  it('is refused by the one door when not cut', () => {
    const result = DraftValuesSchema.safeParse({ notes: 'x'.repeat(MAX_DRAFT_TEXT_CHARS + 1) })
    expect(result.success).toBe(false)
  })
})
