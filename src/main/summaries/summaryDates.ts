/**
 * Date and time as printed on the summary: YYYY-MM-DD HH:MM in the clinic's time zone. ISO order
 * because a clinic anywhere reads it one way (03/04 is March in one country and April in another).
 */
export function formatDateTime(at: Date | string, timeZone?: string): string {
  const date = typeof at === 'string' ? new Date(at) : at
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`
}
