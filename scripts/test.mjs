// `npm test`: every check the project has, in the order a failure is cheapest to find.
// Each step runs even when an earlier one failed, so one run reports everything; the exit code
// is non-zero when any step failed.
import { spawnSync } from 'node:child_process'

const steps = [
  ['format', ['npx', 'prettier', '--check', '.']],
  ['lint', ['npx', 'eslint', '.', '--max-warnings', '0']],
  ['types (main, preload, shared)', ['npx', 'tsc', '-p', 'tsconfig.node.json', '--noEmit']],
  ['types (renderer)', ['npx', 'vue-tsc', '-p', 'tsconfig.web.json', '--noEmit']],
  ['unit and component tests', ['npx', 'vitest', 'run']],
  ['public vignettes', ['npx', 'tsx', 'scripts/vignettes.ts', '../shared/clinical/vignettes.json']],
  ['end-to-end tests', ['npx', 'playwright', 'test']],
]

const failed = []
for (const [name, [command, ...args]] of steps) {
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`)
  const started = Date.now()
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const ok = result.status === 0
  console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} (${seconds} s)`)
  if (!ok) failed.push(name)
}

console.log(
  failed.length
    ? `\nnpm test: ${failed.length} of ${steps.length} steps failed: ${failed.join(', ')}`
    : `\nnpm test: all ${steps.length} steps passed`,
)
process.exit(failed.length ? 1 : 0)
