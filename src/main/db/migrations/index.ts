import type { Migration } from './migration'
import { m001Patients } from './m001Patients'
import { m002Intakes } from './m002Intakes'
import { m003Reviews } from './m003Reviews'
import { m004Settings } from './m004Settings'
import { m005Users } from './m005Users'
import { m006ListIndexes } from './m006ListIndexes'

export type { Migration } from './migration'

/** Every migration in order; each feature adds its own file and one line here. */
export const MIGRATIONS: readonly Migration[] = [
  m001Patients,
  m002Intakes,
  m003Reviews,
  m004Settings,
  m005Users,
  m006ListIndexes,
]

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length
