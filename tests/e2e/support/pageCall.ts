import type { APIResponse, Page } from '@playwright/test'
import type { BrowserShell } from './browserShell'

/**
 * A call to the one door made as the page's own tab makes it: the same device and session
 * cookies (the page's browser context), the same tab id (from its sessionStorage, see
 * src/renderer/src/api/tabId.ts) and the app's own origin. So it acts as whoever is signed in
 * on that tab; sign-ins are per tab, never per launch token.
 */
export async function callAsPage(
  page: Page,
  shell: BrowserShell,
  channel: string,
  data: unknown,
): Promise<APIResponse> {
  const tab = await page.evaluate(() => globalThis.sessionStorage.getItem('clinic-intake.tab-id'))
  return page.request.post(`${shell.origin}/rpc/${channel}`, {
    headers: { Origin: shell.origin, ...(tab ? { 'x-clinic-tab': tab } : {}) },
    data,
  })
}
