// The desktop shell's live updates, between the main process and the window (see
// src/main/electron/live). The same messages as the browser's event stream: ids and kinds only.
import { z } from 'zod'
import { ChangeEventSchema } from './changeEvent'

/** IPC channels: the window starts and stops its updates; the main process sends each message. */
export const LIVE_CHANNELS = {
  start: 'live.start',
  stop: 'live.stop',
  message: 'live.message',
} as const

/**
 * One change; "re-fetch everything you show" (the server could not replay what was missed); or
 * "the stream broke" (refused or dropped, retrying): the window then asks the server who is
 * signed in, since after a server restart it would otherwise look signed in and hear nothing.
 */
export const LiveMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('change'), event: ChangeEventSchema }),
  z.object({ kind: z.literal('reload') }),
  z.object({ kind: z.literal('lost') }),
])
export type LiveMessage = z.infer<typeof LiveMessageSchema>

/** `window.clinicLive` in the desktop shell; absent in the browser. */
export interface LiveBridge {
  /** Someone signed in: send this window what changes. */
  start(): void
  /** Signed out: stop. */
  stop(): void
  /** Each message the main process sends; returns the function that stops listening. */
  listen(listener: (message: LiveMessage) => void): () => void
}
