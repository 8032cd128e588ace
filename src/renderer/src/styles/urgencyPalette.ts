import { urgencyCssVariables } from '../../../shared/ui/urgencyPalette'

/**
 * Puts the app's one urgency palette (src/shared/ui/urgencyPalette.ts, also used by the PDF) on
 * the page as CSS variables, so stylesheets say var(--urgency-soon) and never a colour of their
 * own. Set through the CSSOM, which the Content-Security-Policy allows (no inline style).
 */
export function applyUrgencyPalette(style: Pick<CSSStyleDeclaration, 'setProperty'>): void {
  for (const [name, value] of Object.entries(urgencyCssVariables())) style.setProperty(name, value)
}
