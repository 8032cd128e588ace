import type { Database } from 'better-sqlite3-multiple-ciphers'
import { SettingsSchema } from '../../shared/settings/settings'
import type { Settings, SettingsUpdate } from '../../shared/settings/settings'
import { ConflictError } from '../door/errors'

interface SettingsRow {
  clinic_name: string
  clinic_address: string
  paper_size: string
  updated_at: string | null
  version: number
}

function toSettings(row: SettingsRow): Settings {
  return SettingsSchema.parse({
    clinicName: row.clinic_name,
    clinicAddress: row.clinic_address,
    paperSize: row.paper_size,
    updatedAt: row.updated_at,
    version: row.version,
  })
}

/** The clinic's single settings row (created by migration 4). */
export function createSettingsRepository(db: Database) {
  const read = db.prepare<[], SettingsRow>(
    'SELECT clinic_name, clinic_address, paper_size, updated_at, version FROM settings WHERE id = 1',
  )
  const write = db.prepare<
    [
      {
        clinicName: string
        clinicAddress: string
        paperSize: string
        now: string
        updatedBy: number | null
        version: number
      },
    ]
  >(`
    UPDATE settings SET clinic_name = @clinicName, clinic_address = @clinicAddress,
      paper_size = @paperSize, updated_at = @now, updated_by = @updatedBy, version = version + 1
    WHERE id = 1 AND version = @version`)

  function get(): Settings {
    const row = read.get()
    // Unreachable after migration 4, which inserts the row; a damaged file is not "defaults".
    if (!row) throw new Error('The settings row is missing')
    return toSettings(row)
  }

  return {
    get,

    /** Saves the new values unless someone else saved since `update.version` was read. */
    update(update: SettingsUpdate, now: string, updatedBy: number | null): Settings {
      return db.transaction(() => {
        const result = write.run({
          clinicName: update.clinicName,
          clinicAddress: update.clinicAddress,
          paperSize: update.paperSize,
          now,
          updatedBy,
          version: update.version,
        })
        if (result.changes === 0) {
          throw new ConflictError(
            'The settings were changed by someone else. Reload them to see the newest values.',
            { code: 'settings_changed' },
          )
        }
        return get()
      })()
    },
  }
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>
