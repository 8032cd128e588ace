import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { signSeal } from '../../../src/main/audit/auditSeal'
import { readCheckpointFile } from '../../../src/main/audit/checkpointFile'
import { replaceCheckpointFile } from '../../../src/main/audit/restoredCheckpoint'
import { useTempDir } from '../support/tempDataDir'

const tempDir = useTempDir()
const key = Buffer.alloc(32, 7)
const seal = signSeal(key, 'checkpoint', { lastId: 4, lastHash: 'a'.repeat(64), broken: null })

describe('replacing the checkpoint file for a restored database', () => {
  it('writes the restored checkpoint (0600), and puts the previous file back on undo', () => {
    const file = join(tempDir(), 'audit-checkpoint.json')
    writeFileSync(file, 'the replaced database’s checkpoint\n')
    const undo = replaceCheckpointFile(file, seal)
    expect(readCheckpointFile(file)).toEqual(seal)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    undo()
    expect(readFileSync(file, 'utf8')).toBe('the replaced database’s checkpoint\n')
  })

  it('removes the file for a database without a checkpoint of this installation', () => {
    const file = join(tempDir(), 'audit-checkpoint.json')
    writeFileSync(file, 'old\n')
    const undo = replaceCheckpointFile(file, null)
    expect(existsSync(file)).toBe(false)
    undo()
    expect(readFileSync(file, 'utf8')).toBe('old\n')
    const fresh = join(tempDir(), 'audit-checkpoint.json')
    replaceCheckpointFile(fresh, seal)()
    expect(existsSync(fresh)).toBe(false)
  })
})
