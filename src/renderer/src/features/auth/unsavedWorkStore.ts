import { defineStore } from 'pinia'

/**
 * What a kept piece of work becomes once its author signs in again: `toSave` is saved on its own
 * (an intake draft, a review's notes); `toFinish` only opens again for them to finish, because
 * saving it is a deliberate signed act (an amendment to a signed review).
 */
export type UnsavedWorkKind = 'toSave' | 'toFinish'

/**
 * Typed work this window keeps in memory that the server has not stored yet (an intake draft
 * waiting to be saved, an amendment being written). The sign-in screen shown after a sign-out
 * nobody asked for promises what happens to it only when some is kept here. Each source registers
 * a check that reads its own reactive state, so the promise appears and goes as that state changes.
 */
export const useUnsavedWorkStore = defineStore('unsavedWork', () => {
  const checks = new Map<() => boolean, UnsavedWorkKind>()

  /** Returns the function that stops counting this source. */
  function register(check: () => boolean, kind: UnsavedWorkKind = 'toSave'): () => void {
    checks.set(check, kind)
    return () => checks.delete(check)
  }

  /** Whether any work of `kind` (of either kind when none is given) is kept. */
  function any(kind?: UnsavedWorkKind): boolean {
    let kept = false
    // Every check of that kind runs, so a computed that calls this follows each source's state.
    for (const [check, its] of checks) {
      if (kind === undefined || its === kind) kept = check() || kept
    }
    return kept
  }

  return { register, any }
})
