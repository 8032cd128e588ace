import { createRouter, createWebHashHistory } from 'vue-router'
import type { RouteRecordRaw } from 'vue-router'
import { patientRoutes } from './features/patients/routes'
import { intakeRoutes } from './features/intake/routes'
import { reviewRoutes } from './features/review/routes'
import { settingsRoutes } from './features/settings/routes'
import { summaryRoutes } from './features/summaries/routes'
import { adminRoutes } from './features/admin/routes'
import { agreementRoutes } from './features/agreement/routes'
import { authRoutes } from './features/auth/routes'
import { HOME_ROUTE } from './features/auth/accessGuard'

// Hash history works from file:// (desktop shell) and from the loopback server alike.
// Each feature owns its routes in features/<feature>/routes.ts and adds one spread here.
export const routes: RouteRecordRaw[] = [
  // Nothing here: each role is sent on to its own first screen once the session is known
  // (accessGuard.ts), so no screen loads first that the role may not use.
  { path: '/', name: HOME_ROUTE, component: { render: () => null } },
  ...patientRoutes,
  ...intakeRoutes,
  ...reviewRoutes,
  ...settingsRoutes,
  ...summaryRoutes,
  ...adminRoutes,
  ...agreementRoutes,
  ...authRoutes,
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

export function createAppRouter() {
  return createRouter({ history: createWebHashHistory(), routes })
}
