// Issue 13, item 7: why the backup folder cannot be listed used to be server English, shown
// as-is on the Backups screen. It is a code now; the screen words it.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeBackupFolder } from '../../../src/main/backups/backupFiles'
import { BackupListSchema } from '../../../src/shared/backups/backups'
import { useTempDir } from '../support/tempDataDir'

const tempDir = useTempDir()

describe('a backup folder that cannot be listed', () => {
  it('says it does not exist yet, as a code', () => {
    const listing = describeBackupFolder(join(tempDir(), 'not-made-yet'))
    expect(listing.folderProblem).toBe('missing')
    expect(BackupListSchema.parse(listing)).toEqual(listing)
  })

  it('says it cannot be read, as a code', () => {
    // A file where the folder should be: readable by anyone, root included, yet not a folder.
    const notAFolder = join(tempDir(), 'backups')
    writeFileSync(notAFolder, 'not a folder')
    expect(describeBackupFolder(notAFolder).folderProblem).toBe('unreadable')
  })
})
