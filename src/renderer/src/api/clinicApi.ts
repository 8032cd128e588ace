import { inject } from 'vue'
import type { InjectionKey } from 'vue'
import { createClient } from '../../../shared/contract/client'
import type { ClinicApi } from '../../../shared/contract/client'
import { takeAccessToken } from './accessToken'
import { createHttpTransport } from './httpTransport'
import { tabId } from './tabId'
import { resilientApi } from './resilientApi'
import { serverReach } from './serverReach'
import { gatedApi } from './sessionGate'

export const clinicApiKey: InjectionKey<ClinicApi> = Symbol('clinicApi')

/**
 * The desktop shell's preload API when present, else the browser shell's HTTP client; either
 * way behind the session gate, which holds calls while the screen is locked, and reporting to
 * `serverReach` whether the server answers (reads retry until it does).
 */
export function connectClinicApi(): ClinicApi | null {
  if (window.clinic) return gatedApi(resilientApi(window.clinic, serverReach))
  // The launch token (browser shell) was exchanged for a device cookie before this page loaded
  // (see src/main/http/rpcServer.ts); one still in the address is only taken out of it.
  takeAccessToken(window.location, window.sessionStorage, window.history)
  return gatedApi(resilientApi(createClient(createHttpTransport(tabId())), serverReach))
}

export function useClinicApi(): ClinicApi {
  const api = inject(clinicApiKey)
  if (!api) throw new Error('useClinicApi() called outside the app')
  return api
}
