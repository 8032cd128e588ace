import type { Migration } from './migration'
import { m001Patients } from './m001Patients'
import { m002Intakes } from './m002Intakes'

export type { Migration } from './migration'

/** Every migration in order; each feature adds its own file and one line here. */
export const MIGRATIONS: readonly Migration[] = [m001Patients, m002Intakes]

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length
