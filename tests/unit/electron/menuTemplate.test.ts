import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { menuTemplate } from '../../../src/main/electron/menuTemplate'

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ])
}

describe('the application menu', () => {
  it('has no DevTools or reload in a packaged app', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const found = roles(menuTemplate({ platform, developerTools: false }))
      expect(found).not.toContain('toggleDevTools')
      expect(found).not.toContain('reload')
      expect(found).not.toContain('forceReload')
      expect(found).toContain('editMenu')
    }
  })

  it('offers DevTools to developers', () => {
    expect(roles(menuTemplate({ platform: 'linux', developerTools: true }))).toContain(
      'toggleDevTools',
    )
  })

  it('has the standard app menu on macOS only', () => {
    expect(roles(menuTemplate({ platform: 'darwin', developerTools: false }))).toContain('appMenu')
    expect(roles(menuTemplate({ platform: 'win32', developerTools: false }))).not.toContain(
      'appMenu',
    )
  })
})
