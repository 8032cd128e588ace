import { onBeforeUnmount, readonly, ref, watch } from 'vue'
import type { Ref, WatchSource } from 'vue'

/** A row whose foot is hidden by more than this (px) counts as below: its buttons may be cut. */
const HIDDEN_PX = 2

/**
 * How many open alerts the expanded emergency list hides below its visible foot, for the dock to
 * say ("3 more below"): the list scrolls within a bounded height, and an emergency nobody sees is
 * an emergency missed. Measured when the rows change, when the list scrolls and when it is
 * resized. `overflowing`: some row is out of sight (above or below), so the hint keeps its room
 * even when nothing is below, and the rows beside it never reflow as the clinician scrolls.
 */
export function useRowsBelow(
  list: Ref<HTMLElement | null>,
  openRowSelector: string,
  rowsChanged: WatchSource,
) {
  const below = ref(0)
  const overflowing = ref(false)

  function measure(): void {
    const element = list.value
    if (!element) {
      below.value = 0
      overflowing.value = false
      return
    }
    const box = element.getBoundingClientRect()
    const outOfSight = (row: Element) => {
      const rect = row.getBoundingClientRect()
      return rect.bottom > box.bottom + HIDDEN_PX || rect.top < box.top - HIDDEN_PX
    }
    overflowing.value = Array.from(element.children).some(outOfSight)
    below.value = Array.from(element.querySelectorAll(openRowSelector)).filter(
      (row) => row.getBoundingClientRect().bottom > box.bottom + HIDDEN_PX,
    ).length
  }

  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure)
  watch(
    list,
    (element, previous) => {
      previous?.removeEventListener('scroll', measure)
      if (previous) observer?.unobserve(previous)
      element?.addEventListener('scroll', measure, { passive: true })
      if (element) observer?.observe(element)
      measure()
    },
    { flush: 'post', immediate: true },
  )
  watch(rowsChanged, measure, { flush: 'post' })
  onBeforeUnmount(() => {
    list.value?.removeEventListener('scroll', measure)
    observer?.disconnect()
  })

  return { below: readonly(below), overflowing: readonly(overflowing) }
}
