import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import type { MessageBoxSyncOptions } from 'electron'
import {
  askBeforeDroppingUnsavedWork,
  UNSAVED_WORK_QUESTION,
} from '../../../src/main/electron/unsavedWorkPrompt'

/** A window whose page refused to unload: Electron emits will-prevent-unload on its contents. */
function windowRefusingToUnload(answer: number) {
  const webContents = new EventEmitter()
  const window = { webContents }
  const asked: MessageBoxSyncOptions[] = []
  askBeforeDroppingUnsavedWork(window, (parent, question) => {
    expect(parent).toBe(window)
    asked.push(question)
    return answer
  })
  const event = { preventDefault: vi.fn() }
  webContents.emit('will-prevent-unload', event)
  return { asked, event }
}

describe('closing the desktop window with unsaved work', () => {
  it('asks, and stays when the person chooses Stay (the default, and Escape)', () => {
    const { asked, event } = windowRefusingToUnload(0)
    expect(asked).toHaveLength(1)
    expect(asked[0]?.message).toBe('Some of what you typed here is not saved yet.')
    expect(asked[0]?.buttons?.[asked[0].defaultId ?? -1]).toBe('Stay')
    expect(asked[0]?.buttons?.[asked[0].cancelId ?? -1]).toBe('Stay')
    // Not overriding the page's refusal keeps the window and what was typed.
    expect(event.preventDefault).not.toHaveBeenCalled()
  })

  it('closes after all when the person chooses to leave without saving', () => {
    const { event } = windowRefusingToUnload(
      UNSAVED_WORK_QUESTION.buttons?.indexOf('Leave without saving') ?? -1,
    )
    expect(event.preventDefault).toHaveBeenCalledTimes(1)
  })
})
