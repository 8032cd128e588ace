import type { SafetySettings } from '../../shared/backups/backups'
import { loadSafetySettings, saveSafetySettings } from './safetySettings'

/** The safety settings file, read once and kept in memory (the door asks on every call). */
export function createSafetySettingsStore(dataDir: string) {
  let current = loadSafetySettings(dataDir)
  return {
    get: (): SafetySettings => current,
    save(settings: SafetySettings): SafetySettings {
      saveSafetySettings(dataDir, settings)
      current = settings
      return current
    },
  }
}

export type SafetySettingsStore = ReturnType<typeof createSafetySettingsStore>
