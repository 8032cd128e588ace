import type { RouteRecordRaw } from 'vue-router'

export const reviewRoutes: RouteRecordRaw[] = [
  { path: '/worklist', name: 'worklist', component: () => import('./WorklistView.vue') },
  {
    path: '/review/:intakeId(\\d+)',
    name: 'intake-review',
    component: () => import('./IntakeReviewView.vue'),
    props: (route) => ({ intakeId: Number(route.params.intakeId) }),
  },
]
