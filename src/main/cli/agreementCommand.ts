import { agreementTable } from './agreementTable'
import { valueOf, withConsoleDoor } from './consoleDoor'

export interface AgreementOptions {
  readonly from?: string | undefined
  readonly to?: string | undefined
  readonly 'engine-version'?: string | undefined
}

/**
 * `agreement --data-dir DIR [--from D] [--to D] [--engine-version V]`: the agreement report as a
 * table, through the one door (checked and audited like the screen's).
 */
export async function runAgreement(dataDir: string, options: AgreementOptions): Promise<number> {
  return withConsoleDoor(dataDir, { mayCreate: false }, async (api) => {
    const report = valueOf(
      await api.agreement.report({
        from: options.from ?? null,
        to: options.to ?? null,
        engineVersion: options['engine-version'] ?? null,
      }),
    )
    console.log(agreementTable(report))
    return 0
  })
}
