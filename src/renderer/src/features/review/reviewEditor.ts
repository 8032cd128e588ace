// The clinician's side of the review screen: decisions per flagged cause and the clinical note,
// saved as they are made (so nothing is lost), signed after a confirmation, and amended after
// sign-off with a reason. The signed original is never edited here or anywhere else.
import { computed, inject, onScopeDispose, reactive, ref } from 'vue'
import type { InjectionKey } from 'vue'
import type { Assessment } from '../../../../shared/clinical/assessment'
import { CAUSE_IDS } from '../../../../shared/clinical/ids'
import type { CauseId } from '../../../../shared/clinical/ids'
import type { RpcError } from '../../../../shared/contract/errors'
import { flaggedCauseIds } from '../../../../shared/review/decisions'
import type { CauseDecision, Decision, OtherDiagnosis } from '../../../../shared/review/decisions'
import type { Review } from '../../../../shared/review/review'
import { useClinicApi } from '../../api/clinicApi'
import { useServerReach } from '../../api/serverReach'
import { sessionGate } from '../../api/sessionGate'
import { useUnsavedWorkStore } from '../auth/unsavedWorkStore'
import { createAutosave } from '../intake/autosave'
import type { SaveOutcome, SaveStatus } from '../intake/autosave'
import { tooLongFields } from './reviewTooLong'

export interface DecisionDraft {
  decision: Decision | null
  note: string
}

export type EditorMode = 'editing' | 'signed' | 'amending'

/** The save line: autosave's own status, or held back because a field is over its limit. */
export type ReviewSaveStatus = SaveStatus | 'tooLong'

/** The review's content as it stands now: the newest amendment, else what was signed or saved. */
export function currentContent(review: Review): ReviewContent {
  return review.amendments.at(-1) ?? review
}

interface ReviewContent {
  decisions: readonly CauseDecision[]
  otherDiagnoses: readonly OtherDiagnosis[]
  clinicalNote: string
}

/** A cause the rules did not flag that the clinician records as confirmed, with a note. */
export interface BeyondFlagDraft {
  causeId: CauseId
  note: string
}

export interface ReviewEditorEvents {
  /** Any save: the screen shows the review as stored. */
  readonly saved: (review: Review) => void
  /** After sign-off or an amendment, once stored. */
  readonly signed: () => void
  readonly amended: () => void
}

export function useReviewEditor(intakeId: () => number, events: ReviewEditorEvents) {
  const api = useClinicApi()
  const flagged = ref<CauseId[]>([])
  const decisions = reactive<Partial<Record<CauseId, DecisionDraft>>>({})
  const note = ref('')
  // What the rules missed (issue 14): kept and sent back whole, so no save drops them.
  const beyondFlags = ref<BeyondFlagDraft[]>([])
  const otherDiagnoses = ref<OtherDiagnosis[]>([])
  const reason = ref('')
  const mode = ref<EditorMode>('editing')
  const busy = ref(false)
  const problem = ref<RpcError | null>(null)
  /** Why the last autosave failed (a full disk says so), until one succeeds. */
  const saveError = ref<RpcError | null>(null)
  /** Set when sign-off or an amendment was tried with causes still undecided. */
  const showMissing = ref(false)
  /**
   * A change not sent because a field was over its limit (the door would refuse the whole save,
   * again and again): it is kept here and saved as soon as every field fits.
   */
  const heldBack = ref(false)
  let version: number | null = null
  let basedOnAmendmentId: number | null = null
  /** Who began the amendment being written: it opens again for them only (after a sign-out). */
  let amendingFor: number | null = null
  /** The amendment's content when its form opened, to tell whether anything changed since. */
  const amendmentStart = ref('')

  function fill(content: ReviewContent): void {
    for (const id of flagged.value) {
      const saved = content.decisions.find((d) => d.causeId === id)
      decisions[id] = { decision: saved?.decision ?? null, note: saved?.note ?? '' }
    }
    beyondFlags.value = content.decisions
      .filter((d) => !flagged.value.includes(d.causeId))
      .map((d) => ({ causeId: d.causeId, note: d.note }))
    otherDiagnoses.value = content.otherDiagnoses.map((d) => ({ ...d }))
    note.value = content.clinicalNote
  }

  /** Starts from the stored assessment and the review as saved (or signed and amended). */
  function start(assessment: Assessment, review: Review | null): void {
    flagged.value = flaggedCauseIds(assessment)
    version = review?.version ?? null
    basedOnAmendmentId = review?.amendments.at(-1)?.id ?? null
    fill(review ? currentContent(review) : { decisions: [], otherDiagnoses: [], clinicalNote: '' })
    mode.value = review?.status === 'signed' ? 'signed' : 'editing'
    reason.value = ''
    amendingFor = null
    problem.value = null
    saveError.value = null
    showMissing.value = false
    heldBack.value = false
    autosave.reset()
  }

  /** Only what the clinician touched: a chosen decision or a note; then what the rules missed. */
  function decisionList(): CauseDecision[] {
    const onFlagged = flagged.value.flatMap((causeId) => {
      const draft = decisions[causeId]
      if (!draft || (draft.decision === null && draft.note === '')) return []
      return [{ causeId, decision: draft.decision, note: draft.note }]
    })
    const confirmed = beyondFlags.value.map(({ causeId, note: text }) => ({
      causeId,
      decision: 'confirm' as const,
      note: text,
    }))
    return [...onFlagged, ...confirmed]
  }

  /** Everything an amendment sends besides its reason, as one comparable value. */
  function contentKey(): string {
    return JSON.stringify([decisionList(), otherDiagnoses.value, note.value])
  }

  /** Fields over the one door's limits, top to bottom; nothing is sent while there is one. */
  const tooLong = computed(() =>
    tooLongFields({
      reason: mode.value === 'amending' ? reason.value : null,
      decisionNotes: flagged.value.map((causeId) => ({
        causeId,
        note: decisions[causeId]?.note ?? '',
      })),
      beyondFlags: beyondFlags.value,
      otherDiagnoses: otherDiagnoses.value,
      clinicalNote: note.value,
    }),
  )

  /** An amendment form is open with something typed or chosen in it: not saved anywhere yet. */
  const amendmentTouched = computed(
    () =>
      mode.value === 'amending' && (reason.value !== '' || contentKey() !== amendmentStart.value),
  )

  /** Causes the rules did not flag and the clinician has not yet recorded. */
  const unflaggedLeft = computed(() =>
    CAUSE_IDS.filter(
      (id) => !flagged.value.includes(id) && !beyondFlags.value.some((item) => item.causeId === id),
    ),
  )

  function addBeyondFlag(causeId: CauseId): void {
    if (!unflaggedLeft.value.includes(causeId)) return
    beyondFlags.value.push({ causeId, note: '' })
    changed()
  }

  function removeBeyondFlag(causeId: CauseId): void {
    beyondFlags.value = beyondFlags.value.filter((item) => item.causeId !== causeId)
    changed()
  }

  function addOtherDiagnosis(): void {
    otherDiagnoses.value.push({ text: '', note: '' })
  }

  function removeOtherDiagnosis(index: number): void {
    otherDiagnoses.value.splice(index, 1)
    changed()
  }

  async function saveDraft(): Promise<SaveOutcome> {
    // A save planned before a field went over its limit: held, not failed, so there is nothing
    // to retry until the field is shortened (changed() then saves it).
    if (tooLong.value.length > 0) {
      heldBack.value = true
      return 'ok'
    }
    const result = await api.reviews.saveDraft({
      intakeId: intakeId(),
      version,
      decisions: decisionList(),
      otherDiagnoses: otherDiagnoses.value,
      clinicalNote: note.value,
    })
    if (result.ok) {
      version = result.value.version
      saveError.value = null
      events.saved(result.value)
      return 'ok'
    }
    saveError.value = result.error
    return result.error.kind === 'conflict' ? 'conflict' : 'error'
  }

  const autosave = createAutosave(saveDraft, { delayMs: 600 })
  // As the intake form: back in touch (the unlock, the server answering again), save at once.
  const stopRetrying = [
    sessionGate.onOpened(autosave.retryNow),
    useServerReach().onBack(autosave.retryNow),
  ]
  // Kept in memory while signed out (reviewEditorStore keeps the editor when its screen goes):
  // the sign-in screen says so, as it does for an intake draft.
  const unsavedWork = useUnsavedWorkStore()
  const stopCounting = [
    unsavedWork.register(
      () => heldBack.value || ['pending', 'saving', 'error'].includes(autosave.status.value),
    ),
    // An amendment is never sent on its own: it opens again for the same clinician to finish.
    unsavedWork.register(() => amendmentTouched.value, 'toFinish'),
  ]
  onScopeDispose(() => {
    for (const stop of [...stopRetrying, ...stopCounting]) stop()
  })

  /** Something was typed or chosen. Amendments are saved once, with their reason. */
  function changed(): void {
    if (mode.value !== 'editing') return
    if (tooLong.value.length > 0) {
      heldBack.value = true
      return
    }
    autosave.changed()
    if (heldBack.value) {
      heldBack.value = false
      // Shortened after a failed save was held: it goes now, not at the next planned retry.
      autosave.retryNow()
    }
  }

  const saveStatus = computed<ReviewSaveStatus>(() => {
    const status = autosave.status.value
    if (status === 'conflict' || mode.value !== 'editing') return status
    return tooLong.value.length > 0 ? 'tooLong' : status
  })

  /** True while a change is not yet safely stored, a held one included. */
  function hasUnsavedChanges(): boolean {
    return heldBack.value || autosave.hasUnsavedChanges()
  }

  function decide(causeId: CauseId, decision: Decision | null): void {
    const draft = decisions[causeId]
    if (!draft) return
    draft.decision = decision
    changed()
  }

  function setNote(causeId: CauseId, text: string): void {
    const draft = decisions[causeId]
    if (!draft) return
    draft.note = text
    changed()
  }

  const undecided = computed(() =>
    flagged.value.filter((id) => (decisions[id]?.decision ?? null) === null),
  )

  const tally = computed(() => {
    const count = (d: Decision) => flagged.value.filter((id) => decisions[id]?.decision === d)
    return {
      confirm: count('confirm').length,
      ruleOut: count('rule_out').length,
      open: count('open').length,
    }
  })

  async function signOff(): Promise<boolean> {
    // The panel refuses first, naming the field; the door would refuse it anyway.
    if (tooLong.value.length > 0) return false
    busy.value = true
    problem.value = null
    await autosave.flush()
    if (autosave.status.value === 'conflict') {
      busy.value = false
      return false
    }
    const result = await api.reviews.signOff({
      intakeId: intakeId(),
      version,
      decisions: decisionList(),
      otherDiagnoses: otherDiagnoses.value,
      clinicalNote: note.value,
    })
    busy.value = false
    if (!result.ok) {
      problem.value = result.error
      return false
    }
    autosave.reset()
    version = result.value.version
    mode.value = 'signed'
    events.saved(result.value)
    events.signed()
    return true
  }

  /** `byUserId`: the clinician writing it, the only one it may open again for. */
  function beginAmendment(review: Review, byUserId: number | null): void {
    fill(currentContent(review))
    basedOnAmendmentId = review.amendments.at(-1)?.id ?? null
    reason.value = ''
    problem.value = null
    showMissing.value = false
    amendingFor = byUserId
    amendmentStart.value = contentKey()
    mode.value = 'amending'
  }

  function cancelAmendment(review: Review): void {
    fill(currentContent(review))
    problem.value = null
    showMissing.value = false
    amendingFor = null
    mode.value = 'signed'
  }

  /**
   * Whether the review screen, opening again (after a sign-out, the lock, or coming back to this
   * review), shows the amendment being written as it was left: only for the clinician who began
   * it. The refusal that signed them out, if a save was tried then, no longer applies.
   */
  function resumesAmendmentFor(userId: number | null): boolean {
    if (mode.value !== 'amending' || amendingFor === null || amendingFor !== userId) return false
    if (problem.value?.kind === 'unauthenticated') problem.value = null
    return true
  }

  async function saveAmendment(): Promise<boolean> {
    if (tooLong.value.length > 0) return false
    busy.value = true
    problem.value = null
    const result = await api.reviews.amend({
      intakeId: intakeId(),
      basedOnAmendmentId,
      reason: reason.value,
      decisions: decisionList(),
      otherDiagnoses: otherDiagnoses.value,
      clinicalNote: note.value,
    })
    busy.value = false
    if (!result.ok) {
      problem.value = result.error
      return false
    }
    basedOnAmendmentId = result.value.amendments.at(-1)?.id ?? null
    amendingFor = null
    mode.value = 'signed'
    events.saved(result.value)
    events.amended()
    return true
  }

  return {
    flagged,
    decisions,
    note,
    beyondFlags,
    otherDiagnoses,
    unflaggedLeft,
    addBeyondFlag,
    removeBeyondFlag,
    addOtherDiagnosis,
    removeOtherDiagnosis,
    reason,
    mode,
    busy,
    problem,
    saveError,
    showMissing,
    saveStatus,
    tooLong,
    undecided,
    tally,
    start,
    changed,
    decide,
    setNote,
    flush: autosave.flush,
    hasUnsavedChanges,
    signOff,
    amendmentTouched,
    beginAmendment,
    cancelAmendment,
    resumesAmendmentFor,
    saveAmendment,
  }
}

export type ReviewEditor = ReturnType<typeof useReviewEditor>

export const reviewEditorKey: InjectionKey<ReviewEditor> = Symbol('reviewEditor')

/** The editor the review screen provides to its panels. */
export function useProvidedEditor(): ReviewEditor {
  const editor = inject(reviewEditorKey)
  if (!editor) throw new Error('useProvidedEditor() outside the review screen')
  return editor
}
