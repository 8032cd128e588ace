import { z } from 'zod'
import { defineChannel } from '../channel'
import { SettingsSchema, SettingsUpdateSchema } from '../../settings/settings'

export const settingsChannels = {
  'settings.get': defineChannel({
    input: z.object({}),
    output: SettingsSchema,
    roles: ['front_desk', 'clinician', 'admin'],
  }),
  'settings.update': defineChannel({
    input: SettingsUpdateSchema,
    output: SettingsSchema,
    roles: ['admin'],
    audit: 'update',
  }),
} as const
