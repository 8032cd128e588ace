// The worklist counts each tab up to WORKLIST_COUNT_LIMIT and no further (counting years of
// intakes exactly on every load would be slow); at the limit a count reads "1,000+".
import { useI18n } from '../../i18n/useTexts'
import { WORKLIST_COUNT_LIMIT } from '../../../../shared/review/worklist'

/** True when counting stopped at the limit: there are at least this many, maybe more. */
export function isCountCapped(count: number): boolean {
  return count >= WORKLIST_COUNT_LIMIT
}

/** A count as shown on a tab or in "Showing 1–25 of …": the number, or "1,000+". */
export function useWorklistCountText(): (count: number) => string {
  const { t, locale } = useI18n()
  return (count) => {
    const format = (n: number) => n.toLocaleString(locale.value)
    return isCountCapped(count)
      ? t('worklist.countAtLeast', { count: format(WORKLIST_COUNT_LIMIT) })
      : format(count)
  }
}
