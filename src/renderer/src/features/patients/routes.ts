import type { RouteRecordRaw } from 'vue-router'

export const patientRoutes: RouteRecordRaw[] = [
  { path: '/patients', name: 'patients', component: () => import('./PatientListView.vue') },
  { path: '/patients/new', name: 'patient-new', component: () => import('./PatientFormView.vue') },
  {
    path: '/patients/:id(\\d+)/edit',
    name: 'patient-edit',
    component: () => import('./PatientFormView.vue'),
    props: (route) => ({ patientId: Number(route.params.id) }),
  },
]
