/** Who may call a channel. Enforced at the one door once sign-in exists. */
export const ROLES = ['front_desk', 'clinician', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const ALL_ROLES: readonly Role[] = ROLES
