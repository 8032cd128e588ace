const pad = (n: number) => String(n).padStart(2, '0')

/**
 * An ISO instant on this computer's clock as YYYY-MM-DD HH:mm (with :ss for the audit trail):
 * the same unambiguous order as every date the app shows, whatever the browser's locale.
 */
export function formatDateTime(iso: string, options: { seconds?: boolean } = {}): string {
  const date = new Date(iso)
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`
  return options.seconds ? `${day} ${time}:${pad(date.getSeconds())}` : `${day} ${time}`
}
