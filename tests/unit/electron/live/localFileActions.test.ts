import { describe, expect, it, vi } from 'vitest'
import { withLocalFileActions } from '../../../../src/main/electron/connection/localFileActions'
import { createConnectionController } from '../../../../src/main/electron/connection/connectionController'
import { createConnectionFileStore } from '../../../../src/main/electron/connection/connectionFile'
import { createCookieJars } from '../../../../src/main/electron/connection/cookieJars'
import type { Dispatch } from '../../../../src/main/door/dispatcher'
import { pairWithServer } from '../../../../src/main/server/pairWithServer'
import { createPinnedClient } from '../../../../src/main/server/pinnedClient'
import type { DesktopFileActions } from '../../../../src/main/summaries/desktopFileActions'
import { useTempDir } from '../../support/tempDataDir'
import { PAIRING_CODE, useFakeClinicServers } from '../connection/fakeClinicServer'
import { recordingLog, standInKeystore } from '../connection/standIns'

const caller = { shell: 'desktop', sessionKey: 'window-1' } as const
const PDF = Buffer.from('%PDF-1.7 stand-in')
const SUMMARY = {
  fileName: 'intake-summary-2026-01-02-DEMO-000001.pdf',
  pdfBase64: PDF.toString('base64'),
}
const BUNDLE = { fileName: 'intake-DEMO-000001.fhir.json', json: '{"resourceType":"Bundle"}' }

function standInActions() {
  return {
    savePdf: vi.fn<DesktopFileActions['savePdf']>(async () => 'saved'),
    printPdf: vi.fn<DesktopFileActions['printPdf']>(async () => 'printed'),
    saveJson: vi.fn<DesktopFileActions['saveJson']>(async () => 'cancelled'),
  }
}

/** A stand-in server door: the browser shell's document calls answer with a document. */
function standInRemote() {
  return vi.fn<Dispatch>(async (channel) => {
    if (channel === 'summaries.render' || channel === 'summaries.renderForPrint') {
      return { ok: true, value: SUMMARY }
    }
    if (channel === 'fhir.exportBundle') return { ok: true, value: BUNDLE }
    return { ok: true, value: { channel } }
  })
}

describe('a paired desktop’s Save as PDF, Print and Export FHIR', () => {
  it('fetches the PDF with the download call and saves it through this computer’s dialog', async () => {
    const remote = standInRemote()
    const actions = standInActions()
    const dispatch = withLocalFileActions(remote, actions, recordingLog())
    const payload = { intakeId: 7, fullAnswers: true }
    await expect(dispatch('summaries.saveToFile', payload, caller)).resolves.toEqual({
      ok: true,
      value: { outcome: 'saved' },
    })
    expect(remote).toHaveBeenCalledWith('summaries.render', payload, caller)
    expect(remote).not.toHaveBeenCalledWith('summaries.saveToFile', expect.anything(), caller)
    expect(actions.savePdf).toHaveBeenCalledWith(SUMMARY.fileName, PDF)
  })

  it('prints with the print call (audited as a print on the server) and this computer’s dialog', async () => {
    const remote = standInRemote()
    const actions = standInActions()
    const dispatch = withLocalFileActions(remote, actions, recordingLog())
    await expect(
      dispatch('summaries.print', { intakeId: 7, fullAnswers: false }, caller),
    ).resolves.toEqual({ ok: true, value: { outcome: 'printed' } })
    expect(remote.mock.calls.map(([channel]) => channel)).toEqual(['summaries.renderForPrint'])
    expect(actions.printPdf).toHaveBeenCalledWith(PDF)
  })

  it('saves the FHIR Bundle the server exports, and passes a cancelled dialog back', async () => {
    const remote = standInRemote()
    const actions = standInActions()
    const dispatch = withLocalFileActions(remote, actions, recordingLog())
    await expect(dispatch('fhir.saveBundleToFile', { intakeId: 7 }, caller)).resolves.toEqual({
      ok: true,
      value: { outcome: 'cancelled' },
    })
    expect(remote.mock.calls.map(([channel]) => channel)).toEqual(['fhir.exportBundle'])
    expect(actions.saveJson).toHaveBeenCalledWith(BUNDLE.fileName, BUNDLE.json)
  })

  it('passes the server’s refusal on and opens no dialog; other calls go through untouched', async () => {
    const refused = { ok: false, error: { kind: 'forbidden', message: 'No.' } } as const
    const remote = vi.fn<Dispatch>(async () => refused)
    const actions = standInActions()
    const dispatch = withLocalFileActions(remote, actions, recordingLog())
    await expect(dispatch('summaries.saveToFile', { intakeId: 7 }, caller)).resolves.toEqual(
      refused,
    )
    await dispatch('intakes.submit', { id: 1 }, caller)
    expect(remote).toHaveBeenLastCalledWith('intakes.submit', { id: 1 }, caller)
    expect(actions.savePdf).not.toHaveBeenCalled()
  })

  it('says so plainly when the dialog fails, with nothing of the error in the reply', async () => {
    const actions = standInActions()
    actions.savePdf.mockRejectedValue(new Error('EACCES /home/someone/Smith.pdf'))
    const log = recordingLog()
    const dispatch = withLocalFileActions(standInRemote(), actions, log)
    const result = await dispatch('summaries.saveToFile', { intakeId: 7 }, caller)
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal', ref: 'local_dialog' } })
    expect(JSON.stringify(result)).not.toContain('Smith')
    expect(log.events).toContain('remote.local_dialog_failed')
  })
})

describe('the connection controller, paired', () => {
  const tempDir = useTempDir()
  const servers = useFakeClinicServers(tempDir)

  it('never sends the dialog calls to the server: it asks for the document instead', async () => {
    const server = await servers.start(await servers.newTls())
    const actions = standInActions()
    const controller = createConnectionController({
      store: createConnectionFileStore({
        dataDir: tempDir(),
        safeStorage: standInKeystore(),
        log: recordingLog(),
      }),
      hasLocalData: () => false,
      openLocal: () => standInRemote(),
      pair: (input) => pairWithServer({ ...input, timeoutMs: 5_000 }),
      connect: (pinned) => createPinnedClient(pinned, { timeoutMs: 5_000 }),
      cookies: createCookieJars(),
      log: recordingLog(),
      fileActions: actions,
    })
    controller.start()
    const paired = await controller.pair({
      origin: server.origin,
      code: PAIRING_CODE,
      workstationName: 'Room 3',
    })
    expect(paired.ok).toBe(true)
    await controller.dispatch('summaries.saveToFile', { intakeId: 7, fullAnswers: false }, caller)
    await controller.dispatch('summaries.print', { intakeId: 7, fullAnswers: false }, caller)
    await controller.dispatch('fhir.saveBundleToFile', { intakeId: 7 }, caller)
    const paths = server.seen.map((seen) => seen.path).filter((path) => path.startsWith('/rpc/'))
    expect(paths).toEqual([
      '/rpc/summaries.render',
      '/rpc/summaries.renderForPrint',
      '/rpc/fhir.exportBundle',
    ])
    controller.close()
  })
})
