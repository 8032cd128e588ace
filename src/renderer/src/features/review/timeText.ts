// How long someone has waited, as clinic staff say it.
import type { Translate } from '../../i18n/messageKeys'

/** Time elapsed since `sinceIso`, in the two largest units that matter ("3 h 20 min"). */
export function elapsedText(t: Translate, sinceIso: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(sinceIso).getTime()) / 60_000))
  if (minutes < 1) return t('duration.underMinute')
  if (minutes < 60) return t('duration.minutes', { n: minutes })
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return t('duration.hoursMinutes', { h: hours, m: minutes % 60 })
  return t('duration.daysHours', { d: Math.floor(hours / 24), h: hours % 24 })
}
