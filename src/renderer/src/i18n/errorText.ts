// One place that turns a refusal from the one door into words for the person at the screen: the
// wording is chosen by what went wrong (the error's kind, its reason or code, each field issue's
// code) and comes from the locale files, never from the server's English. Only a field rule with
// no code of its own (a custom check the server words in plain English) falls back to its text.
import { NETWORK_REF } from '../../../shared/contract/errors'
import type { FieldIssue, RpcError } from '../../../shared/contract/errors'
import { useServerPlace } from '../api/serverPlace'
import type { ServerPlace } from '../api/serverPlace'
import type { HasText, Translate } from './messageKeys'
import { useI18n } from './useTexts'

/** zod's own messages ("Invalid option: expected one of ...") are for programmers, not staff. */
const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized key|Expected)/

/** The question an issue is about, by its label; an item this form lacks, by its own name. */
function questionLabel(t: Translate, te: HasText, issue: FieldIssue): string {
  const item = String(issue.path.at(-1) ?? '')
  const key = `intake.questions.${item}.label`
  return te(key) ? t(key) : item
}

export function fieldIssueText(t: Translate, te: HasText, issue: FieldIssue): string {
  const code = issue.code
  if (code === 'screening_required') {
    return t('errors.issue.screening_required', { question: questionLabel(t, te, issue) })
  }
  // The app's own rules (errorCodes.ts) are always worded here; zod's generic codes only replace
  // zod's default messages, as a schema's own message ("Enter a date as YYYY-MM-DD") says more.
  const own = `errorCode.${code ?? ''}`
  if (te(own)) return t(own, { question: questionLabel(t, te, issue), ...issue.params })
  const key = `errors.issue.${code ?? ''}`
  if (te(key) && (ZOD_DEFAULT_MESSAGE.test(issue.message) || issue.message === '')) return t(key)
  return issue.message
}

/**
 * The words for an error's code (src/shared/contract/errorCodes.ts), or null when it has none this
 * version knows. A code with variants is worded by its `status` param, else by its "other" words;
 * a `count` param chooses the plural form ("1 minute", "3 minutes").
 */
function codedText(t: Translate, te: HasText, error: RpcError): string | null {
  if (!('code' in error) || !error.code) return null
  const params = error.params ?? {}
  const status = typeof params['status'] === 'string' ? params['status'] : 'other'
  for (const key of [
    `errorCode.${error.code}`,
    `errorCode.${error.code}.${status}`,
    `errorCode.${error.code}.other`,
  ]) {
    if (!te(key)) continue
    const count = params['count']
    return typeof count === 'number' ? t(key, params, count) : t(key, params)
  }
  return null
}

/** `place`: where the calls go, so that "no answer" names the app or the clinic server. */
export function rpcErrorText(
  t: Translate,
  te: HasText,
  error: RpcError,
  place: ServerPlace = 'thisComputer',
): string {
  const coded = codedText(t, te, error)
  if (coded !== null) return coded
  switch (error.kind) {
    case 'validation': {
      const first = error.issues[0]
      return first
        ? t('errors.validation', { detail: fieldIssueText(t, te, first) }, error.issues.length)
        : t('errors.validationNoDetail')
    }
    case 'unauthenticated': {
      if (!error.reason) return t('errors.unauthenticated')
      const seconds = error.retryAfterSeconds ?? 0
      const minutes = Math.max(1, Math.ceil(seconds / 60))
      return t(
        `auth.refused.${error.reason}`,
        { seconds, minutes },
        error.reason === 'wait' ? seconds : minutes,
      )
    }
    case 'storage':
      // Where the data lives, when the server said so; the place cannot be known here.
      return error.params
        ? t(`storageAt.${error.reason}`, { location: error.params.location })
        : t(`errors.storage.${error.reason}`)
    case 'internal':
      if (error.ref === NETWORK_REF) {
        return t(place === 'clinicServer' ? 'errors.noAnswerClinicServer' : 'errors.noAnswer')
      }
      return t('errors.internal', { ref: error.ref })
    default:
      return t(`errors.${error.kind}`)
  }
}

/** The helpers bound to the current locale, for a component's setup. */
export function useErrorText() {
  const { t, te } = useI18n()
  const place = useServerPlace()
  return {
    errorText: (error: RpcError) => rpcErrorText(t, te, error, place),
    issueText: (issue: FieldIssue) => fieldIssueText(t, te, issue),
  }
}
