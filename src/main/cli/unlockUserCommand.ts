import { CommandError, valueOf, withConsoleDoor } from './consoleDoor'

/** `unlock-user --data-dir DIR --username U`: lifts a sign-in lockout, through the one door. */
export async function runUnlockUser(
  dataDir: string,
  username: string | undefined,
): Promise<number> {
  if (!username) throw new CommandError('Give --username U: the account to unlock.', 2)
  return withConsoleDoor(dataDir, { mayCreate: false }, async (api) => {
    const user = valueOf(await api.users.unlock({ username }))
    console.log(`Unlocked ${user.username}: they can sign in again.`)
    return 0
  })
}
