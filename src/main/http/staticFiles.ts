import { readFile, realpath } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
}

/**
 * Reads a built renderer file, refusing any path that escapes the renderer folder: by its name
 * (`..`), and by where it really is, so a symbolic link inside cannot lead outside.
 */
export async function readStaticFile(
  rootDir: string,
  urlPath: string,
): Promise<{ body: Buffer; contentType: string } | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const full = normalize(join(rootDir, relative))
  if (!full.startsWith(normalize(rootDir) + sep)) return null
  const contentType = CONTENT_TYPES[extname(full)]
  if (!contentType) return null
  try {
    const root = await realpath(rootDir)
    const real = await realpath(full)
    if (!real.startsWith(root + sep)) return null
    return { body: await readFile(real), contentType }
  } catch {
    return null
  }
}
