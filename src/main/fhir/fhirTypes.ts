// The few FHIR R4 shapes this app writes and reads, typed just far enough for the compiler to
// catch a misspelt element. The authority is the official JSON schema (fhir.schema.json), which
// the tests validate every exported resource against.

export interface Coding {
  readonly system?: string
  readonly code: string
  readonly display?: string
}

export interface CodeableConcept {
  readonly coding?: readonly Coding[]
  readonly text?: string
}

export interface Reference {
  readonly reference?: string
  readonly display?: string
}

export interface Extension {
  readonly url: string
  readonly valueInteger?: number
  readonly valueDecimal?: number
  readonly valueCodeableConcept?: CodeableConcept
  readonly valueString?: string
}

export interface Annotation {
  readonly text: string
  readonly time?: string
  readonly authorReference?: Reference
}

/** Any resource: its type plus its elements (each builder returns its own narrower literal). */
export interface FhirResource {
  readonly resourceType: string
  readonly [element: string]: unknown
}

export interface BundleEntry {
  readonly fullUrl: string
  readonly resource: FhirResource
}

export interface Bundle extends FhirResource {
  readonly resourceType: 'Bundle'
  readonly type: 'collection'
  readonly timestamp: string
  readonly entry: readonly BundleEntry[]
}

/** One answer of a QuestionnaireResponse item, in the value[x] types our questions use. */
export interface ResponseAnswer {
  readonly valueBoolean?: boolean
  readonly valueInteger?: number
  readonly valueDecimal?: number
  readonly valueString?: string
  readonly valueCoding?: Coding
}

export interface ResponseItem {
  readonly linkId: string
  readonly text?: string
  readonly answer?: readonly ResponseAnswer[]
  readonly item?: readonly ResponseItem[]
}
