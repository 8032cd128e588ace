import type { Handlers } from '../door/dispatcher'
import type { SettingsRepository } from './settingsRepository'

export function createSettingsHandlers(
  settings: SettingsRepository,
  now: () => Date,
): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (update, context) =>
      settings.update(update, now().toISOString(), context.user?.id ?? null),
  }
}
