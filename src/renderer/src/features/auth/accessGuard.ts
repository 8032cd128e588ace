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

/** The route name of '/', which shows nothing until it knows whose first screen to open. */
export const HOME_ROUTE = 'home'

/**
 * The first screen of each role, the one its work starts from: front desk finds patients,
 * clinicians review the worklist, administrators manage accounts. Each may call what it needs,
 * so landing never shows "not allowed" or leaves a refusal in the audit trail.
 */
export function homeFor(role: Role): string {
  switch (role) {
    case 'front_desk':
      return '/patients'
    case 'clinician':
      return '/worklist'
    case 'admin':
      return '/admin/users'
  }
}

export function installAccessGuard(
  router: Router,
  session: () => { role: Role | null; can(channel: ChannelName): boolean },
): void {
  router.beforeEach((to) => {
    const { role, can } = session()
    if (role && to.name === HOME_ROUTE) return homeFor(role)
    if (!role || !to.meta.requires || can(to.meta.requires)) return true
    const home = homeFor(role)
    return to.path === home ? true : home
  })
}
