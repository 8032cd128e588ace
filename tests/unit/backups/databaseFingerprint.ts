import { createHash } from 'node:crypto'
import type { Database } from 'better-sqlite3-multiple-ciphers'

/**
 * Every table's row count and a checksum of its rows (sorted, so the order rows happen to be
 * stored in does not matter): equal fingerprints mean equal data, table by table.
 */
export function fingerprint(db: Database): Record<string, { rows: number; sha256: string }> {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[]
  const result: Record<string, { rows: number; sha256: string }> = {}
  for (const table of tables) {
    const rows = db
      .prepare(`SELECT * FROM "${table}"`)
      .raw()
      .all()
      .map((row) =>
        JSON.stringify(row, (_key, value: unknown) =>
          Buffer.isBuffer(value) ? value.toString('base64') : value,
        ),
      )
      .sort()
    result[table] = {
      rows: rows.length,
      sha256: createHash('sha256').update(rows.join('\n')).digest('hex'),
    }
  }
  return result
}
