import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { stageFile, writeFileAtomic } from '../../../src/main/storage/atomicFile'
import { useSmallDisk } from '../support/smallDisk'
import { useTempDir } from '../support/tempDataDir'

const tempDir = useTempDir()
const smallDisk = useSmallDisk()

const modeOf = (file: string) => statSync(file).mode & 0o777

describe('writeFileAtomic', () => {
  it('creates the file 0600 with exactly the content, and nothing else in the folder', () => {
    const dir = tempDir()
    const file = join(dir, 'settings.json')
    writeFileAtomic(file, '{"a":1}\n')
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}\n')
    expect(modeOf(file)).toBe(0o600)
    expect(readdirSync(dir)).toEqual(['settings.json'])
  })

  it('replaces a file made 0644 by an older build with a 0600 one, or the mode asked for', () => {
    const dir = tempDir()
    const file = join(dir, 'connection.json')
    writeFileSync(file, 'old')
    chmodSync(file, 0o644)
    writeFileAtomic(file, Buffer.from('new'))
    expect(readFileSync(file, 'utf8')).toBe('new')
    expect(modeOf(file)).toBe(0o600)
    writeFileAtomic(file, 'newer', { mode: 0o640 })
    expect(modeOf(file)).toBe(0o640)
    expect(readdirSync(dir)).toEqual(['connection.json'])
  })

  it('keeps the old file and leaves no temporary file when the disk is full', () => {
    const disk = smallDisk('64k')
    const file = join(disk, 'passphrase.json')
    writeFileAtomic(file, 'old content\n')
    const tooBig = Buffer.alloc(256 * 1024, 0x61)
    expect(() => writeFileAtomic(file, tooBig)).toThrow(expect.objectContaining({ code: 'ENOSPC' }))
    expect(readFileSync(file, 'utf8')).toBe('old content\n')
    expect(readdirSync(disk)).toEqual(['passphrase.json'])
  })

  it('leaves no temporary file when the rename fails', () => {
    const dir = tempDir()
    const taken = join(dir, 'taken')
    mkdirSync(join(taken, 'inside'), { recursive: true })
    expect(() => writeFileAtomic(taken, 'x')).toThrow()
    expect(readdirSync(dir)).toEqual(['taken'])
  })

  it('exclusive: creates a missing file, and refuses (EEXIST) to touch one that is there', () => {
    const dir = tempDir()
    const file = join(dir, 'installation.key')
    writeFileAtomic(file, 'first\n', { exclusive: true })
    expect(() => writeFileAtomic(file, 'second\n', { exclusive: true })).toThrow(
      expect.objectContaining({ code: 'EEXIST' }),
    )
    expect(readFileSync(file, 'utf8')).toBe('first\n')
    expect(modeOf(file)).toBe(0o600)
    expect(readdirSync(dir)).toEqual(['installation.key'])
  })

  it('exclusive: of two writers staged at once, the first to commit wins whole', () => {
    const dir = tempDir()
    const file = join(dir, 'installation.key')
    const one = stageFile(file, 'one\n', { exclusive: true })
    const two = stageFile(file, 'two\n', { exclusive: true })
    one.commit()
    expect(() => two.commit()).toThrow(expect.objectContaining({ code: 'EEXIST' }))
    expect(readFileSync(file, 'utf8')).toBe('one\n')
    expect(readdirSync(dir)).toEqual(['installation.key'])
  })
})

describe('stageFile', () => {
  it('shows nothing new until committed, and a discard leaves the old file as it was', () => {
    const dir = tempDir()
    const file = join(dir, 'server-private-key.pem')
    writeFileAtomic(file, 'old key')
    const staged = stageFile(file, 'new key')
    expect(readFileSync(file, 'utf8')).toBe('old key')
    staged.discard()
    expect(readFileSync(file, 'utf8')).toBe('old key')
    expect(readdirSync(dir)).toEqual(['server-private-key.pem'])
    stageFile(file, 'new key').commit()
    expect(readFileSync(file, 'utf8')).toBe('new key')
    expect(readdirSync(dir)).toEqual(['server-private-key.pem'])
  })
})
