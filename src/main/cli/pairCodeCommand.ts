import { dataDirHolder } from '../storage/dataDirLock'
import { CommandError, valueOf, withConsoleDoor } from './consoleDoor'

/**
 * `pair-code --data-dir DIR`: a one-time pairing code for a workstation, through the one door.
 * The command needs the data folder to itself; while the clinic server runs (it holds the folder),
 * codes come from the admin screen instead, which is what the refusal says.
 */
export async function runPairCode(dataDir: string): Promise<number> {
  const holder = dataDirHolder(dataDir)
  if (holder && holder !== 'unknown' && holder.program === 'server') {
    throw new CommandError(
      'The clinic server is running on this data folder, so this command cannot use it. ' +
        'Create the pairing code in the app instead: sign in as an administrator on any ' +
        'workstation, choose Workstations in the menu at the top, then Create pairing code.',
    )
  }
  return withConsoleDoor(dataDir, { mayCreate: false }, async (api) => {
    const code = valueOf(await api.workstations.createPairingCode({}))
    const expires = new Date(code.expiresAt)
    const time = `${String(expires.getHours()).padStart(2, '0')}:${String(expires.getMinutes()).padStart(2, '0')}`
    console.log(`Pairing code: ${code.code}`)
    console.log(
      `It pairs one workstation and expires at ${time} (in 10 minutes). Type it on the ` +
        'workstation, with a name for that computer.',
    )
    return 0
  })
}
