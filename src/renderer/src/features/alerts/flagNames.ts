import { redFlagDefinition } from '../../../../shared/clinical/assessment'
import type { OpenAlert } from '../../../../shared/alerts/alert'

/** The alert's red flags by name ("Possible cauda equina syndrome"), or `fallback` if none. */
export function alertFlagNames(alert: OpenAlert, fallback: string): string {
  return alert.redFlags.map((flag) => redFlagDefinition(flag).name).join(', ') || fallback
}
