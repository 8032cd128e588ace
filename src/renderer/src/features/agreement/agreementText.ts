// The report's figures as clinic staff read them: whole percentages, waits in hours and days.
import type { Proportion } from '../../../../shared/agreement/agreementReport'

import type { Translate } from '../../i18n/messageKeys'

const percentOf = (value: number) => Math.round(value * 100)

/** "80%" with "95%: 49–94%" and "8 of 10"; "Too few reviews to say" below the minimum. */
export function proportionText(
  t: Translate,
  value: Proportion,
): { main: string; range: string | null; counts: string | null } {
  // Nothing to count: the screen shows a quiet dash rather than "0 of 0" in every empty cell.
  if (value.total === 0) return { main: t('agreement.noneYet'), range: null, counts: null }
  const counts = t('agreement.ofTotal', { successes: value.successes, total: value.total })
  if (!value.interval) return { main: t('agreement.tooFew'), range: null, counts }
  return {
    main: t('agreement.percent', { value: percentOf(value.interval.estimate) }),
    range: t('agreement.range', {
      low: percentOf(value.interval.low),
      high: percentOf(value.interval.high),
    }),
    counts,
  }
}

/** A wait in the two largest units that matter ("3 h 20 min", "2 d 4 h"). */
export function waitText(t: Translate, minutes: number): string {
  if (minutes < 1) return t('duration.underMinute')
  if (minutes < 60) return t('duration.minutes', { n: minutes })
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return t('duration.hoursMinutes', { h: hours, m: minutes % 60 })
  return t('duration.daysHours', { d: Math.floor(hours / 24), h: hours % 24 })
}
