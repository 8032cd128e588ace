import type { RouteRecordRaw } from 'vue-router'

export const reviewRoutes: RouteRecordRaw[] = [
  {
    path: '/worklist',
    name: 'worklist',
    component: () => import('./WorklistView.vue'),
    meta: { requires: 'reviews.worklist' },
  },
  {
    path: '/review/:intakeId(\\d+)',
    name: 'intake-review',
    component: () => import('./IntakeReviewView.vue'),
    meta: { requires: 'reviews.get' },
    props: (route) => ({ intakeId: Number(route.params.intakeId) }),
  },
]
