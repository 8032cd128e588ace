import { z } from 'zod'

/** Paper the PDF summary is laid out for: A4 (most of the world) or US Letter. */
export const PAPER_SIZES = ['A4', 'LETTER'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]

export const MAX_CLINIC_NAME = 120
/** The address prints in the header of every page, so it is kept to a few short lines. */
export const MAX_ADDRESS_LINES = 4
export const MAX_ADDRESS_LINE = 80

export const clinicNameSchema = z
  .string({ error: 'Enter the clinic name' })
  .trim()
  .max(MAX_CLINIC_NAME, { error: `The clinic name must be ${MAX_CLINIC_NAME} characters or fewer` })
  .refine((name) => !/[\r\n]/.test(name), { error: 'The clinic name must be one line' })

/**
 * Several lines as typed. Blank lines and spaces at either end of a line are dropped, so what is
 * stored is exactly what prints.
 */
export const clinicAddressSchema = z
  .string({ error: 'Enter the clinic address' })
  .transform((text) =>
    text
      .split(/\r\n|\r|\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
      .join('\n'),
  )
  .refine((text) => text === '' || text.split('\n').length <= MAX_ADDRESS_LINES, {
    error: `Use at most ${MAX_ADDRESS_LINES} lines for the address`,
  })
  .refine((text) => text.split('\n').every((line) => line.length <= MAX_ADDRESS_LINE), {
    error: `Each address line must be ${MAX_ADDRESS_LINE} characters or fewer`,
  })

const paperSizeSchema = z.enum(PAPER_SIZES, { error: 'Choose A4 or US Letter' })

/** The clinic's settings as stored and shown; there is one set per data folder. */
export const SettingsSchema = z.object({
  clinicName: z.string(),
  clinicAddress: z.string(),
  paperSize: z.enum(PAPER_SIZES),
  /** ISO time of the last change, null while the defaults have never been changed. */
  updatedAt: z.string().nullable(),
  version: z.int().positive(),
})
export type Settings = z.infer<typeof SettingsSchema>

/** What the Settings screen sends; `version` is the one the form was loaded with. */
export const SettingsUpdateSchema = z.object({
  clinicName: clinicNameSchema,
  clinicAddress: clinicAddressSchema,
  paperSize: paperSizeSchema,
  version: z.int().positive(),
})
export type SettingsUpdateInput = z.input<typeof SettingsUpdateSchema>
export type SettingsUpdate = z.output<typeof SettingsUpdateSchema>

/** The clinic fields the PDF needs; tests and the CLI build these directly. */
export type ClinicSettings = Pick<Settings, 'clinicName' | 'clinicAddress' | 'paperSize'>
