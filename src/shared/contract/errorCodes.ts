/**
 * What exactly went wrong, when the error's kind alone does not say it: the server sends one of
 * these codes (and a few small params), the renderer words it from its locale files. Typed here
 * so a throw site cannot misspell one and the English texts must word every one (the locale's
 * `errors.code` object is checked against this list). The contract itself carries the code as a
 * plain string, so a newer server's code does not break an older screen: it falls back to the
 * wording of the error's kind.
 */
/**
 * Why the server ended a session by itself, so the sign-in screen can say what happened and what
 * to do: sent as the `code` of a refused call and as `endedBy` in auth.status. Remembered in the
 * server's memory only (src/main/auth/sessionRegistry.ts): after a restart there is none, and the
 * screen says the general words.
 */
export const SESSION_END_CODES = [
  'session_ended_account_disabled',
  'session_ended_password_reset',
  // The person changed their password in another window or on another computer.
  'session_ended_password_changed',
] as const
export type SessionEndCode = (typeof SESSION_END_CODES)[number]

export function isSessionEndCode(code: unknown): code is SessionEndCode {
  return (SESSION_END_CODES as readonly unknown[]).includes(code)
}

export const ERROR_CODES = [
  // Backups and restore: why a backup file was refused, or could not be written.
  'backup_missing',
  'backup_unreadable',
  'backup_newer_version',
  'backup_not_ours',
  'backup_damaged',
  'backup_audit_broken',
  'backup_cannot_upgrade',
  'backup_needs_confirmation',
  'backup_check_failed',
  'backup_name_taken',
  'backup_write_failed',
  'restore_unavailable',
  'database_is_fine',
  'database_too_new',
  // Records changed or gone meanwhile.
  'patient_changed',
  'settings_changed',
  'intake_changed',
  'intake_not_draft',
  'intake_already_in_error',
  'intake_not_submitted',
  'summary_of_draft',
  'alert_missing',
  'alert_already_acknowledged',
  'workstation_missing',
  'patient_missing',
  'intake_missing',
  'intake_number_missing',
  'export_of_draft',
  // Reviews: who may change one, and when.
  'review_not_submitted',
  'review_of_intake_in_error',
  'review_signed',
  'review_started_elsewhere',
  'review_changed',
  'review_missing',
  'review_not_signed',
  'review_amended_meanwhile',
  // Accounts.
  ...SESSION_END_CODES,
  'account_missing',
  'username_unknown',
  'own_account_disable',
  'admin_already_exists',
  // Only the desktop app has system dialogs.
  'fhir_save_desktop_only',
  'summary_dialogs_desktop_only',
  // Importing a FHIR QuestionnaireResponse: field issues, each about the item in its path.
  'fhir_not_json',
  'fhir_not_a_response',
  'fhir_wrong_questionnaire',
  'fhir_unknown_item',
  'fhir_duplicate_item',
  'fhir_one_answer',
  'fhir_not_a_choice',
  'fhir_not_yes_no',
  'fhir_not_whole_number',
  'fhir_not_number',
  'fhir_not_text',
  'fhir_out_of_range',
  // Pairing a workstation with the clinic server (field issues, then the rate limit).
  'pairing_wrong_code',
  'pairing_expired_code',
  'pairing_used_code',
  'workstation_name_taken',
  'pairing_rate_limited',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/**
 * Values a coded message interpolates, such as the status an intake now has. Small and never
 * patient data: they are shown on screen and may be written to the server's log.
 */
export type ErrorParams = Readonly<Record<string, string | number>>

/** The statuses `intake_not_draft` names in its `status` param. */
export const NOT_DRAFT_STATUSES = ['submitted', 'discarded', 'entered_in_error'] as const
