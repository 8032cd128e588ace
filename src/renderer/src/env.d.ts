/// <reference types="vite/client" />
import type { ConnectionBridge } from '../../shared/connection/connection'
import type { ClinicApi } from '../../shared/contract/client'
import type { LiveBridge } from '../../shared/events/liveBridge'

declare global {
  interface Window {
    /** Present in the desktop shell only (exposed by the preload). */
    readonly clinic?: ClinicApi
    /** The desktop shell's first screen: this computer only, or a clinic server. */
    readonly clinicConnection?: ConnectionBridge
    /** The desktop shell's live updates, relayed by the main process. */
    readonly clinicLive?: LiveBridge
  }
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
