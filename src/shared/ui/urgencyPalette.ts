// The one set of urgency colours for every screen and the PDF summary, so "Soon" (or any other
// urgency) never looks different on paper from how it looks on screen. The renderer turns these
// into CSS variables (--urgency-<level>, -tint, -ink); the PDF styles read them directly.

export const URGENCY_LEVELS = ['emergency', 'urgent', 'soon', 'none'] as const
export type UrgencyLevel = (typeof URGENCY_LEVELS)[number]

export interface UrgencyColours {
  /** Solid bands, borders and coloured text; white text on it passes WCAG AA (4.5:1). */
  readonly strong: string
  /** A pale background for a row or box of this urgency. */
  readonly tint: string
  /** Text on the tint (AA or better). */
  readonly ink: string
}

/**
 * Red, orange, amber, grey: the order people already read as "most to least pressing". Each level
 * is also always named in words, so nothing relies on colour alone (black-and-white printers).
 */
export const URGENCY_PALETTE: Readonly<Record<UrgencyLevel, UrgencyColours>> = {
  emergency: { strong: '#a4161a', tint: '#fdf0f0', ink: '#6b0d10' },
  urgent: { strong: '#b45309', tint: '#fde4cc', ink: '#6b2c00' },
  soon: { strong: '#8a5a00', tint: '#fff5cc', ink: '#533a00' },
  none: { strong: '#3b4656', tint: '#eef1f5', ink: '#3b4656' },
}

/** The palette as CSS custom properties: --urgency-soon, --urgency-soon-tint, --urgency-soon-ink. */
export function urgencyCssVariables(): Record<string, string> {
  const variables: Record<string, string> = {}
  for (const level of URGENCY_LEVELS) {
    const colours = URGENCY_PALETTE[level]
    variables[`--urgency-${level}`] = colours.strong
    variables[`--urgency-${level}-tint`] = colours.tint
    variables[`--urgency-${level}-ink`] = colours.ink
  }
  return variables
}
