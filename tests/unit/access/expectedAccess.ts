import type { ChannelAuditAction } from '../../../src/shared/audit/auditEntry'
import type { ChannelName } from '../../../src/shared/contract/channels'
import type { Role } from '../../../src/shared/contract/roles'

const CARE: Role[] = ['front_desk', 'clinician']
const CLINICIAN: Role[] = ['clinician']
const ADMIN: Role[] = ['admin']
const EVERYONE: Role[] = ['front_desk', 'clinician', 'admin']
const CONSOLE_ONLY: Role[] = []
const CLINICIAN_OR_ADMIN: Role[] = ['clinician', 'admin']

/**
 * Who may call what, written out by hand from the clinic's point of view, independently of the
 * contract: the matrix test fails when the two disagree, so a role added to or dropped from a
 * channel by mistake is caught. `public` = reachable without signing in (sign-in and recovery).
 *
 * Front desk and clinicians work with patient records; only clinicians decide, sign and amend
 * reviews; administrators manage accounts, clinic settings, backups and the audit trail and do
 * not see patient records. A new channel needs a line here.
 */
export const EXPECTED_ACCESS: Record<ChannelName, Role[] | 'public'> = {
  'patients.create': CARE,
  'patients.update': CARE,
  'patients.get': CARE,
  'patients.findDuplicates': CARE,
  'patients.search': CARE,
  'intakes.start': CARE,
  'intakes.saveDraft': CARE,
  'intakes.discardDraft': CARE,
  'intakes.submit': CARE,
  // Saying an intake is wrong: clinicians, and an administrator told of one.
  'intakes.markEnteredInError': CLINICIAN_OR_ADMIN,
  'intakes.get': CARE,
  'intakes.listDrafts': CARE,
  'intakes.historyForPatient': CARE,
  'reviews.worklist': CARE,
  'reviews.get': CARE,
  'reviews.saveDraft': CLINICIAN,
  'reviews.signOff': CLINICIAN,
  'reviews.amend': CLINICIAN,
  // Emergency alerts: clinicians act on them.
  'alerts.listOpen': CLINICIAN,
  'alerts.acknowledge': CLINICIAN,
  'settings.get': EVERYONE,
  'settings.update': ADMIN,
  'summaries.render': CARE,
  'summaries.renderForPrint': CARE,
  'summaries.saveToFile': CARE,
  'summaries.print': CARE,
  'auth.status': 'public',
  'auth.setupAdmin': 'public',
  'auth.signIn': 'public',
  'auth.unlock': 'public',
  'auth.lock': 'public',
  'auth.signOut': 'public',
  'auth.keepAlive': EVERYONE,
  'auth.changePassword': EVERYONE,
  'users.list': ADMIN,
  'users.create': ADMIN,
  'users.setDisabled': ADMIN,
  'users.resetPassword': ADMIN,
  'audit.list': ADMIN,
  'audit.verify': ADMIN,
  'audit.exportCsv': ADMIN,
  'backups.list': ADMIN,
  'backups.run': ADMIN,
  'backups.restore': ADMIN,
  'safety.getSettings': ADMIN,
  'safety.saveSettings': ADMIN,
  'backups.inspect': ADMIN,
  'users.unlock': ADMIN,
  'recovery.listBackups': 'public',
  'recovery.inspect': 'public',
  'recovery.restore': 'public',
  // The server's console (the CLI) only: no screen may call these.
  'demo.seed': CONSOLE_ONLY,
  'summaries.exportPlan': CONSOLE_ONLY,
  'summaries.exportToFolder': CONSOLE_ONLY,
  'backups.writeTo': CONSOLE_ONLY,
  'backups.inspectFile': CONSOLE_ONLY,
  'backups.restoreFile': CONSOLE_ONLY,
  // Which computers may reach the clinic server.
  'workstations.createPairingCode': ADMIN,
  'workstations.list': ADMIN,
  'workstations.revoke': ADMIN,
  // Counts over signed reviews, never a patient: clinicians and administrators.
  'agreement.report': CLINICIAN_OR_ADMIN,
  'agreement.exportCsv': CLINICIAN_OR_ADMIN,
  // FHIR: exports like the PDF; an import makes a draft intake, which is front-desk work.
  'fhir.exportBundle': CARE,
  'fhir.saveBundleToFile': CARE,
  'fhir.importResponse': ['front_desk'],
  'fhir.exportPlan': CONSOLE_ONLY,
  'fhir.exportToFolder': CONSOLE_ONLY,
  'fhir.writeQuestionnaire': CONSOLE_ONLY,
}

/** Besides their roles, the channels the server's console (the `cli` caller) may call. */
export const EXPECTED_CONSOLE: readonly ChannelName[] = [
  'demo.seed',
  'summaries.exportPlan',
  'summaries.exportToFolder',
  'backups.writeTo',
  'backups.inspectFile',
  'backups.restoreFile',
  'users.create',
  'users.unlock',
  'audit.verify',
  'workstations.createPairingCode',
  'agreement.report',
  'fhir.exportPlan',
  'fhir.exportToFolder',
  'fhir.writeQuestionnaire',
]

/**
 * What must leave an audit entry (the issue's list: every create, update, view of a record, PDF
 * save/print/export, sign-off, amendment, sign-in and the rest). Lists of patients' records
 * (search, duplicates, drafts, history, worklist) are views too.
 */
export const EXPECTED_AUDIT: Partial<Record<ChannelName, ChannelAuditAction>> = {
  'patients.create': 'create',
  'patients.update': 'update',
  'patients.get': 'view',
  'patients.findDuplicates': 'view',
  'patients.search': 'view',
  'intakes.listDrafts': 'view',
  'intakes.historyForPatient': 'view',
  'reviews.worklist': 'view',
  'intakes.start': 'create',
  'intakes.saveDraft': 'update',
  'intakes.discardDraft': 'update',
  'intakes.submit': 'update',
  'intakes.markEnteredInError': 'entered_in_error',
  'intakes.get': 'view',
  'reviews.get': 'view',
  'reviews.saveDraft': 'update',
  'reviews.signOff': 'sign',
  'reviews.amend': 'amend',
  'alerts.listOpen': 'view',
  'alerts.acknowledge': 'acknowledge',
  'settings.update': 'update',
  'summaries.render': 'export',
  'summaries.renderForPrint': 'print',
  'summaries.saveToFile': 'export',
  'summaries.print': 'print',
  'auth.setupAdmin': 'create',
  'auth.signIn': 'sign_in',
  'auth.unlock': 'unlock',
  'auth.lock': 'lock',
  'auth.signOut': 'sign_out',
  'auth.changePassword': 'update',
  'users.create': 'create',
  'users.setDisabled': 'update',
  'users.resetPassword': 'update',
  'audit.list': 'view',
  'audit.exportCsv': 'export',
  'backups.run': 'backup',
  'backups.restore': 'restore',
  'safety.saveSettings': 'update',
  'users.unlock': 'update',
  'demo.seed': 'create',
  'summaries.exportToFolder': 'export',
  'backups.writeTo': 'backup',
  'backups.restoreFile': 'restore',
  'workstations.createPairingCode': 'create',
  'workstations.revoke': 'update',
  'agreement.report': 'view',
  'agreement.exportCsv': 'export',
  'fhir.exportBundle': 'export',
  'fhir.saveBundleToFile': 'export',
  'fhir.importResponse': 'create',
  'fhir.exportToFolder': 'export',
}
