import type { RouteRecordRaw } from 'vue-router'

export const agreementRoutes: RouteRecordRaw[] = [
  {
    path: '/agreement',
    name: 'agreement',
    component: () => import('./AgreementView.vue'),
    meta: { requires: 'agreement.report' },
  },
]
