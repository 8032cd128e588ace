// Every URI the FHIR export names. Ours are `urn:` names: the app has no web domain of its own,
// and a urn cannot be mistaken for an address someone else owns. Standard systems (LOINC,
// ICD-10-CM, HL7 terminology) are spelled exactly as FHIR R4 defines them.

const OURS = 'urn:clinic-intake'

export const SYSTEMS = {
  /** The intake Questionnaire's canonical URL. */
  questionnaire: `${OURS}:questionnaire:low-back-hip`,
  /** Our CodeSystem for the answer values (code = the stored value, e.g. `leg_worse`). */
  answerValue: `${OURS}:codesystem:answer-value`,
  /** Our CodeSystem naming the questions themselves (code = the answer key, e.g. `painNow`). */
  question: `${OURS}:codesystem:question`,
  /** Our CodeSystem for the engine's causes (code = cause id). */
  cause: `${OURS}:codesystem:cause`,
  /** Our CodeSystem for the engine's red flags (code = red flag id). */
  redFlag: `${OURS}:codesystem:red-flag`,
  /** Our CodeSystem for a red flag's urgency (emergency, urgent, soon). */
  urgency: `${OURS}:codesystem:urgency`,
  /** Patient record numbers as the clinic typed them. */
  recordNumber: `${OURS}:identifier:record-number`,
  /** Staff accounts of this app (Practitioner identifiers). */
  staffAccount: `${OURS}:identifier:staff-account`,
  /** Intake numbers (QuestionnaireResponse and DocumentReference identifiers). */
  intake: `${OURS}:identifier:intake`,
  loinc: 'http://loinc.org',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  flagCategory: 'http://terminology.hl7.org/CodeSystem/flag-category',
  flagPriority: 'http://hl7.org/fhir/flag-priority-code',
  provenanceParticipant: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
} as const

export const EXTENSIONS = {
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  flagPriority: 'http://hl7.org/fhir/StructureDefinition/flag-priority',
} as const

/** LOINC 72514-3, the 0-10 numeric pain rating, on each pain score question and Observation. */
export const PAIN_SEVERITY_LOINC = {
  system: SYSTEMS.loinc,
  code: '72514-3',
  display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
} as const

/** LOINC 34133-9, summary of episode note: the PDF summary's document type. */
export const SUMMARY_NOTE_LOINC = {
  system: SYSTEMS.loinc,
  code: '34133-9',
  display: 'Summary of episode note',
} as const
