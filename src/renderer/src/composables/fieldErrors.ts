import { computed, ref } from 'vue'
import type { FieldIssue } from '../../../shared/contract/errors'

/**
 * Field messages keyed by the dotted field path, from either the form's own zod check or the
 * one door's validation result: both speak the same `{ path, message }` issues.
 */
export function useFieldErrors() {
  const errors = ref<Record<string, string>>({})

  function setIssues(issues: readonly FieldIssue[]): void {
    const next: Record<string, string> = {}
    for (const issue of issues) {
      const key = issue.path.join('.')
      next[key] ??= issue.message // the first message per field is the one to fix first
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
