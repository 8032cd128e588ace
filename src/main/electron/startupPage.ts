import { createHash } from 'node:crypto'
import type { BrowserWindowConstructorOptions } from 'electron'
import { PRODUCT_NAME } from '../dataDir'
import { secureWebPreferences } from './windowOptions'

const STYLE = `
body { margin: 0; font: 15px/1.45 system-ui, sans-serif; color: #1b1b1b; background: #fff; }
main { padding: 20px 24px; }
h1 { font-size: 17px; margin: 0 0 10px; }
p { margin: 0 0 12px; min-height: 2.9em; }
progress { width: 100%; height: 18px; }
.note { margin: 12px 0 0; min-height: 0; color: #4a4a4a; font-size: 13px; }
`

/**
 * The progress window's page, as a data: URL: static HTML with no script at all (its preload
 * fills in the line and the bar). Its policy allows nothing but its one inline style, by hash:
 * no script, no network, no frames, no forms.
 */
export function startupPageUrl(): string {
  const styleHash = createHash('sha256').update(STYLE).digest('base64')
  const policy = [
    "default-src 'none'",
    `style-src 'sha256-${styleHash}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>${PRODUCT_NAME} is starting</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${PRODUCT_NAME} is getting its data ready</h1>
<p id="text" role="status" aria-live="polite">Starting. Do not switch the computer off.</p>
<progress id="bar" max="100" value="0" aria-label="Progress"></progress>
<p class="note">This happens once, after an update. The app opens by itself when it is done.</p>
</main>
</body>
</html>`
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`
}

/**
 * The progress window's options: small, not closable (closing it would quit the app in the
 * middle of the work), and Electron's security checklist as for the main window.
 */
export function startupWindowOptions(options: {
  readonly preloadPath: string
}): BrowserWindowConstructorOptions {
  return {
    title: PRODUCT_NAME,
    width: 560,
    height: 230,
    resizable: false,
    maximizable: false,
    fullscreenable: false,
    closable: false,
    show: false,
    webPreferences: secureWebPreferences(options.preloadPath, false),
  }
}
