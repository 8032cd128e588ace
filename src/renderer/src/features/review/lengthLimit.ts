// The one way a long text box on the review screen keeps to its limit. No box has a maxlength: a
// browser cuts a paste at it without a word, and nothing typed may be lost. The text is checked
// with the one door's own zod schema instead (its limit read from the schema, so the two cannot
// drift apart), and a box over its limit says so at once, with its length, keeping every
// character for the clinician to shorten. Near the limit, a box shows its count quietly.
import { computed } from 'vue'
import type { ComputedRef } from 'vue'
import type { ZodString } from 'zod'
import { useI18n } from '../../i18n/useTexts'

/** From this share of its limit on, a box shows how many characters it holds. */
const COUNT_FROM_SHARE = 0.9

/** A text's length as its schema counts it, and the schema's limit. */
export interface LengthOver {
  readonly length: number
  readonly max: number
}

export interface LengthOptions {
  /** The schema trims before it counts (a reason): the length shown is counted the same way. */
  readonly trims?: boolean
}

function measure(schema: ZodString, value: string, options: LengthOptions): LengthOver | null {
  const max = schema.maxLength
  if (max === null) return null
  return { length: options.trims ? value.trim().length : value.length, max }
}

/** The length and the limit when the door's schema refuses `value` as too long, else null. */
export function lengthOver(
  schema: ZodString,
  value: string,
  options: LengthOptions = {},
): LengthOver | null {
  const measured = measure(schema, value, options)
  if (!measured) return null
  const parsed = schema.safeParse(value)
  if (parsed.success || !parsed.error.issues.some((issue) => issue.code === 'too_big')) return null
  return measured
}

/** The length and the limit when `value` fits but is near the limit, else null. */
export function lengthNear(
  schema: ZodString,
  value: string,
  options: LengthOptions = {},
): LengthOver | null {
  const measured = measure(schema, value, options)
  if (!measured || measured.length < measured.max * COUNT_FROM_SHARE) return null
  return lengthOver(schema, value, options) ? null : measured
}

/** The numbers written for the person at the screen ("20,050"), and the quiet count. */
export function useLengthWords() {
  const { t, locale } = useI18n()
  const numbers = ({ length, max }: LengthOver) => ({
    length: length.toLocaleString(locale.value),
    max: max.toLocaleString(locale.value),
  })
  return {
    numbers,
    /** "18,500 of 20,000 characters" */
    count: (near: LengthOver) => t('intakeReview.lengthCount', numbers(near)),
  }
}

export interface LengthLimit {
  /** Over the limit: the length and the limit, for the field's message; null while it fits. */
  readonly over: ComputedRef<LengthOver | null>
  /** The quiet count near the limit; null otherwise. */
  readonly count: ComputedRef<string | null>
}

/** One box's limit, for its component. Boxes in a list use lengthOver and lengthNear. */
export function useLengthLimit(
  schema: ZodString,
  value: () => string,
  options: LengthOptions = {},
): LengthLimit {
  const words = useLengthWords()
  const over = computed(() => lengthOver(schema, value(), options))
  const count = computed(() => {
    const near = lengthNear(schema, value(), options)
    return near ? words.count(near) : null
  })
  return { over, count }
}

/**
 * A long box's aria-describedby: its hint (if any), then its message or its count as LengthNote
 * shows them; undefined when there is nothing to name.
 */
export function lengthDescribedBy(
  box: string,
  shown: { readonly error?: unknown; readonly count?: unknown },
  hint?: string,
): string | undefined {
  const note = shown.error ? `${box}-error` : shown.count ? `${box}-count` : undefined
  return [hint, note].filter(Boolean).join(' ') || undefined
}
