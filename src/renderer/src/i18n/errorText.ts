// One place that turns a refusal from the one door into words for the person at the screen: the
// wording is chosen by what went wrong (the error's kind, its reason, each field issue's code) and
// comes from the locale files, never from the server's English. Only a field rule with no code of
// its own (a custom check the server words in plain English) falls back to the server's text.
import { useI18n } from 'vue-i18n'
import type { FieldIssue, RpcError } from '../../../shared/contract/errors'

type Translate = (key: string, named?: Record<string, unknown>, plural?: number) => string
type Exists = (key: string) => boolean

/** zod's own messages ("Invalid option: expected one of ...") are for programmers, not staff. */
const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized key|Expected)/

function questionLabel(t: Translate, te: Exists, issue: FieldIssue): string {
  const key = issue.path.at(-1)
  return typeof key === 'string' && te(`intake.questions.${key}.label`)
    ? t(`intake.questions.${key}.label`)
    : ''
}

export function fieldIssueText(t: Translate, te: Exists, issue: FieldIssue): string {
  const code = issue.code
  if (code === 'screening_required') {
    return t('errors.issue.screening_required', { question: questionLabel(t, te, issue) })
  }
  const generic = code !== undefined && te(`errors.issue.${code}`)
  if (generic && (ZOD_DEFAULT_MESSAGE.test(issue.message) || issue.message === '')) {
    return t(`errors.issue.${code}`)
  }
  return issue.message
}

export function rpcErrorText(t: Translate, te: Exists, error: RpcError): string {
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
      return t(`errors.storage.${error.reason}`)
    case 'internal':
      return t('errors.internal', { ref: error.ref })
    default:
      return t(`errors.${error.kind}`)
  }
}

/** The helpers bound to the current locale, for a component's setup. */
export function useErrorText() {
  const { t, te } = useI18n()
  const translate = t as Translate
  return {
    errorText: (error: RpcError) => rpcErrorText(translate, te, error),
    issueText: (issue: FieldIssue) => fieldIssueText(translate, te, issue),
  }
}
