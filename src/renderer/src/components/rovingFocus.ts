// One tab stop for a group of checkboxes (WAI-ARIA Authoring Practices, "roving tabindex"): Tab
// enters and leaves the group in one press, arrow keys move between the boxes, Home and End jump
// to the ends, Space ticks (the browser's own checkbox behaviour) and typing the first letters of
// an option moves to it. A long list such as the 17 pain sites then costs a few keys, not a Tab
// per box.
import { ref } from 'vue'
import type { Ref } from 'vue'

/** How long typed letters keep adding to one search ("fo" for "Foot") before starting again. */
const TYPE_AHEAD_MS = 800

export interface RovingFocus {
  /** 0 for the box that takes the group's one tab stop, -1 for the others. */
  tabIndexOf(index: number): 0 | -1
  /** Call when a box receives focus (by click, Tab or script) so the tab stop follows it. */
  focused(index: number): void
  /** Keydown on the group: moves focus and returns true when it handled the key. */
  keydown(event: KeyboardEvent, container: HTMLElement | null): boolean
}

export function useRovingFocus(
  labels: () => readonly string[],
  /** Where Tab enters the group when no box has had focus yet: the first ticked one, say. */
  entry: () => number,
): RovingFocus {
  const active: Ref<number | null> = ref(null)
  let typed = ''
  let typedAt = 0

  const current = () => active.value ?? Math.max(0, entry())

  function move(container: HTMLElement | null, index: number): void {
    const boxes = container?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')
    const box = boxes?.[index]
    if (!box) return
    active.value = index
    box.focus()
  }

  function matchFrom(start: number, text: string): number {
    const all = labels()
    for (let step = 0; step < all.length; step += 1) {
      const index = (start + step) % all.length
      if (all[index]?.toLocaleLowerCase().startsWith(text)) return index
    }
    return -1
  }

  function keydown(event: KeyboardEvent, container: HTMLElement | null): boolean {
    if (event.ctrlKey || event.metaKey || event.altKey) return false
    const count = labels().length
    if (count === 0) return false
    // Any other key (Space to tick, an arrow) ends a type-ahead search.
    if (event.key.length !== 1 || !/\S/.test(event.key)) typed = ''
    const here = current()
    let target: number | null = null
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        target = (here + 1) % count
        break
      case 'ArrowLeft':
      case 'ArrowUp':
        target = (here - 1 + count) % count
        break
      case 'Home':
        target = 0
        break
      case 'End':
        target = count - 1
        break
      default:
        if (event.key.length === 1 && /\S/.test(event.key)) {
          const now = Date.now()
          const more = now - typedAt < TYPE_AHEAD_MS
          typed = more ? typed + event.key.toLocaleLowerCase() : event.key.toLocaleLowerCase()
          typedAt = now
          // A new search starts after the current box; the same letter again cycles through the
          // options starting with it ("f", "f": "Foot, left" then "Foot, right"); a longer search
          // ("fo") first tries to stay where it is.
          const repeated = [...typed].every((letter) => letter === typed[0])
          const search = repeated ? typed[0]! : typed
          const found = matchFrom(repeated ? here + 1 : here, search)
          target = found === -1 ? null : found
          if (found === -1) return false
        }
    }
    if (target === null) return false
    event.preventDefault()
    move(container, target)
    return true
  }

  return {
    tabIndexOf: (index) => (index === current() ? 0 : -1),
    focused: (index) => {
      active.value = index
    },
    keydown,
  }
}
