import type { RouteRecordRaw } from 'vue-router'

export const adminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin/users',
    name: 'admin-users',
    component: () => import('./UsersView.vue'),
    meta: { requires: 'users.list' },
  },
  {
    path: '/admin/audit',
    name: 'admin-audit',
    component: () => import('./AuditView.vue'),
    meta: { requires: 'audit.list' },
  },
  {
    path: '/admin/backups',
    name: 'admin-backups',
    component: () => import('./BackupsView.vue'),
    meta: { requires: 'backups.list' },
  },
  {
    path: '/admin/workstations',
    name: 'admin-workstations',
    component: () => import('./WorkstationsView.vue'),
    meta: { requires: 'workstations.list' },
  },
]
