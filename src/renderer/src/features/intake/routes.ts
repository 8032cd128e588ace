import type { RouteRecordRaw } from 'vue-router'

export const intakeRoutes: RouteRecordRaw[] = [
  {
    path: '/intakes/drafts',
    name: 'intake-drafts',
    component: () => import('./IntakeDraftsView.vue'),
    meta: { requires: 'intakes.listDrafts' },
  },
  {
    path: '/intakes/:id(\\d+)/summary',
    name: 'intake-summary',
    component: () => import('./IntakeSubmittedView.vue'),
    meta: { requires: 'intakes.get' },
    props: (route) => ({ intakeId: Number(route.params.id) }),
  },
  {
    // No step in the address: resume at the step stored with the draft.
    path: '/intakes/:id(\\d+)/:step([a-z-]+)?',
    name: 'intake-step',
    component: () => import('./IntakeFormView.vue'),
    meta: { requires: 'intakes.saveDraft' },
    props: (route) => ({
      intakeId: Number(route.params.id),
      stepSlug: typeof route.params.step === 'string' ? route.params.step : undefined,
    }),
  },
]
