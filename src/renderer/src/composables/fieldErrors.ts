import { computed, getCurrentInstance, ref } from 'vue'
import { useI18n } from '../i18n/useTexts'
import type { FieldIssue } from '../../../shared/contract/errors'
import { fieldIssueText } from '../i18n/errorText'

/**
 * Field messages keyed by the dotted field path, from either the form's own zod check or the
 * one door's validation result: both speak the same `{ path, message }` issues.
 */
export function useFieldErrors() {
  const errors = ref<Record<string, string>>({})
  // Worded by issue code in the user's language (a raw schema message is never shown); outside a
  // component (a store made elsewhere) the issue's own message is all there is.
  const i18n = getCurrentInstance() ? useI18n() : null
  const word = (issue: FieldIssue) =>
    i18n
      ? fieldIssueText(i18n.t as Parameters<typeof fieldIssueText>[0], i18n.te, issue)
      : issue.message

  function setIssues(issues: readonly FieldIssue[]): void {
    const next: Record<string, string> = {}
    for (const issue of issues) {
      const key = issue.path.join('.')
      next[key] ??= word(issue) // the first message per field is the one to fix first
    }
    errors.value = next
  }

  function clear(field?: string): void {
    if (field === undefined) errors.value = {}
    else if (field in errors.value) {
      const { [field]: _removed, ...rest } = errors.value
      errors.value = rest
    }
  }

  const count = computed(() => Object.keys(errors.value).length)
  return { errors, count, setIssues, clear }
}
