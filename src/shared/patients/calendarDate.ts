import { z } from 'zod'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True when `text` is YYYY-MM-DD and names a day that exists (no 30 February). */
export function isRealCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

/** Today's date on this computer's calendar, as YYYY-MM-DD (what the front desk sees). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Whole years between a date of birth and a later day, both YYYY-MM-DD. */
export function ageInYears(dateOfBirth: string, onDay: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = onDay.split('-').map(Number) as [number, number, number]
  const hadBirthday = tm > bm || (tm === bm && td >= bd)
  return ty - by - (hadBirthday ? 0 : 1)
}

/** A YYYY-MM-DD string naming a real day. */
export const CalendarDateSchema = z
  .string({ error: 'Enter a date as YYYY-MM-DD' })
  .trim()
  .regex(ISO_DATE, { error: 'Enter the date as YYYY-MM-DD, for example 1984-03-27' })
  .refine(isRealCalendarDate, { error: 'This date does not exist; check the day and month' })
