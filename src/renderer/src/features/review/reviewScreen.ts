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

  /** Which call to `load` is the newest: an older one's late reply must not replace it. */
  let newestLoad = 0

  /** Loads the screen; false when a newer load started meanwhile (its reply is the one kept). */
  async function load(): Promise<boolean> {
    const id = intakeId()
    const thisLoad = ++newestLoad
    loading.value = true
    if (screen.value?.intake.id !== id) {
      // Another intake's review must never stay on screen under this one's address: a decision
      // made there would be recorded against the wrong patient.
      screen.value = null
      history.value = []
      error.value = null
    }
    const result = await api.reviews.get({ intakeId: id })
    if (thisLoad !== newestLoad) return false
    if (!result.ok) {
      error.value = result.error
      screen.value = null
      loading.value = false
      return true
    }
    error.value = null
    screen.value = result.value
    const past = await api.intakes.historyForPatient({ patientId: result.value.patient.id })
    if (thisLoad !== newestLoad) return false
    // The history is context; the screen stands without it if it cannot be read.
    history.value = past.ok ? past.value.intakes : []
    loading.value = false
    return true
  }

  function setReview(review: Review): void {
    if (screen.value) screen.value = { ...screen.value, review }
  }

  return { screen, history, loading, error, load, setReview }
}
