import type { MessageBoxSyncOptions } from 'electron'

/**
 * What the window asks when its page holds work not yet saved (an intake answer waiting for its
 * save, a review note, an amendment being written: the renderer's `beforeunload` handlers) and
 * the window is being closed, the app quit, or the page reloaded (sign-out restarts it).
 * A browser asks on its own; Electron does not, it silently refuses to unload, so the window
 * would just not close. Stay is the default and what Escape chooses: nothing is lost by accident.
 */
export const UNSAVED_WORK_QUESTION: MessageBoxSyncOptions = {
  type: 'warning',
  title: 'Not saved yet',
  message: 'Some of what you typed here is not saved yet.',
  detail:
    'Choose Stay, wait until the screen says it is saved, then close or sign out again. ' +
    'If you leave now, what is not saved is lost.',
  buttons: ['Stay', 'Leave without saving'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
}
const LEAVE = 1

/** The parts of a window and of Electron's dialog this needs (so a test can stand in for them). */
interface WindowWithPage {
  readonly webContents: {
    on(event: 'will-prevent-unload', listener: (event: { preventDefault(): void }) => void): void
  }
}
type AskSync<W> = (window: W, options: MessageBoxSyncOptions) => number

/** Asks the person whether to leave when the page would keep unsaved work; leaves only if told. */
export function askBeforeDroppingUnsavedWork<W extends WindowWithPage>(
  window: W,
  ask: AskSync<W>,
): void {
  window.webContents.on('will-prevent-unload', (event) => {
    // preventDefault here overrides the page's refusal: the window closes or reloads after all.
    if (ask(window, UNSAVED_WORK_QUESTION) === LEAVE) event.preventDefault()
  })
}
