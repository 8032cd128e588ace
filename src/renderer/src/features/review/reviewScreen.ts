// Loads what the review screen shows: the intake with its stored assessment, the patient, the
// review so far, the current engine's result when the rules changed, and the patient's history.
import { ref } from 'vue'
import type { RpcError } from '../../../../shared/contract/errors'
import type { IntakeHistoryItem } from '../../../../shared/intake/intakeRecord'
import type { Review, ReviewScreen } from '../../../../shared/review/review'
import { useClinicApi } from '../../api/clinicApi'

export function useReviewScreen(intakeId: () => number) {
  const api = useClinicApi()
  const screen = ref<ReviewScreen | null>(null)
  const history = ref<IntakeHistoryItem[]>([])
  const loading = ref(true)
  const error = ref<RpcError | null>(null)

  async function load(): Promise<void> {
    loading.value = true
    const result = await api.reviews.get({ intakeId: intakeId() })
    if (!result.ok) {
      error.value = result.error
      screen.value = null
      loading.value = false
      return
    }
    error.value = null
    screen.value = result.value
    const past = await api.intakes.historyForPatient({ patientId: result.value.patient.id })
    // The history is context; the screen stands without it if it cannot be read.
    history.value = past.ok ? past.value.intakes : []
    loading.value = false
  }

  function setReview(review: Review): void {
    if (screen.value) screen.value = { ...screen.value, review }
  }

  return { screen, history, loading, error, load, setReview }
}
