/** What the hidden prompt says; `repeat: null` asks once (unlocking, not choosing). */
export interface HiddenPrompts {
  readonly first: string
  readonly repeat: string | null
  readonly mismatch: string
}

export const PASSWORD_PROMPTS: HiddenPrompts = {
  first: 'Password: ',
  repeat: 'Repeat the password: ',
  mismatch: 'The two passwords are different.',
}

/**
 * A password for the CLI, never from the command line (it would sit in shell history and the
 * process list): from standard input when it is piped (scripts, tests), else typed at a hidden
 * prompt, twice.
 */
export async function readPassword(
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WriteStream = process.stderr,
  prompts: HiddenPrompts = PASSWORD_PROMPTS,
): Promise<string> {
  if (!input.isTTY) return readPiped(input)
  const first = await promptHidden(prompts.first, input, output)
  if (prompts.repeat === null) return first
  const second = await promptHidden(prompts.repeat, input, output)
  if (first !== second) throw new Error(prompts.mismatch)
  return first
}

async function readPiped(input: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of input) chunks.push(Buffer.from(chunk as Buffer))
  // One trailing line break is the end of the line, not part of the password.
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '')
}

function promptHidden(
  question: string,
  input: NodeJS.ReadStream,
  output: NodeJS.WriteStream,
): Promise<string> {
  return new Promise((resolve, reject) => {
    output.write(question)
    let typed = ''
    input.setRawMode(true)
    input.resume()
    const done = (error: Error | null) => {
      input.setRawMode(false)
      input.pause()
      input.off('data', onData)
      output.write('\n')
      if (error) reject(error)
      else resolve(typed)
    }
    const onData = (data: Buffer) => {
      for (const char of data.toString('utf8')) {
        if (char === '\r' || char === '\n') return done(null)
        if (char === '\u0003') return done(new Error('Cancelled.'))
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1)
        else typed += char
      }
    }
    input.on('data', onData)
  })
}
