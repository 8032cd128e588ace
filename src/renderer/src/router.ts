import { createRouter, createWebHashHistory } from 'vue-router'
import type { RouteRecordRaw } from 'vue-router'

// Hash history works from file:// (desktop shell) and from the loopback server alike.
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/patients' },
  {
    path: '/patients',
    name: 'patients',
    component: () => import('./views/PatientListView.vue'),
  },
  {
    path: '/patients/new',
    name: 'patient-new',
    component: () => import('./views/PatientFormView.vue'),
  },
  {
    path: '/patients/:id(\\d+)/edit',
    name: 'patient-edit',
    component: () => import('./views/PatientFormView.vue'),
    props: (route) => ({ patientId: Number(route.params.id) }),
  },
  { path: '/:pathMatch(.*)*', redirect: '/patients' },
]

export function createAppRouter() {
  return createRouter({ history: createWebHashHistory(), routes })
}
