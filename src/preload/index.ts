// First, before the contract's schemas are created (see src/shared/zodNoEval.ts).
import '../shared/zodNoEval'
import { contextBridge, ipcRenderer } from 'electron'
import { createClient } from '../shared/contract/client'

/**
 * The preload's whole surface: `window.clinic`, the typed client built from the contract, with
 * one `ipcRenderer.invoke` per contract method. No generic invoke, no ipcRenderer, no process.
 */
contextBridge.exposeInMainWorld(
  'clinic',
  createClient((channel, payload) => ipcRenderer.invoke(channel, payload)),
)
