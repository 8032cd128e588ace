import { valueOf, withConsoleDoor } from './consoleDoor'

/** `seed-demo --data-dir DIR [--patients N]`: `demo.seed` through the one door, audited. */
export async function runSeedDemo(dataDir: string, patients: number): Promise<number> {
  return withConsoleDoor(dataDir, { mayCreate: true }, async (api) => {
    const result = valueOf(await api.demo.seed({ patients }))
    console.log(
      `Added ${result.patientsCreated} demo patients to ${dataDir}, with ` +
        `${result.drafts} draft and ${result.submitted} submitted intakes ` +
        `(${result.reviewed} of them reviewed)`,
    )
    return 0
  })
}
