import { readPassword } from '../host/readPassword'
import type { HiddenPrompts } from '../host/readPassword'

/**
 * Where the CLI reads its secrets (the data folder's passphrase, a new account's password),
 * never from the command line. On a terminal each is typed at its own hidden prompt. When
 * standard input is piped, it is read once and handed out a line at a time, in the order the
 * command asks: with `--passphrase`, the passphrase is always asked first (the folder must be
 * unlocked before anything else), so `add-user --passphrase` reads the passphrase from the first
 * line and the new password from the second.
 */
export interface SecretInput {
  /** The next secret; `what` names it in the message when piped input has run out. */
  read(prompts: HiddenPrompts, what: string): Promise<string>
}

/** Piped input ended before a secret the command needs. */
export class MissingSecretError extends Error {
  override readonly name = 'MissingSecretError'
}

export function createSecretInput(
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WriteStream = process.stderr,
): SecretInput {
  let pipedLines: Promise<string[]> | null = null
  return {
    async read(prompts, what) {
      if (input.isTTY) return readPassword(input, output, prompts)
      // Read lazily: a command that needs no secret never waits for standard input to end.
      pipedLines ??= readAllLines(input)
      const lines = await pipedLines
      const next = lines.shift()
      if (next === undefined) {
        throw new MissingSecretError(
          `Standard input ended before the ${what}. When piping, give one per line (the passphrase first). Nothing was changed.`,
        )
      }
      return next
    },
  }
}

async function readAllLines(input: NodeJS.ReadableStream): Promise<string[]> {
  const chunks: Buffer[] = []
  for await (const chunk of input) chunks.push(Buffer.from(chunk as Buffer))
  const text = Buffer.concat(chunks).toString('utf8')
  // A final line break ends the last line; it does not start an empty one.
  const lines = text.split(/\r?\n/)
  if (lines.at(-1) === '') lines.pop()
  return lines
}
