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
      error.value = null
    } else {
      error.value = result.error
    }
  }

  function showFlash(message: string | null): void {
    flash.value = message
  }

  return { query, results, loading, error, flash, search, showFlash }
})
