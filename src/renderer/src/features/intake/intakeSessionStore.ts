// The intake open on screen: its patient, what staff typed (kept exactly as typed), the step they
// are on, autosave through the one door, and the live assessment of the answers that are valid so
// far (so a red flag shows the moment it is raised, long before submit).
import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref } from 'vue'
import { assess } from '../../../../shared/clinical/assess'
import type { Assessment } from '../../../../shared/clinical/assessment'
import type { RpcError } from '../../../../shared/contract/errors'
import type { AnswerKey } from '../../../../shared/intake/answers'
import type { CaudaEquinaQuestion } from '../../../../shared/intake/answerOptions'
import { COULD_NOT_ANSWER } from '../../../../shared/intake/screening'
import type { ScreeningAnswer } from '../../../../shared/intake/screening'
import { MAX_DRAFT_TEXT_CHARS } from '../../../../shared/intake/intakeRecord'
import type { DraftValues, Intake } from '../../../../shared/intake/intakeRecord'
import type { PatientContext } from '../../../../shared/intake/patientContext'
import { patientContextAtVisit } from '../../../../shared/intake/patientContextAtVisit'
import { STEP_IDS } from '../../../../shared/intake/questionnaire'
import type { StepId } from '../../../../shared/intake/questionnaire'
import type { Patient } from '../../../../shared/patients/patient'
import { useClinicApi } from '../../api/clinicApi'
import { reachProblemOf } from '../../api/resilientApi'
import { useServerReach } from '../../api/serverReach'
import { sessionGate } from '../../api/sessionGate'
import { useUnsavedWorkStore } from '../auth/unsavedWorkStore'
import { createAutosave } from './autosave'
import type { SaveOutcome } from './autosave'
import { checkDraft } from './draftAnswers'
import type { DraftValue } from './draftAnswers'

export function capDraftText(values: DraftValues): DraftValues {
  const capped: DraftValues = {}
  for (const [key, value] of Object.entries(values)) {
    capped[key] =
      typeof value === 'string' && value.length > MAX_DRAFT_TEXT_CHARS
        ? value.slice(0, MAX_DRAFT_TEXT_CHARS)
        : value
  }
  return capped
}

/** The same answers, whatever order their keys come back in. */
function sameValues(a: DraftValues, b: DraftValues): boolean {
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]))
}

export function isStepId(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value)
}

export const useIntakeSessionStore = defineStore('intakeSession', () => {
  const api = useClinicApi()
  const intake = ref<Intake | null>(null)
  const patient = ref<Patient | null>(null)
  const values = ref<DraftValues>({})
  const step = ref<StepId>('painMap')
  const loading = ref(false)
  const loadError = ref<RpcError | null>(null)
  const saveError = ref<RpcError | null>(null)
  const submitError = ref<RpcError | null>(null)
  const submitting = ref(false)
  let version = 0
  /**
   * Saves whose answer never came (the server went away mid-call) since the last one confirmed:
   * one of them may have been stored. If so, the next save meets a version conflict that is only
   * our own earlier save. (All carry the same version, so at most one can have been stored.)
   */
  let unanswered: { version: number; step: StepId; values: DraftValues }[] = []

  async function saveNow(): Promise<SaveOutcome> {
    const current = intake.value
    if (current === null || current.status !== 'draft') return 'ok'
    // A plain copy (reactive proxies must not cross the door) with runaway text cut to what a
    // draft keeps, so one giant paste never stops every other answer from being saved.
    const snapshot = capDraftText(JSON.parse(JSON.stringify(values.value)) as DraftValues)
    const sent = { version, step: step.value, values: snapshot }
    const result = await api.intakes.saveDraft({ id: current.id, ...sent })
    if (result.ok) {
      version = result.value.version
      unanswered = []
      saveError.value = null
      return 'ok'
    }
    if (result.error.kind === 'conflict' && (await adoptOwnSave(current.id))) return saveNow()
    // A bounded memory: after a long outage the newest tries are the likely ones.
    if (reachProblemOf(result) !== null) unanswered = [...unanswered.slice(-19), sent]
    saveError.value = result.error
    return result.error.kind === 'conflict' || result.error.kind === 'not_found'
      ? 'conflict'
      : 'error'
  }

  /**
   * True when the stored draft is exactly the save that went unanswered, one version on: then
   * the conflict was with ourselves, and saving goes on from there. Anything else (someone else
   * saved meanwhile) stays a conflict, never overwritten.
   */
  async function adoptOwnSave(id: number): Promise<boolean> {
    const candidates = unanswered
    unanswered = []
    if (candidates.length === 0) return false
    const stored = await api.intakes.get({ id })
    if (!stored.ok) return false
    const draft = stored.value.intake
    const ours = candidates.some(
      (sent) =>
        draft.status === 'draft' &&
        draft.version === sent.version + 1 &&
        draft.step === sent.step &&
        sameValues(draft.values, sent.values),
    )
    if (ours) version = draft.version
    return ours
  }

  const autosave = createAutosave(saveNow)
  // Signed in again, or the server answers again: a save waiting out its backoff (up to 15 s)
  // goes at once, and the reason it failed ("signed out", "unreachable") leaves the screen.
  const stopRetrying = [
    sessionGate.onOpened(autosave.retryNow),
    useServerReach().onBack(autosave.retryNow),
  ]
  // Kept in memory while signed out (the form is not on screen then): the sign-in screen says so.
  const stopCounting = useUnsavedWorkStore().register(
    () =>
      intake.value?.status === 'draft' &&
      ['pending', 'saving', 'error'].includes(autosave.status.value),
  )
  onScopeDispose(() => {
    for (const stop of stopRetrying) stop()
    stopCounting()
  })
  /** Which call to `load` is the newest: an older one's late reply must not replace it. */
  let newestLoad = 0

  async function load(id: number): Promise<void> {
    if (intake.value !== null && intake.value.id !== id) await autosave.flush()
    // Back on a draft whose latest answers could not be stored yet (a full disk): what is in
    // memory is newer than the stored copy, so it stays, and autosave goes on retrying. (After a
    // conflict, loading is how staff take the newest copy, so it goes ahead.)
    if (
      intake.value?.id === id &&
      intake.value.status === 'draft' &&
      autosave.hasUnsavedChanges() &&
      autosave.status.value !== 'conflict'
    ) {
      loadError.value = null
      return
    }
    const thisLoad = ++newestLoad
    loading.value = true
    loadError.value = null
    submitError.value = null
    if (intake.value?.id !== id) {
      // Another intake's answers must never stay on screen under this one's address: anything
      // typed there would be saved to the wrong patient's draft (or, for a submitted one, lost).
      intake.value = null
      patient.value = null
      values.value = {}
      autosave.reset()
    }
    const result = await api.intakes.get({ id })
    if (thisLoad !== newestLoad) return
    loading.value = false
    if (!result.ok) {
      loadError.value = result.error
      intake.value = null
      return
    }
    intake.value = result.value.intake
    patient.value = result.value.patient
    values.value = { ...result.value.intake.values }
    step.value = isStepId(result.value.intake.step) ? result.value.intake.step : 'painMap'
    version = result.value.intake.version
    unanswered = []
    saveError.value = null
    autosave.reset()
  }

  /** Answers are taken only while the draft on screen is loaded; never mid-load. */
  const isDraft = computed(() => intake.value?.status === 'draft' && !loading.value)

  /** True when `id` is the intake loaded and on screen, so its form or summary may show. */
  function isShowing(id: number): boolean {
    return intake.value?.id === id && !loading.value
  }

  /** Records what was typed, exactly as typed; an empty box or list means "not answered". */
  function setValue(key: AnswerKey, value: DraftValue | undefined): void {
    if (!isDraft.value) return
    const next = { ...values.value }
    if (
      value === undefined ||
      value === null ||
      value === '' ||
      (Array.isArray(value) && value.length === 0)
    ) {
      delete next[key]
    } else {
      next[key] = value
    }
    values.value = next
    autosave.changed()
  }

  /**
   * A cauda equina screening question: yes, no, "patient could not answer" (recorded beside the
   * answers) or cleared. One change, so the answer and the record never disagree.
   */
  function setScreening(key: CaudaEquinaQuestion, answer: ScreeningAnswer | undefined): void {
    if (!isDraft.value) return
    const next = { ...values.value }
    const current = values.value.screeningCouldNotAnswer
    const marked = (Array.isArray(current) ? current : []).filter((item) => item !== key)
    if (answer === COULD_NOT_ANSWER) marked.push(key)
    if (typeof answer === 'boolean') next[key] = answer
    else delete next[key]
    if (marked.length > 0) next.screeningCouldNotAnswer = marked
    else delete next.screeningCouldNotAnswer
    values.value = next
    autosave.changed()
  }

  function setStep(next: StepId): void {
    if (step.value === next) return
    step.value = next
    if (isDraft.value) autosave.changed()
  }

  const checked = computed(() => checkDraft(values.value))

  const patientContext = computed<PatientContext>(() =>
    patient.value === null || intake.value === null
      ? {}
      : patientContextAtVisit(patient.value, intake.value.visitDate),
  )

  /** The engine's view of the valid answers so far; the stored one once submitted. */
  const assessment = computed<Assessment>(() => {
    if (intake.value?.assessment) return intake.value.assessment
    return assess(patientContext.value, checked.value.answers)
  })

  async function submit(): Promise<boolean> {
    const current = intake.value
    if (current === null || !isDraft.value) return false
    submitting.value = true
    submitError.value = null
    await autosave.flush()
    if (autosave.status.value === 'conflict' || autosave.status.value === 'error') {
      submitting.value = false
      submitError.value = saveError.value
      return false
    }
    const result = await api.intakes.submit({
      id: current.id,
      version,
      answers: checked.value.answers,
    })
    submitting.value = false
    if (!result.ok) {
      submitError.value = result.error
      return false
    }
    intake.value = result.value.intake
    patient.value = result.value.patient
    version = result.value.intake.version
    return true
  }

  return {
    intake,
    patient,
    values,
    step,
    loading,
    loadError,
    saveError,
    submitError,
    submitting,
    isDraft,
    saveStatus: autosave.status,
    checked,
    assessment,
    load,
    isShowing,
    setValue,
    setScreening,
    setStep,
    submit,
    flush: autosave.flush,
    hasUnsavedChanges: autosave.hasUnsavedChanges,
  }
})
