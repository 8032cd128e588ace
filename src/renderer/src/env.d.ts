/// <reference types="vite/client" />
import type { ClinicApi } from '../../shared/contract/client'

declare global {
  interface Window {
    /** Present in the desktop shell only (exposed by the preload). */
    readonly clinic?: ClinicApi
  }
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
