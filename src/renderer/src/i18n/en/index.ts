import { app } from './app'
import { patients } from './patients'

/**
 * English text of the app, one file per feature. A translation is a copy of this folder with
 * the values translated, registered in ../index.ts.
 */
export const en = {
  ...app,
  ...patients,
} as const

export type Messages = typeof en
