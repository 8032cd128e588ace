import type { RouteRecordRaw } from 'vue-router'

export const summaryRoutes: RouteRecordRaw[] = [
  {
    path: '/summaries/:intakeId(\\d+)',
    name: 'summary-pdf',
    component: () => import('./SummaryPdfView.vue'),
    meta: { requires: 'summaries.render' },
    props: (route) => ({ intakeId: Number(route.params.intakeId) }),
  },
]
