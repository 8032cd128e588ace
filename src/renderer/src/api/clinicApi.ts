import { inject } from 'vue'
import type { InjectionKey } from 'vue'
import { createClient } from '../../../shared/contract/client'
import type { ClinicApi } from '../../../shared/contract/client'
import { takeAccessToken } from './accessToken'
import { createHttpTransport } from './httpTransport'

export const clinicApiKey: InjectionKey<ClinicApi> = Symbol('clinicApi')

/** The desktop shell's preload API when present, else the browser shell's HTTP client. */
export function connectClinicApi(): ClinicApi | null {
  if (window.clinic) return window.clinic
  const token = takeAccessToken(window.location, window.sessionStorage, window.history)
  return token ? createClient(createHttpTransport(token)) : null
}

export function useClinicApi(): ClinicApi {
  const api = inject(clinicApiKey)
  if (!api) throw new Error('useClinicApi() called outside the app')
  return api
}
