// Intakes started but not submitted: the "Open intakes" list and the patient list's
// "Resume intake" action both read this, so a draft is never forgotten or started twice by habit.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { RpcError } from '../../../../shared/contract/errors'
import type { DraftListItem } from '../../../../shared/intake/intakeRecord'
import { useClinicApi } from '../../api/clinicApi'

export const useOpenDraftsStore = defineStore('openDrafts', () => {
  const api = useClinicApi()
  const drafts = ref<DraftListItem[]>([])
  const loading = ref(false)
  const error = ref<RpcError | null>(null)

  async function refresh(): Promise<void> {
    loading.value = true
    const result = await api.intakes.listDrafts({ limit: 200 })
    loading.value = false
    if (result.ok) {
      drafts.value = result.value.drafts
      error.value = null
    } else {
      error.value = result.error
    }
  }

  /** The newest open draft for a patient, if any. */
  function draftFor(patientId: number): DraftListItem | undefined {
    return drafts.value.find((draft) => draft.patient.id === patientId)
  }

  return { drafts, loading, error, refresh, draftFor }
})
