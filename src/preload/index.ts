// First, before the contract's schemas are created (see src/shared/zodNoEval.ts).
import '../shared/zodNoEval'
import { contextBridge, ipcRenderer } from 'electron'
import { CONNECTION_CHANNELS } from '../shared/connection/connection'
import type { ConnectionBridge } from '../shared/connection/connection'
import { createClient } from '../shared/contract/client'
import { LIVE_CHANNELS, LiveMessageSchema } from '../shared/events/liveBridge'
import type { LiveBridge, LiveMessage } from '../shared/events/liveBridge'

/**
 * The preload's whole surface: `window.clinic`, the typed client built from the contract, with
 * one `ipcRenderer.invoke` per contract method; `window.clinicConnection`, the first screen's
 * three calls (how this computer works: on its own or with a clinic server); and
 * `window.clinicLive`, the live updates (start, stop, listen). No generic invoke, no
 * ipcRenderer, no process.
 */
contextBridge.exposeInMainWorld(
  'clinic',
  createClient((channel, payload) => ipcRenderer.invoke(channel, payload)),
)

const connection: ConnectionBridge = {
  status: () => ipcRenderer.invoke(CONNECTION_CHANNELS.status),
  chooseLocal: () => ipcRenderer.invoke(CONNECTION_CHANNELS.chooseLocal),
  // A plain copy: a reactive form object must not cross the bridge.
  pair: (input) => ipcRenderer.invoke(CONNECTION_CHANNELS.pair, JSON.parse(JSON.stringify(input))),
}
contextBridge.exposeInMainWorld('clinicConnection', connection)

const live: LiveBridge = {
  start: () => void ipcRenderer.invoke(LIVE_CHANNELS.start),
  stop: () => void ipcRenderer.invoke(LIVE_CHANNELS.stop),
  listen(listener) {
    // Checked here too: only a well-formed message (ids and kinds) reaches the page.
    const onMessage = (_event: unknown, message: unknown) => {
      const parsed = LiveMessageSchema.safeParse(message)
      if (parsed.success) listener(parsed.data as LiveMessage)
    }
    ipcRenderer.on(LIVE_CHANNELS.message, onMessage)
    return () => {
      ipcRenderer.removeListener(LIVE_CHANNELS.message, onMessage)
    }
  },
}
contextBridge.exposeInMainWorld('clinicLive', live)
