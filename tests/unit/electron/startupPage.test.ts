import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { startupPageUrl, startupWindowOptions } from '../../../src/main/electron/startupPage'
import { SECURITY_CHECKLIST } from './securityChecklist'

function page(): string {
  const url = startupPageUrl()
  expect(url.startsWith('data:text/html;charset=utf-8,')).toBe(true)
  return decodeURIComponent(url.slice(url.indexOf(',') + 1))
}

describe('the progress window shown while the core does its one-time work', () => {
  it("keeps Electron's security checklist, and cannot be closed in the middle of the work", () => {
    const options = startupWindowOptions({ preloadPath: '/app/out/preload/startupProgress.cjs' })
    expect(options.closable).toBe(false)
    expect(options.webPreferences).toMatchObject({
      ...SECURITY_CHECKLIST,
      preload: '/app/out/preload/startupProgress.cjs',
      devTools: false,
    })
  })

  it('is a page with no script, whose policy allows only its own style, by hash', () => {
    const html = page()
    expect(html).not.toMatch(/<script/i)
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(policy).toContain("default-src 'none'")
    expect(policy).not.toMatch(/script-src|unsafe-inline|unsafe-eval/)
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? ''
    const hash = createHash('sha256').update(style).digest('base64')
    expect(policy).toContain(`style-src 'sha256-${hash}'`)
    // What the preload fills in: the line (read out by screen readers) and the bar.
    expect(html).toContain('id="text" role="status"')
    expect(html).toMatch(/<progress id="bar" max="100"/)
  })
})
