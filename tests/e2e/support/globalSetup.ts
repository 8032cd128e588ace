import { execFileSync } from 'node:child_process'

/** Both e2e projects run the built app, exactly as `npm start` would; build it once per run. */
export default function globalSetup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return
  execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}
