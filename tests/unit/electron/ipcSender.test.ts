import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isTrustedSender } from '../../../src/main/electron/ipcSender'
import type { IpcSender } from '../../../src/main/electron/ipcSender'
import { isRendererUrl, rendererLocation } from '../../../src/main/electron/rendererLocation'

const INDEX_HTML = '/opt/Clinic Intake/resources/app.asar/out/renderer/index.html'
const fileRenderer = rendererLocation({
  indexHtmlPath: INDEX_HTML,
  isPackaged: true,
  devServerUrl: undefined,
})
const ourUrl = pathToFileURL(INDEX_HTML).href
const fromOurPage: IpcSender = { fromMainWindow: true, fromMainFrame: true, frameUrl: ourUrl }

describe('the renderer location', () => {
  it('is the built file unless an unpackaged app runs under the dev server', () => {
    expect(fileRenderer).toEqual({ kind: 'file', path: INDEX_HTML })
    expect(
      rendererLocation({
        indexHtmlPath: INDEX_HTML,
        isPackaged: false,
        devServerUrl: 'http://localhost:5173',
      }),
    ).toEqual({ kind: 'devServer', url: 'http://localhost:5173/' })
  })

  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(
      rendererLocation({
        indexHtmlPath: INDEX_HTML,
        isPackaged: true,
        devServerUrl: 'https://evil.example/',
      }),
    ).toEqual({ kind: 'file', path: INDEX_HTML })
  })
})

describe('isRendererUrl', () => {
  it('accepts our index.html on any hash route', () => {
    expect(isRendererUrl(ourUrl, fileRenderer, 'linux')).toBe(true)
    expect(isRendererUrl(`${ourUrl}#/patients/new`, fileRenderer, 'linux')).toBe(true)
    // Electron's loadFile may leave spaces unencoded; it is still the same file.
    expect(isRendererUrl(`file://${INDEX_HTML}`, fileRenderer, 'linux')).toBe(true)
  })

  it('rejects other files, other schemes, queries and junk', () => {
    const other = pathToFileURL('/opt/Clinic Intake/resources/app.asar/out/renderer/evil.html').href
    for (const url of [
      other,
      pathToFileURL('/tmp/index.html').href,
      `${ourUrl}?inject=1`,
      'http://127.0.0.1:5173/',
      'https://evil.example/out/renderer/index.html',
      'file://remote-host/opt/Clinic%20Intake/resources/app.asar/out/renderer/index.html',
      'about:blank',
      'data:text/html,hi',
      'not a url',
      '',
    ]) {
      expect(isRendererUrl(url, fileRenderer, 'linux'), url).toBe(false)
    }
  })

  it('accepts only the dev server’s origin in development', () => {
    const dev = rendererLocation({
      indexHtmlPath: INDEX_HTML,
      isPackaged: false,
      devServerUrl: 'http://localhost:5173',
    })
    expect(isRendererUrl('http://localhost:5173/#/patients', dev)).toBe(true)
    expect(isRendererUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isRendererUrl(ourUrl, dev)).toBe(false)
  })
})

describe('isTrustedSender', () => {
  it("trusts our page in the main window's top frame", () => {
    expect(isTrustedSender(fromOurPage, fileRenderer)).toBe(true)
  })

  it('refuses subframes, other windows, gone frames and foreign pages', () => {
    expect(isTrustedSender({ ...fromOurPage, fromMainFrame: false }, fileRenderer)).toBe(false)
    expect(isTrustedSender({ ...fromOurPage, fromMainWindow: false }, fileRenderer)).toBe(false)
    expect(isTrustedSender({ ...fromOurPage, frameUrl: null }, fileRenderer)).toBe(false)
    expect(
      isTrustedSender(
        { ...fromOurPage, frameUrl: pathToFileURL('/home/u/evil.html').href },
        fileRenderer,
      ),
    ).toBe(false)
    expect(
      isTrustedSender({ ...fromOurPage, frameUrl: 'https://evil.example/' }, fileRenderer),
    ).toBe(false)
  })
})
