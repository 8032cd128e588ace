import { defineStore } from 'pinia'
import { effectScope, onScopeDispose, shallowRef } from 'vue'
import type { EffectScope } from 'vue'
import type { Review } from '../../../../shared/review/review'
import { useReviewEditor } from './reviewEditor'
import type { ReviewEditor, ReviewEditorEvents } from './reviewEditor'

/**
 * Keeps the review editor when its screen goes, as intake drafts are kept (intakeSessionStore):
 * a sign-out nobody asked for, or the lock, unmounts the review, and decisions and notes not yet
 * saved must stay in memory, keep trying to save (they go once the same clinician is back in:
 * someone else signing in restarts the app first, see sessionStore.signIn) and show again when
 * the review opens. One review at a time: opening another one starts a new editor.
 */
export const useReviewEditorStore = defineStore('reviewEditor', () => {
  const kept = shallowRef<{ intakeId: number; editor: ReviewEditor; scope: EffectScope } | null>(
    null,
  )
  /** The review screen showing the editor now; none while it is unmounted. */
  let screen: ReviewEditorEvents | null = null
  const events: ReviewEditorEvents = {
    saved: (review: Review) => screen?.saved(review),
    signed: () => screen?.signed(),
    amended: () => screen?.amended(),
  }

  /** The editor for intake `intakeId`, kept from before when it is that review's. Call in setup. */
  function editorFor(intakeId: number, screenEvents: ReviewEditorEvents): ReviewEditor {
    screen = screenEvents
    // The calling screen's setup scope: its events stop when it unmounts.
    onScopeDispose(() => {
      if (screen === screenEvents) screen = null
    })
    if (kept.value?.intakeId !== intakeId) {
      kept.value?.scope.stop()
      // Detached from the screen, so its retries and its count of unsaved work outlive it.
      const scope = effectScope(true)
      const editor = scope.run(() => useReviewEditor(() => intakeId, events))
      if (!editor) throw new Error('The review editor could not be started')
      kept.value = { intakeId, editor, scope }
    }
    return kept.value.editor
  }

  onScopeDispose(() => kept.value?.scope.stop())

  return { editorFor }
})
