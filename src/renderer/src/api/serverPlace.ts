import { inject } from 'vue'
import type { InjectionKey } from 'vue'
import type { ConnectionStatus } from '../../../shared/connection/connection'

/**
 * Where this window's calls go: to the app on this computer, or to the clinic server across the
 * clinic network. Only the words differ: when no answer comes, a workstation names the clinic
 * server, so staff check their network and tell whoever looks after it instead of looking for
 * an app to restart.
 */
export type ServerPlace = 'thisComputer' | 'clinicServer'

/**
 * The one rule. The clinic server serves the app over HTTPS only, the single-computer browser
 * shell over plain HTTP on 127.0.0.1; the desktop app loads from a file, and talks to a clinic
 * server only when its first screen settled on one (`desktopMode`, from its connection status).
 */
export function serverPlaceOf(
  page: { readonly protocol: string },
  desktopMode: ConnectionStatus['mode'] | null = null,
): ServerPlace {
  if (desktopMode !== null) return desktopMode === 'server' ? 'clinicServer' : 'thisComputer'
  return page.protocol === 'https:' ? 'clinicServer' : 'thisComputer'
}

export const serverPlaceKey: InjectionKey<ServerPlace> = Symbol('serverPlace')

/** main.ts provides the place it settled at start; otherwise this page's address tells. */
export function useServerPlace(): ServerPlace {
  return inject(serverPlaceKey, () => serverPlaceOf(window.location), true)
}
