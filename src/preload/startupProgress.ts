// First, before any schema is created (see src/shared/zodNoEval.ts).
import '../shared/zodNoEval'
import { ipcRenderer } from 'electron'
import {
  STARTUP_PROGRESS_CHANNEL,
  StartupProgressMessageSchema,
} from '../shared/startup/startupProgressMessage'

/** The two things done to the page, typed here: the preloads' config has no DOM library. */
interface PageElement {
  textContent: string | null
  setAttribute(name: string, value: string): void
}
declare const document: { getElementById(id: string): PageElement | null }

/**
 * The progress window's preload (src/main/electron/startupWindow.ts). The page has no script at
 * all; this fills in its line and its bar from the main process's updates, and exposes nothing
 * to the page (no contextBridge): there is no call the page could make.
 */
ipcRenderer.on(STARTUP_PROGRESS_CHANNEL, (_event, message: unknown) => {
  const parsed = StartupProgressMessageSchema.safeParse(message)
  if (!parsed.success) return
  const text = document.getElementById('text')
  const bar = document.getElementById('bar')
  if (text) text.textContent = parsed.data.text
  bar?.setAttribute('value', String(parsed.data.percent))
})
