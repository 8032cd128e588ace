import type { Core } from '../../src/main/core'
import type { Caller } from '../../src/main/door/dispatcher'
import type { ChannelInput, ChannelName, ChannelOutput } from '../../src/shared/contract/channels'
import { BENCH_PASSWORD } from './buildDatabase'

/** A call through the one door, as a shell makes it; throws when the door says no. */
export type DoorCall = <C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
) => Promise<ChannelOutput<C>>

/**
 * Signs `username` in through the door's own sign-in channel (password check and all) on a
 * session of its own, and returns calls made from that session: exactly what a desktop window
 * passes to the door, so every measured call pays for resolving the session and its audit entry.
 */
export async function signedInDoor(core: Core, username: string): Promise<DoorCall> {
  const caller: Caller = { shell: 'desktop', sessionKey: `bench-${username}` }
  const call: DoorCall = async (channel, input) => {
    const result = await core.dispatch(channel, input, caller)
    // Only the channel and the error kind: never anything from a record.
    if (!result.ok)
      throw new Error(
        `${channel} failed: ${result.error.kind} ${JSON.stringify('issues' in result.error ? result.error.issues.map((i) => i.path) : [])}`,
      )
    return result.value as ChannelOutput<typeof channel>
  }
  await call('auth.signIn', { username, password: BENCH_PASSWORD })
  return call
}
