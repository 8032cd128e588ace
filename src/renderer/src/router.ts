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

// Hash history works from file:// (desktop shell) and from the loopback server alike.
// Each feature owns its routes in features/<feature>/routes.ts and adds one spread here.
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/patients' },
  ...patientRoutes,
  ...intakeRoutes,
  ...reviewRoutes,
  ...settingsRoutes,
  ...summaryRoutes,
  ...adminRoutes,
  ...agreementRoutes,
  ...authRoutes,
  { path: '/:pathMatch(.*)*', redirect: '/patients' },
]

export function createAppRouter() {
  return createRouter({ history: createWebHashHistory(), routes })
}
