import type { Handlers } from '../door/dispatcher'
import { BadRequestError } from '../door/errors'
import type { DesktopFileActions } from './desktopFileActions'
import type { SummaryOptions, SummaryService } from './summaryService'

type SummaryChannels =
  'summaries.render' | 'summaries.renderForPrint' | 'summaries.saveToFile' | 'summaries.print'

const DESKTOP_ONLY =
  'Saving and printing through the system dialogs works only in the desktop app. In the browser, use the download or the browser’s PDF viewer.'

export function createSummaryHandlers(
  summaries: SummaryService,
  desktop: DesktopFileActions | undefined,
): Pick<Handlers, SummaryChannels> {
  function requireDesktop(): DesktopFileActions {
    if (!desktop) throw new BadRequestError(DESKTOP_ONLY, { code: 'summary_dialogs_desktop_only' })
    return desktop
  }

  async function rendered(intakeId: number, options: SummaryOptions) {
    const { fileName, pdf } = await summaries.render(intakeId, options)
    return { fileName, pdfBase64: pdf.toString('base64') }
  }

  return {
    'summaries.render': ({ intakeId, fullAnswers }) => rendered(intakeId, { fullAnswers }),

    'summaries.renderForPrint': ({ intakeId, fullAnswers }) => rendered(intakeId, { fullAnswers }),

    'summaries.saveToFile': async ({ intakeId, fullAnswers }) => {
      const actions = requireDesktop()
      const { fileName, pdf } = await summaries.render(intakeId, { fullAnswers })
      return { outcome: await actions.savePdf(fileName, pdf) }
    },

    'summaries.print': async ({ intakeId, fullAnswers }) => {
      const actions = requireDesktop()
      const { pdf } = await summaries.render(intakeId, { fullAnswers })
      return { outcome: await actions.printPdf(pdf) }
    },
  }
}
