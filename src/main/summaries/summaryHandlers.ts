import type { Handlers } from '../door/dispatcher'
import { BadRequestError } from '../door/errors'
import type { DesktopFileActions } from './desktopFileActions'
import type { SummaryService } from './summaryService'

type SummaryChannels =
  'summaries.render' | 'summaries.renderForPrint' | 'summaries.saveToFile' | 'summaries.print'

const DESKTOP_ONLY =
  'Saving and printing through the system dialogs works only in the desktop app. In the browser, use the download or the browser’s PDF viewer.'

export function createSummaryHandlers(
  summaries: SummaryService,
  desktop: DesktopFileActions | undefined,
): Pick<Handlers, SummaryChannels> {
  function requireDesktop(): DesktopFileActions {
    if (!desktop) throw new BadRequestError(DESKTOP_ONLY)
    return desktop
  }

  async function rendered(intakeId: number) {
    const { fileName, pdf } = await summaries.render(intakeId)
    return { fileName, pdfBase64: pdf.toString('base64') }
  }

  return {
    'summaries.render': ({ intakeId }) => rendered(intakeId),

    'summaries.renderForPrint': ({ intakeId }) => rendered(intakeId),

    'summaries.saveToFile': async ({ intakeId }) => {
      const actions = requireDesktop()
      const { fileName, pdf } = await summaries.render(intakeId)
      return { outcome: await actions.savePdf(fileName, pdf) }
    },

    'summaries.print': async ({ intakeId }) => {
      const actions = requireDesktop()
      const { pdf } = await summaries.render(intakeId)
      return { outcome: await actions.printPdf(pdf) }
    },
  }
}
