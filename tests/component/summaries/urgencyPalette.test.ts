import { describe, expect, it } from 'vitest'
import { applyUrgencyPalette } from '../../../src/renderer/src/styles/urgencyPalette'
import { URGENCY_PALETTE } from '../../../src/shared/ui/urgencyPalette'

describe('the urgency palette on screen', () => {
  it('is put on the page as CSS variables the stylesheets use', () => {
    const root = document.createElement('div')
    applyUrgencyPalette(root.style)
    expect(root.style.getPropertyValue('--urgency-soon')).toBe(URGENCY_PALETTE.soon.strong)
    expect(root.style.getPropertyValue('--urgency-emergency-tint')).toBe(
      URGENCY_PALETTE.emergency.tint,
    )
    expect(root.style.getPropertyValue('--urgency-urgent-ink')).toBe(URGENCY_PALETTE.urgent.ink)
  })
})
