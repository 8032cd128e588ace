import type { ErrorCode } from '../../../../shared/contract/errorCodes'

/**
 * Words for each error code the server sends (src/shared/contract/errorCodes.ts): what happened
 * and what to do. Every code must have its words here (the type check says which one is missing);
 * a code with variants words each of them, chosen by a param (e.g. an intake's new status).
 */
const errorCode = {
  backup_missing:
    'This backup is no longer in the backup folder. Reload the list and choose another one. Nothing was changed.',
  backup_unreadable:
    'This file cannot be read as a Clinic Intake database, or it was encrypted by another Clinic Intake installation. Nothing was changed. Choose another backup.',
  backup_newer_version:
    'This backup was made by a newer version of Clinic Intake. Install that version to restore it. Nothing was changed.',
  backup_not_ours:
    'This file is not a Clinic Intake backup: it holds tables or rules a Clinic Intake database does not have. None of it was run and nothing was changed.',
  backup_damaged:
    'This backup is damaged: it failed the database check. Nothing was changed. Choose an older backup.',
  backup_audit_broken:
    'This backup’s audit trail does not hold: entries were changed or removed after it was made. Nothing was changed. Choose another backup.',
  backup_cannot_upgrade:
    'This backup could not be brought up to this version of Clinic Intake. Nothing was changed. Choose another backup.',
  backup_needs_confirmation:
    'This backup was not made by this installation, or was changed after it was made. Check what it holds and where it came from, then confirm to restore it.',
  backup_check_failed:
    'The new backup failed its check and was not kept. Your data is unchanged. Try again; if it keeps happening, tell your administrator.',
  backup_name_taken: 'A file with that name is already there. Choose another name.',
  backup_write_failed:
    'The backup could not be written to the backup folder. Check that the folder exists and its drive is connected, then try again.',
  restore_unavailable:
    'Restoring is not available here. Restore from the Clinic Intake app on the computer that holds the data.',
  database_is_fine:
    'The database is working, so there is nothing to recover. Restore from the Backups screen instead.',
  database_too_new:
    'The database was last used by a newer version of Clinic Intake. Install that version instead of restoring. Nothing was changed.',
  patient_changed:
    'Someone else saved this patient while you were editing. What you typed is still here: copy it if you need it, reload to see their changes, then make yours again.',
  settings_changed:
    'Someone else changed the settings meanwhile. Reload them to see the newest values, then make your change again.',
  intake_changed:
    'This intake was changed in another window. Reload it to continue from the newest copy.',
  intake_not_draft: {
    submitted: 'This intake has been submitted, so it can no longer be changed or discarded.',
    discarded: 'This draft was discarded, so it can no longer be changed or submitted.',
    entered_in_error:
      'This intake was marked entered in error, so it can no longer be changed or submitted.',
    other: 'This intake is no longer a draft, so it can no longer be changed. Reload the page.',
  },
  intake_already_in_error:
    'This intake was already marked entered in error. Nothing more is needed.',
  intake_not_submitted:
    'Only a submitted intake can be marked entered in error. Discard a draft instead.',
  summary_of_draft:
    'This intake is still a draft. Submit it first; a summary shows submitted answers only.',
  alert_missing: 'This alert no longer exists. Reload the page to see the current alerts.',
  alert_already_acknowledged:
    'Another clinician has already acknowledged this alert. Nothing more is needed here.',
  workstation_missing: 'This workstation is no longer in the list. Reload the list.',
  patient_missing:
    'This patient is no longer in the records. Reload the page and search for the patient again.',
  intake_missing: 'This intake no longer exists. Reload the page to see the current list.',
  intake_number_missing: 'There is no intake number {intakeId}. Check the number and try again.',
  export_of_draft:
    'This intake is still a draft. Submit it first; only submitted intakes can be exported.',
  review_not_submitted:
    'This intake has not been submitted yet, so it cannot be reviewed. Ask the front desk to submit it first.',
  review_of_intake_in_error:
    'This intake was marked entered in error, so it can no longer be reviewed or amended.',
  review_signed:
    'This review has been signed and can no longer be changed. Add an amendment to correct it.',
  review_started_elsewhere:
    'Another clinician has started reviewing this intake. Reload to see their work.',
  review_changed:
    'This review was changed in another window. Reload it to continue from the newest copy.',
  review_missing: 'This intake has no signed review yet, so there is nothing to amend.',
  review_not_signed:
    'Only a signed review can be amended, and this one is still open. Change the review itself instead.',
  review_amended_meanwhile:
    'Someone else amended this review meanwhile. Reload to see their amendment first, then add yours.',
  session_ended_account_disabled:
    'Your account was disabled by an administrator. Ask them if you need access.',
  session_ended_password_reset:
    'An administrator reset your password. Sign in with the temporary password they give you.',
  session_ended_password_changed:
    'Your password was changed in another window or on another computer. Sign in with your new password.',
  account_missing: 'This account no longer exists. Reload the list of people.',
  username_unknown: 'There is no account with this username. Check the spelling and try again.',
  own_account_disable:
    'You cannot disable your own account. Another administrator can do it if it is needed.',
  admin_already_exists:
    'The administrator account has already been set up. Sign in with it instead.',
  fhir_save_desktop_only:
    'Saving through the system dialog works only in the desktop app. In the browser, use Export FHIR, which downloads the file.',
  summary_dialogs_desktop_only:
    'Saving and printing through the system dialogs works only in the desktop app. In the browser, use the download or the browser’s PDF viewer.',
  fhir_not_json: 'This file is not valid JSON. Choose the QuestionnaireResponse file again.',
  fhir_not_a_response:
    'This file is not a FHIR QuestionnaireResponse. Choose a QuestionnaireResponse for the lower back and hip pain intake.',
  fhir_wrong_questionnaire:
    'This response answers another questionnaire ({questionnaire}), not this app’s lower back and hip pain intake. Choose a response to this intake.',
  fhir_unknown_item:
    'Unknown question “{question}”: this intake form has no item with that linkId.',
  fhir_duplicate_item: '“{question}” is answered twice. Keep one answer.',
  fhir_one_answer: '“{question}” takes one answer, not {count}.',
  fhir_not_a_choice:
    '“{question}” has an answer that is not one of its choices (allowed: {allowed}).',
  fhir_not_yes_no: '“{question}” must be answered yes or no (valueBoolean).',
  fhir_not_whole_number: '“{question}” must be a whole number (valueInteger).',
  fhir_not_number: '“{question}” must be a number (valueDecimal).',
  fhir_not_text: '“{question}” must be text (valueString).',
  fhir_out_of_range:
    '“{question}” has an answer this form does not allow: out of its range, too long, or a “none” choice together with others.',
  pairing_wrong_code:
    'This pairing code is not valid. Check it against the one your administrator gave you, or ask for a new one.',
  pairing_expired_code:
    'This pairing code has expired (codes last 10 minutes). Ask your administrator for a new one.',
  pairing_used_code:
    'This pairing code has been used already: each code pairs one computer. Ask your administrator for a new one.',
  workstation_name_taken:
    'Another paired computer already has this name. Choose another, or ask your administrator to remove the old one from the list first.',
  pairing_rate_limited:
    'Too many pairing attempts came from this computer. Wait {count} minute, then try again with the pairing code from your administrator. | Too many pairing attempts came from this computer. Wait {count} minutes, then try again with the pairing code from your administrator.',
} as const satisfies Record<ErrorCode, string | Record<string, string>>

/** A disk problem with the place named, when the server says where the data lives. */
const storageAt = {
  disk_full:
    'The disk is full, so this was not saved. What you typed is still here. Free space on the drive that holds {location}, then try again.',
  read_only:
    'The app cannot write to {location} (the drive is read-only or its permissions changed), so this was not saved. What you typed is still here. Ask whoever looks after this computer to make it writable, then try again.',
} as const

export const errorCodes = { errorCode, storageAt } as const
