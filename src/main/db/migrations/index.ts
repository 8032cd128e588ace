import type { Migration } from './migration'
import { m001Patients } from './m001Patients'
import { m002Intakes } from './m002Intakes'
import { m003Reviews } from './m003Reviews'
import { m004Settings } from './m004Settings'
import { m005Users } from './m005Users'
import { m006ListIndexes } from './m006ListIndexes'
import { m007Accounts } from './m007Accounts'
import { m008AuditSeals } from './m008AuditSeals'
import { m009ReviewOutcomes } from './m009ReviewOutcomes'
import { m010AgreementCopies } from './m010AgreementCopies'
import { m011Workstations } from './m011Workstations'
import { m012Alerts } from './m012Alerts'
import { m013EnteredInError } from './m013EnteredInError'
import { m014WorklistIndexes } from './m014WorklistIndexes'
import { m015AgreementMonths } from './m015AgreementMonths'
import { m016TemporaryPasswords } from './m016TemporaryPasswords'

export type { Migration } from './migration'

/** Every migration in order; each feature adds its own file and one line here. */
export const MIGRATIONS: readonly Migration[] = [
  m001Patients,
  m002Intakes,
  m003Reviews,
  m004Settings,
  m005Users,
  m006ListIndexes,
  m007Accounts,
  m008AuditSeals,
  m009ReviewOutcomes,
  m010AgreementCopies,
  m011Workstations,
  m012Alerts,
  m013EnteredInError,
  m014WorklistIndexes,
  m015AgreementMonths,
  m016TemporaryPasswords,
]

// The newest version, not the count: numbers are reserved per feature and may land out of turn.
export const LATEST_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((migration) => migration.version))
