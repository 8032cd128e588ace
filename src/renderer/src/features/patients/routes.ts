import type { RouteRecordRaw } from 'vue-router'

export const patientRoutes: RouteRecordRaw[] = [
  {
    path: '/patients',
    name: 'patients',
    component: () => import('./PatientListView.vue'),
    meta: { requires: 'patients.search' },
  },
  {
    path: '/patients/new',
    name: 'patient-new',
    component: () => import('./PatientFormView.vue'),
    meta: { requires: 'patients.create' },
  },
  {
    path: '/patients/:id(\\d+)/edit',
    name: 'patient-edit',
    component: () => import('./PatientFormView.vue'),
    props: (route) => ({ patientId: Number(route.params.id) }),
    meta: { requires: 'patients.update' },
  },
]
