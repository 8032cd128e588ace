import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

/** A fresh temporary folder per test, removed afterwards. */
export function useTempDir(): () => string {
  const dirs: string[] = []
  afterEach(() => {
    while (dirs.length) rmSync(dirs.pop() as string, { recursive: true, force: true })
  })
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinic-intake-test-'))
    dirs.push(dir)
    return dir
  }
}
