// `npm start [-- --data-dir DIR]`: the desktop app where an Electron runtime (and a display) is
// available, otherwise the browser shell, announced in one line.
import { join } from 'node:path'
import { downloadElectronRuntime, findElectronRuntime, hasDisplay } from './lib/electronRuntime.mjs'
import { buildApp, repoRoot, runForeground } from './lib/run.mjs'

const args = process.argv.slice(2)
const electronDir = join(repoRoot, 'node_modules', 'electron')

/** First start on a machine with internet: Electron's own downloader fetches the runtime once. */
async function downloadedRuntime() {
  const downloaded = await downloadElectronRuntime(electronDir, {
    onSlow: () => console.log('Downloading the Electron runtime (first start only)…'),
  })
  return downloaded ? findElectronRuntime(electronDir) : { available: false }
}

async function startBrowserShell(why) {
  console.log(`${why}; starting the browser shell instead.`)
  return runForeground(process.execPath, [join(repoRoot, 'scripts', 'serve.mjs'), ...args])
}

async function main() {
  const installed = findElectronRuntime(electronDir)
  // Without a display Electron could not show a window, so it is not even downloaded.
  if (!hasDisplay()) {
    return startBrowserShell(
      installed.available
        ? 'No display is available for the desktop app on this machine'
        : 'Electron runtime not available on this machine, and no display to show it',
    )
  }
  const runtime = installed.available ? installed : await downloadedRuntime()
  if (!runtime.available) {
    return startBrowserShell(
      'Electron runtime not available on this machine (it could not be downloaded)',
    )
  }
  await buildApp()
  return runForeground(runtime.executable, [join(repoRoot, 'out', 'main', 'electron.js'), ...args])
}

process.exitCode = await main()
