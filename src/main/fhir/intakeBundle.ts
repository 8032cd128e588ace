// One submitted intake as a FHIR R4 Bundle of type collection: the Patient, the
// QuestionnaireResponse, Observations (pain scores, pain sites), Conditions (flagged causes and
// the clinician's decisions), Flags (red flags), the PDF summary as a DocumentReference, the
// staff as Practitioners and a Provenance naming who submitted and who signed.
import type { Bundle, BundleEntry, Reference } from './fhirTypes'
import { SYSTEMS } from './fhirSystems'
import type { IntakeRecordForFhir } from './bundleRecord'
import { bundleUrls, enteredInError, patientDisplay, ref } from './bundleRecord'
import { conditionEntries, signedContent } from './conditionResources'
import { documentEntry } from './documentResource'
import { flagEntries } from './flagResources'
import { observationEntries } from './observationResources'
import { patientEntry, practitionerEntry } from './peopleResources'
import type { ProvenanceAgent } from './provenanceResource'
import { provenanceEntry } from './provenanceResource'
import { intakeQuestionSet, questionsByKey } from './questionSet'
import { questionnaireReference } from './questionnaireResource'
import { responseEntry, responseItems } from './responseResource'

/** The staff a record names, each once, as Practitioner entries and references to them. */
function staffDirectory(record: IntakeRecordForFhir, urls: ReturnType<typeof bundleUrls>) {
  const entries = new Map<number, BundleEntry>()
  function person(userId: number | null, nameWhenActed: string | null): Reference | null {
    if (userId === null) return nameWhenActed ? { display: nameWhenActed } : null
    const name = nameWhenActed ?? record.personName(userId) ?? `Staff account ${userId}`
    const fullUrl = urls.practitioner(userId)
    if (!entries.has(userId)) entries.set(userId, practitionerEntry(fullUrl, userId, name))
    return ref(fullUrl, name)
  }
  return { person, entries: () => [...entries.values()] }
}

export function intakeBundle(record: IntakeRecordForFhir): Bundle {
  const { intake, patient, review } = record
  const urls = bundleUrls(record.installationId)
  const steps = intakeQuestionSet()
  const questions = questionsByKey(steps)
  const wrong = enteredInError(record)
  const staff = staffDirectory(record, urls)

  const patientUrl = urls.patient(patient.id)
  const subject = ref(patientUrl, patientDisplay(patient))
  const responseUrl = urls.response(intake.id)
  const response = ref(responseUrl)
  const submitter = staff.person(intake.submittedBy, intake.submittedByName)

  const signed = signedContent(review) !== null ? review : null
  const lastAmendment = signed?.amendments.at(-1) ?? null
  const signer = signed ? staff.person(signed.signedBy, signed.signedByName) : null
  const amender = lastAmendment
    ? staff.person(lastAmendment.amendedBy, lastAmendment.amendedByName)
    : null
  const decidedAt = lastAmendment?.amendedAt ?? signed?.signedAt ?? null

  const answers = responseEntry({
    fullUrl: responseUrl,
    intakeId: intake.id,
    questionnaire: questionnaireReference(record.questionnaire),
    status: wrong ? 'entered-in-error' : 'completed',
    subject,
    author: submitter,
    authored: intake.submittedAt,
    items: responseItems(steps, intake.answers),
  })
  const observations = observationEntries(intake.answers, {
    status: wrong ? 'entered-in-error' : 'final',
    subject,
    effective: intake.submittedAt,
    response,
    fullUrl: (what) => urls.observation(intake.id, what),
    question: (key) => {
      const question = questions.get(key)
      if (!question) throw new Error(`No question ${key}`)
      return question
    },
  })
  const conditions = conditionEntries(intake, review, {
    enteredInError: wrong,
    subject,
    response,
    asserter: amender ?? signer,
    decidedAt,
    fullUrl: (what) => urls.condition(intake.id, what),
  })
  const flags = flagEntries(intake.assessment.redFlags, {
    enteredInError: wrong,
    subject,
    raisedAt: intake.submittedAt,
    author: submitter,
    fullUrl: (flagId) => urls.flag(intake.id, flagId),
  })
  const document = documentEntry({
    fullUrl: urls.document(intake.id),
    intakeId: intake.id,
    enteredInError: wrong,
    amended: lastAmendment !== null,
    subject,
    response,
    createdAt: record.exportedAt,
    fileName: record.summaryPdf.fileName,
    pdfBase64: record.summaryPdf.base64,
  })

  const agents: ProvenanceAgent[] = [
    ...(submitter ? [{ role: 'enterer' as const, who: submitter }] : []),
    ...(signer ? [{ role: 'attester' as const, who: signer }] : []),
    ...(amender ? [{ role: 'author' as const, who: amender }] : []),
  ]
  const recorded = [intake.submittedAt, decidedAt ?? ''].sort().at(-1) ?? intake.submittedAt
  const described = [answers, ...observations, ...conditions, ...flags, document]
  const provenance = agents.length
    ? [
        provenanceEntry(
          urls.provenance(intake.id),
          described.map((entry) => ref(entry.fullUrl)),
          recorded,
          agents,
        ),
      ]
    : []

  return {
    resourceType: 'Bundle',
    identifier: { system: SYSTEMS.intake, value: String(intake.id) },
    type: 'collection',
    timestamp: record.exportedAt,
    entry: [patientEntry(patientUrl, patient), ...staff.entries(), ...described, ...provenance],
  }
}
