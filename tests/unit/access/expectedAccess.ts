import type { ChannelAuditAction } from '../../../src/shared/audit/auditEntry'
import type { ChannelName } from '../../../src/shared/contract/channels'
import type { Role } from '../../../src/shared/contract/roles'

const CARE: Role[] = ['front_desk', 'clinician']
const CLINICIAN: Role[] = ['clinician']
const ADMIN: Role[] = ['admin']
const EVERYONE: Role[] = ['front_desk', 'clinician', 'admin']

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
  'intakes.get': CARE,
  'intakes.listDrafts': CARE,
  'intakes.historyForPatient': CARE,
  'reviews.worklist': CARE,
  'reviews.get': CARE,
  'reviews.saveDraft': CLINICIAN,
  'reviews.signOff': CLINICIAN,
  'reviews.amend': CLINICIAN,
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
  'recovery.listBackups': 'public',
  'recovery.restore': 'public',
}

/**
 * What must leave an audit entry (the list: every create, update, view of a record, PDF
 * save/print/export, sign-off, amendment, sign-in and the rest). Reads of lists are not audited.
 */
export const EXPECTED_AUDIT: Partial<Record<ChannelName, ChannelAuditAction>> = {
  'patients.create': 'create',
  'patients.update': 'update',
  'patients.get': 'view',
  'intakes.start': 'create',
  'intakes.saveDraft': 'update',
  'intakes.discardDraft': 'update',
  'intakes.submit': 'update',
  'intakes.get': 'view',
  'reviews.get': 'view',
  'reviews.saveDraft': 'update',
  'reviews.signOff': 'sign',
  'reviews.amend': 'amend',
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
  'users.create': 'create',
  'users.setDisabled': 'update',
  'users.resetPassword': 'update',
  'audit.list': 'view',
  'audit.exportCsv': 'export',
  'backups.run': 'backup',
  'backups.restore': 'restore',
  'safety.saveSettings': 'update',
}
