import type { MenuItemConstructorOptions } from 'electron'

/**
 * A minimal menu: the standard app, edit (so copy and paste shortcuts work, notably on macOS),
 * zoom and window items. Reload and DevTools appear only in a developer build, so staff cannot
 * open a console beside patient data.
 */
export function menuTemplate(options: {
  readonly platform: NodeJS.Platform
  readonly developerTools: boolean
}): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ]
  if (options.developerTools) {
    view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' })
  }
  return [
    ...(options.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ]
}
