import { describe, expect, it } from 'vitest'
import { dataDirFromCommandLine } from '../../../src/main/electron/commandLine'

describe('reading --data-dir from Electron’s command line', () => {
  it('finds both spellings among Chromium switches and Playwright’s arguments', () => {
    const electron = '/opt/electron/electron'
    expect(
      dataDirFromCommandLine([
        electron,
        '-r',
        '/pw/loader.js',
        '--inspect=0',
        '--remote-debugging-port=0',
        'out/main/electron.js',
        '--no-sandbox',
        '--data-dir=/tmp/clinic data',
      ]),
    ).toBe('/tmp/clinic data')
    expect(dataDirFromCommandLine([electron, 'out/main/electron.js', '--data-dir', '/srv/x'])).toBe(
      '/srv/x',
    )
  })

  it('ignores a missing or empty value rather than taking the next switch', () => {
    expect(dataDirFromCommandLine(['electron', '.'])).toBeUndefined()
    expect(dataDirFromCommandLine(['electron', '.', '--data-dir'])).toBeUndefined()
    expect(dataDirFromCommandLine(['electron', '.', '--data-dir', '--no-sandbox'])).toBeUndefined()
    expect(dataDirFromCommandLine(['electron', '.', '--data-dir='])).toBeUndefined()
  })
})
