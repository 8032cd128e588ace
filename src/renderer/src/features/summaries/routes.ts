import type { RouteRecordRaw } from 'vue-router'

export const summaryRoutes: RouteRecordRaw[] = [
  {
    path: '/summaries/:intakeId(\\d+)',
    name: 'summary-pdf',
    component: () => import('./SummaryPdfView.vue'),
    props: (route) => ({ intakeId: Number(route.params.intakeId) }),
  },
]
