import { inject } from 'vue'
import type { InjectionKey } from 'vue'
import { createClient } from '../../../shared/contract/client'
import type { ClinicApi } from '../../../shared/contract/client'
import { takeAccessToken } from './accessToken'
import { createHttpTransport } from './httpTransport'
import { gatedApi } from './sessionGate'

export const clinicApiKey: InjectionKey<ClinicApi> = Symbol('clinicApi')

/**
 * The desktop shell's preload API when present, else the browser shell's HTTP client; either
 * way behind the session gate, which holds calls while the screen is locked.
 */
export function connectClinicApi(): ClinicApi | null {
  if (window.clinic) return gatedApi(window.clinic)
  const token = takeAccessToken(window.location, window.sessionStorage, window.history)
  return token ? gatedApi(createClient(createHttpTransport(token))) : null
}

export function useClinicApi(): ClinicApi {
  const api = inject(clinicApiKey)
  if (!api) throw new Error('useClinicApi() called outside the app')
  return api
}
