import type { RouteRecordRaw } from 'vue-router'
// Loaded with the app anyway: the session gate shows it in place of the app after a reset.
import ChangePasswordView from './ChangePasswordView.vue'
import { CHANGE_PASSWORD_PATH } from './returnPath'

export const authRoutes: RouteRecordRaw[] = [
  {
    // Every signed-in user, whatever their role; `?from=` is the screen to return to.
    path: CHANGE_PASSWORD_PATH,
    name: 'change-password',
    component: ChangePasswordView,
    meta: { requires: 'auth.changePassword' },
  },
]
