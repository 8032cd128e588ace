import { app } from './app'
import { patients } from './patients'
import { intakeTexts } from '../../../../shared/i18n/en/intake'
import { intakeForm } from './intakeForm'
import { review } from './review'
import { settings } from './settings'
import { summaries } from './summaries'
import { auth } from './auth'
import { admin } from './admin'
import { agreement } from './agreement'
import { alerts } from './alerts'
import { connection } from './connection'
import { pairing } from './pairing'
import { workstations } from './workstations'
import { enteredInError } from './enteredInError'
import { screens } from './screens'
import { errorCodes } from './errorCodes'
import { fhir } from './fhir'

/**
 * English text of the app, one file per feature. A translation is a copy of this folder with
 * the values translated, registered in ../index.ts.
 */
export const en = {
  ...app,
  ...patients,
  intake: intakeTexts,
  ...intakeForm,
  ...review,
  ...settings,
  ...summaries,
  ...auth,
  ...admin,
  ...alerts,
  ...agreement,
  ...connection,
  ...pairing,
  ...workstations,
  ...enteredInError,
  ...screens,
  ...errorCodes,
  ...fhir,
} as const

export type Messages = typeof en
