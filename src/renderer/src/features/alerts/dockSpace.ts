import { onBeforeUnmount, watch } from 'vue'
import type { Ref } from 'vue'
import { useRouter } from 'vue-router'

/** Read by emergencyDock.css: the room kept at the foot of the page for the dock. */
export const DOCK_SPACE_VARIABLE = '--emergency-dock-space'

/**
 * Keeps room at the foot of the page for the emergency dock, which is fixed over the bottom of
 * the window: the page's last lines can still be scrolled above it, and a focused field is never
 * hidden under it (scroll-padding). Room added below everything moves nothing on screen, so it
 * grows with the dock at once; it shrinks only when the clinician opens another screen, because
 * a shorter page scrolled to its end would pull the content down under the pointer.
 */
export function useDockSpace(dock: Ref<HTMLElement | null>): void {
  const root = document.documentElement
  let reserved = 0
  const reserve = (px: number) => {
    reserved = px
    root.style.setProperty(DOCK_SPACE_VARIABLE, `${px}px`)
  }
  const measure = () => Math.ceil(dock.value?.getBoundingClientRect().height ?? 0)
  const grow = () => {
    const height = measure()
    if (height > reserved) reserve(height)
  }

  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(grow)
  watch(
    dock,
    (element, previous) => {
      if (previous) observer?.unobserve(previous)
      if (element) {
        observer?.observe(element)
        grow()
      }
    },
    { flush: 'post', immediate: true },
  )
  const stopFollowingRoutes = useRouter().afterEach(() => reserve(measure()))

  onBeforeUnmount(() => {
    observer?.disconnect()
    stopFollowingRoutes()
    root.style.removeProperty(DOCK_SPACE_VARIABLE)
  })
}
