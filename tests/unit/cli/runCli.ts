import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

const ROOT = resolve(__dirname, '../../..')

/** `npm run cli -- ...args` as a person runs it, with `input` piped to standard input. */
export function runCli(
  args: string[],
  input = '',
): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    [
      resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      resolve(ROOT, 'src/main/cli/index.ts'),
      ...args,
    ],
    { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 },
  )
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Adds a clinician per name through `add-user` (display name = username), as an admin would. */
export function addCliniciansThroughCli(dataDir: string, usernames: readonly string[]): void {
  for (const name of usernames) {
    runCli(
      [
        'add-user',
        '--data-dir',
        dataDir,
        '--username',
        name,
        '--role',
        'clinician',
        '--display-name',
        name,
      ],
      'long-enough-password\n',
    )
  }
}
