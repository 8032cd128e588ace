import type { Router } from 'vue-router'
import type { ChannelName } from '../../../../shared/contract/channels'
import type { Role } from '../../../../shared/contract/roles'

declare module 'vue-router' {
  interface RouteMeta {
    /**
     * The channel a screen cannot work without: staff whose role may not call it are sent to
     * their own first screen instead of a page of "not allowed" errors. (The one door enforces
     * the roles either way; this only keeps people off screens that would refuse them.)
     */
    requires?: ChannelName
  }
}

/** The first screen of each role. */
export function homeFor(role: Role): string {
  return role === 'admin' ? '/admin/users' : '/patients'
}

export function installAccessGuard(
  router: Router,
  session: () => { role: Role | null; can(channel: ChannelName): boolean },
): void {
  router.beforeEach((to) => {
    const { role, can } = session()
    if (!role || !to.meta.requires || can(to.meta.requires)) return true
    const home = homeFor(role)
    return to.path === home ? true : home
  })
}
