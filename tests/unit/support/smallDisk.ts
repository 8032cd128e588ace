import { execFileSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect } from 'vitest'

/**
 * A real small disk: a tmpfs of `size` (mount's notation, e.g. '24m', '256k') on a fresh folder,
 * unmounted after each test. Needs root (as here and in CI); without it the test fails and says
 * why, rather than being skipped. Register it before hooks that close what uses the disk: after
 * hooks run last-registered first.
 */
export function useSmallDisk(): (size: string) => string {
  const mounted: string[] = []
  afterEach(() => {
    while (mounted.length) {
      const dir = mounted.pop() as string
      execFileSync('umount', [dir])
      rmSync(dir, { recursive: true, force: true })
    }
  })
  return (size) => {
    const dir = mkdtempSync(join(tmpdir(), 'clinic-intake-small-disk-'))
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir], {
        stdio: 'pipe',
      })
    } catch (error) {
      rmSync(dir, { recursive: true, force: true })
      const reason =
        error instanceof Error && 'stderr' in error ? String(error.stderr) : String(error)
      throw new Error(`This test needs a small tmpfs (run as root); mount failed: ${reason}`)
    }
    mounted.push(dir)
    return dir
  }
}

/** Writes a file until the disk has no room left; removing it frees the space again. */
export function fillDisk(dir: string): string {
  const filler = join(dir, 'filler')
  const fd = openSync(filler, 'w')
  const chunk = Buffer.alloc(64 * 1024, 1)
  try {
    for (;;) writeSync(fd, chunk)
  } catch (error) {
    expect((error as { code?: string }).code).toBe('ENOSPC')
  }
  // The last few bytes too, so even the smallest write fails.
  try {
    for (;;) writeSync(fd, Buffer.alloc(512, 1))
  } catch {
    // full
  } finally {
    closeSync(fd)
  }
  return filler
}
