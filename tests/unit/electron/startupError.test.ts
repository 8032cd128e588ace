import { describe, expect, it } from 'vitest'
import { DatabaseDamagedError, DatabaseTooNewError } from '../../../src/main/db/openDatabase'
import { NativeBindingMissingError } from '../../../src/main/electron/nativeBinding'
import { startupErrorMessage } from '../../../src/main/electron/startupError'

const context = { dataDir: '/home/reception/.config/Clinic Intake', isPackaged: true }

describe('the start-up error box', () => {
  it('explains a damaged or too-new database and names the data folder', () => {
    const damaged = startupErrorMessage(
      new DatabaseDamagedError('The database file is damaged.'),
      context,
    )
    expect(damaged).toContain('The database file is damaged.')
    expect(damaged).toContain(context.dataDir)
    const tooNew = startupErrorMessage(
      new DatabaseTooNewError('Written by a newer version.'),
      context,
    )
    expect(tooNew).toContain('Install the latest version')
  })

  it('passes on the missing-engine message as written', () => {
    const error = new NativeBindingMissingError('Run "npm run build:electron-native".')
    expect(startupErrorMessage(error, { ...context, isPackaged: false })).toBe(error.message)
  })

  it('recognises an engine built for another Electron version inside the wrapped error', () => {
    const dlopen = Object.assign(new Error('NODE_MODULE_VERSION 127 vs 150'), {
      code: 'ERR_DLOPEN_FAILED',
    })
    const wrapped = new DatabaseDamagedError('The database file could not be opened.', {
      cause: dlopen,
    })
    expect(startupErrorMessage(wrapped, { ...context, isPackaged: false })).toContain(
      'npm run build:electron-native',
    )
    expect(startupErrorMessage(wrapped, context)).toContain('reinstall')
  })

  it('never shows a stack or the text of an unexpected error', () => {
    const error = new Error('SqliteError: near "Smith": syntax error')
    const message = startupErrorMessage(error, context)
    expect(message).not.toContain('Smith')
    expect(message).not.toMatch(/\bat .+:\d+:\d+/)
    expect(message).toContain('could not open its database')
  })
})
