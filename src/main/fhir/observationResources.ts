// Discrete findings an EHR can chart: each 0-10 pain score (LOINC 72514-3) and each pain site.
import type { Answers } from '../../shared/intake/answers'
import type { BundleEntry, Reference } from './fhirTypes'
import { SYSTEMS } from './fhirSystems'
import type { QuestionSpec } from './questionSet'
import { answerSystem, questionCodes } from './questionnaireResource'

const PAIN_SCORES = ['painNow', 'painWorstWeek', 'painAverageWeek'] as const

export interface ObservationContext {
  readonly status: 'final' | 'entered-in-error'
  readonly subject: Reference
  readonly effective: string
  readonly response: Reference
  readonly fullUrl: (what: string) => string
  readonly question: (key: string) => QuestionSpec
}

const SURVEY = [
  {
    coding: [{ system: SYSTEMS.observationCategory, code: 'survey', display: 'Survey' }],
  },
]

function common(context: ObservationContext) {
  return {
    resourceType: 'Observation',
    status: context.status,
    category: SURVEY,
    subject: context.subject,
    effectiveDateTime: context.effective,
    derivedFrom: [context.response],
  } as const
}

export function observationEntries(answers: Answers, context: ObservationContext): BundleEntry[] {
  const scores = PAIN_SCORES.flatMap((key) => {
    const value = answers[key]
    if (value === undefined) return []
    const question = context.question(key)
    return [
      {
        fullUrl: context.fullUrl(key),
        resource: {
          ...common(context),
          code: { coding: questionCodes(key, question.text), text: question.text },
          valueInteger: value,
        },
      },
    ]
  })
  const sitesQuestion = context.question('painSites')
  const sites = (answers.painSites ?? []).map((site) => {
    const display = sitesQuestion.options.find((option) => option.code === site)?.display ?? site
    const coding = { system: answerSystem('painSites'), code: site, display }
    return {
      fullUrl: context.fullUrl(`painSites:${site}`),
      resource: {
        ...common(context),
        code: {
          coding: [{ system: SYSTEMS.question, code: 'painSites', display: 'Pain site' }],
          text: 'Pain site',
        },
        bodySite: { coding: [coding], text: display },
        // The observation is "pain is present here": true for every site the patient marked.
        valueBoolean: true,
      },
    }
  })
  return [...scores, ...sites]
}
