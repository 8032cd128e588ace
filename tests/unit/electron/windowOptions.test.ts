import { describe, expect, it } from 'vitest'
import { mainWindowOptions } from '../../../src/main/electron/windowOptions'
import { SECURITY_CHECKLIST } from './securityChecklist'

describe('the main window options', () => {
  it("follow Electron's security checklist", () => {
    const prefs = mainWindowOptions({
      preloadPath: '/app/out/preload/index.cjs',
      developerTools: false,
    }).webPreferences
    expect(prefs).toMatchObject({ ...SECURITY_CHECKLIST, preload: '/app/out/preload/index.cjs' })
    // Nothing that loosens the sandbox is ever set.
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
    expect(prefs).not.toHaveProperty('additionalArguments')
  })

  it('allow DevTools only in a developer build', () => {
    const packaged = mainWindowOptions({ preloadPath: 'p', developerTools: false })
    const developer = mainWindowOptions({ preloadPath: 'p', developerTools: true })
    expect(packaged.webPreferences?.devTools).toBe(false)
    expect(developer.webPreferences?.devTools).toBe(true)
  })

  it('keep the window hidden until its page is ready', () => {
    expect(mainWindowOptions({ preloadPath: 'p', developerTools: false }).show).toBe(false)
  })
})
