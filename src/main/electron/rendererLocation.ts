import { fileURLToPath, pathToFileURL } from 'node:url'

/**
 * Where the main window's page comes from: the built `index.html` on disk, or (only in an
 * unpackaged app under `electron-vite dev`) the Vite dev server.
 */
export type RendererLocation =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'devServer'; readonly url: string }

export function rendererLocation(options: {
  readonly indexHtmlPath: string
  readonly isPackaged: boolean
  readonly devServerUrl: string | undefined
}): RendererLocation {
  // A packaged app never honours ELECTRON_RENDERER_URL: anyone who can set an environment
  // variable could otherwise point the privileged window (and its preload) at any web page.
  if (!options.isPackaged && options.devServerUrl) {
    return { kind: 'devServer', url: new URL(options.devServerUrl).href }
  }
  return { kind: 'file', path: options.indexHtmlPath }
}

/**
 * True when `url` is our renderer's page: the same file (any `#/route`, since the router uses
 * hash history), or a page on the dev server's origin. Everything else is someone else's page.
 */
export function isRendererUrl(
  url: string,
  location: RendererLocation,
  platform: NodeJS.Platform = process.platform,
): boolean {
  let candidate: URL
  try {
    candidate = new URL(url)
  } catch {
    return false
  }
  if (location.kind === 'devServer') return candidate.origin === new URL(location.url).origin

  if (candidate.protocol !== 'file:' || candidate.host !== '' || candidate.search !== '') {
    return false
  }
  const expected = pathToFileURL(location.path)
  let candidatePath: string
  try {
    candidatePath = fileURLToPath(candidate)
  } catch {
    return false
  }
  const expectedPath = fileURLToPath(expected)
  // Windows paths are case-insensitive; elsewhere a different case is a different file.
  return platform === 'win32'
    ? candidatePath.toLowerCase() === expectedPath.toLowerCase()
    : candidatePath === expectedPath
}
