// Whether an Electron runtime (the binary, not just the npm package) is on this machine.
// Electron 45+ downloads it lazily on first use; these checks never trigger that download.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Mirrors node_modules/electron/index.js: path.txt names the executable inside dist/, and
 * ELECTRON_OVERRIDE_DIST_PATH points at a runtime kept elsewhere.
 * Returns `{ available: true, executable }` or `{ available: false, reason }`.
 */
export function findElectronRuntime(electronDir, env = process.env) {
  if (!existsSync(join(electronDir, 'package.json'))) {
    return { available: false, reason: 'the electron package is not installed' }
  }
  const pathFile = join(electronDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const executable = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
    return existsSync(executable)
      ? { available: true, executable }
      : { available: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no ${executable}` }
  }
  if (!relative) return { available: false, reason: 'node_modules/electron/path.txt missing' }
  const executable = join(electronDir, 'dist', relative)
  return existsSync(executable)
    ? { available: true, executable }
    : { available: false, reason: `node_modules/electron/dist/${relative} missing` }
}

/**
 * Runs Electron's own downloader (node_modules/electron/install.js) quietly. Where there is no
 * network it fails within a second; elsewhere it downloads the runtime once. `onSlow` is called
 * if it is still running after `slowAfterMs` (so a real download can say so), and it is stopped
 * after `timeoutMs`. Resolves true when it exited successfully.
 */
export function downloadElectronRuntime(
  electronDir,
  { timeoutMs = 10 * 60_000, slowAfterMs = 3_000, onSlow = () => {} } = {},
) {
  return new Promise((resolve) => {
    const installer = join(electronDir, 'install.js')
    if (!existsSync(installer)) {
      resolve(false)
      return
    }
    const child = spawn(process.execPath, [installer], { cwd: electronDir, stdio: 'ignore' })
    const slow = setTimeout(onSlow, slowAfterMs)
    const timeout = setTimeout(() => child.kill(), timeoutMs)
    const finish = (ok) => {
      clearTimeout(slow)
      clearTimeout(timeout)
      resolve(ok)
    }
    child.once('error', () => finish(false))
    child.once('exit', (code) => finish(code === 0))
  })
}

/** Electron on Linux and the BSDs needs an X11 or Wayland display to open a window. */
export function hasDisplay(platform = process.platform, env = process.env) {
  if (platform === 'win32' || platform === 'darwin') return true
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY)
}
