import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Patient } from '../../../../shared/patients/patient'
import type { RpcError } from '../../../../shared/contract/errors'
import { useClinicApi } from '../../api/clinicApi'

/** How many matches the list shows; more means staff should type more to narrow it. */
export const SEARCH_PAGE_SIZE = 25

/** The patient list's search box and results, kept while staff move between screens. */
export const usePatientSearchStore = defineStore('patientSearch', () => {
  const api = useClinicApi()
  const query = ref('')
  const results = ref<Patient[]>([])
  /** The search text `results` answer; null before the first answer. */
  const resultsFor = ref<string | null>(null)
  const loading = ref(false)
  const error = ref<RpcError | null>(null)
  const flash = ref<string | null>(null)
  let latestRequest = 0

  async function search(text: string = query.value): Promise<void> {
    query.value = text
    const request = ++latestRequest
    loading.value = true
    const result = await api.patients.search({ query: text, limit: SEARCH_PAGE_SIZE })
    // Typing fast sends several searches; only the newest may fill the list.
    if (request !== latestRequest) return
    loading.value = false
    if (result.ok) {
      results.value = result.value.patients
      resultsFor.value = text
      error.value = null
    } else {
      error.value = result.error
    }
  }

  function showFlash(message: string | null): void {
    flash.value = message
  }

  /**
   * Whether the list shown answers `text`, the search box as it is now. Anything else is a
   * stale list (the box changed since, or its search is still on the way) and must not be
   * acted on: "nunez" then Tab+Enter would otherwise start an intake for whoever headed the
   * previous list.
   */
  function answers(text: string): boolean {
    return !loading.value && resultsFor.value !== null && resultsFor.value.trim() === text.trim()
  }

  return { query, results, resultsFor, loading, error, flash, search, showFlash, answers }
})
