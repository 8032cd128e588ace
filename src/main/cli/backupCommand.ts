import { resolve } from 'node:path'
import { CommandError, valueOf, withConsoleDoor } from './consoleDoor'

/** `backup --data-dir DIR --to FILE`: a checked, signed backup, through the one door. */
export async function runBackup(dataDir: string, to: string | undefined): Promise<number> {
  if (!to) throw new CommandError('Give --to FILE: where to write the backup.', 2)
  const file = resolve(to)
  return withConsoleDoor(dataDir, { mayCreate: false }, async (api) => {
    const written = valueOf(await api.backups.writeTo({ file }))
    console.log(`Backed up ${dataDir} to ${written.file} (${written.sizeBytes} bytes, checked)`)
    return 0
  })
}
