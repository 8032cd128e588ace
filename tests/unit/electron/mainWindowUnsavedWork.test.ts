// The main window itself asks before unsaved work is dropped: Electron, unlike a browser, would
// otherwise silently refuse to close or reload a page whose beforeunload handler objects.
import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { silentLogger } from '../../../src/main/log'

const electron = vi.hoisted(() => ({
  showMessageBoxSync: vi.fn<(window: unknown, options: { message?: string }) => number>(),
  windows: [] as { webContents: NodeJS.EventEmitter }[],
}))

vi.mock('electron', () => ({
  BrowserWindow: class {
    readonly webContents = new EventEmitter()
    constructor() {
      electron.windows.push(this)
    }
    once(): void {}
    show(): void {}
    isDestroyed(): boolean {
      return false
    }
    loadFile(): Promise<void> {
      return Promise.resolve()
    }
    loadURL(): Promise<void> {
      return Promise.resolve()
    }
  },
  dialog: { showMessageBoxSync: electron.showMessageBoxSync },
}))

const { createMainWindow } = await import('../../../src/main/electron/mainWindow')

describe('the main window with unsaved work on its page', () => {
  it('asks the person, and closes only when they choose to leave', () => {
    createMainWindow({
      preloadPath: '/app/out/preload/index.cjs',
      renderer: { kind: 'file', path: '/app/out/renderer/index.html' },
      developerTools: false,
      log: silentLogger,
    })
    const contents = electron.windows.at(-1)?.webContents
    const stay = { preventDefault: vi.fn() }
    electron.showMessageBoxSync.mockReturnValueOnce(0)
    contents?.emit('will-prevent-unload', stay)
    expect(electron.showMessageBoxSync).toHaveBeenCalledTimes(1)
    expect(electron.showMessageBoxSync.mock.calls[0]?.[1].message).toMatch(/not saved yet/)
    expect(stay.preventDefault).not.toHaveBeenCalled()

    const leave = { preventDefault: vi.fn() }
    electron.showMessageBoxSync.mockReturnValueOnce(1)
    contents?.emit('will-prevent-unload', leave)
    expect(leave.preventDefault).toHaveBeenCalledTimes(1)
  })
})
