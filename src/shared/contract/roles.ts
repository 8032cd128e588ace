/** Who may call a channel. Enforced at the one door from each channel's `roles`. */
export const ROLES = ['front_desk', 'clinician', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const ALL_ROLES: readonly Role[] = ROLES

/**
 * Who may see and work on patient records (patients, intakes, reviews, summaries): the people
 * who care for patients. Administrators manage accounts, settings, backups and the audit trail
 * and do not see patient records (least privilege: HIPAA's "minimum necessary"); someone who does
 * both has two accounts.
 */
export const PATIENT_RECORD_ROLES: readonly Role[] = ['front_desk', 'clinician']
