import { defineStore } from 'pinia'
import { reactive, ref } from 'vue'
import type { RpcError } from '../../../../shared/contract/errors'
import { toFieldIssues } from '../../../../shared/contract/errors'
import type { CauseId, RedFlagId } from '../../../../shared/clinical/ids'
import { WorklistQuerySchema } from '../../../../shared/review/worklist'
import type {
  WorklistDateField,
  WorklistPage,
  WorklistStatus,
} from '../../../../shared/review/worklist'
import { useClinicApi } from '../../api/clinicApi'
import { useFieldErrors } from '../../composables/fieldErrors'

export const WORKLIST_PAGE_SIZE = 25

/** The worklist's filters and current page, kept while the clinician opens and closes intakes. */
export const useWorklistStore = defineStore('worklist', () => {
  const api = useClinicApi()
  // Form values as the boxes hold them ('' = no filter); turned into a query on each load.
  const filters = reactive({
    status: 'awaiting' as WorklistStatus,
    redFlag: '' as RedFlagId | '',
    likelyCause: '' as CauseId | '',
    dateField: 'submitted' as WorklistDateField,
    from: '',
    to: '',
    patientQuery: '',
  })
  const offset = ref(0)
  const page = ref<WorklistPage | null>(null)
  const loading = ref(false)
  const error = ref<RpcError | null>(null)
  const { errors, setIssues, clear } = useFieldErrors()
  /** The row the clinician is on (focused or last opened): kept across live refreshes. */
  const selectedIntakeId = ref<number | null>(null)
  let latestRequest = 0

  /**
   * Loads the current page. `quietly`: a live refresh, so filters still being typed are not
   * flagged (the page shown stays until they are whole) and no loading state shows.
   */
  async function load(options: { quietly?: boolean } = {}): Promise<void> {
    const query = WorklistQuerySchema.safeParse({
      status: filters.status,
      redFlag: filters.redFlag || null,
      likelyCause: filters.likelyCause || null,
      dateField: filters.dateField,
      from: filters.from || null,
      to: filters.to || null,
      patientQuery: filters.patientQuery,
      limit: WORKLIST_PAGE_SIZE,
      offset: offset.value,
    })
    if (!query.success) {
      if (!options.quietly) setIssues(toFieldIssues(query.error.issues))
      return
    }
    if (!options.quietly) clear()
    const request = ++latestRequest
    if (!options.quietly) loading.value = true
    const result = await api.reviews.worklist(query.data)
    // Filters change quickly; only the newest answer may fill the list.
    if (request !== latestRequest) return
    loading.value = false
    if (result.ok) {
      page.value = result.value
      error.value = null
    } else if (result.error.kind === 'validation') {
      setIssues(result.error.issues)
    } else {
      error.value = result.error
    }
  }

  let refreshing: Promise<void> | null = null
  let refreshAgain = false

  /**
   * Something changed on the server (another workstation submitted, signed or amended): the
   * same page with the same filters, fetched again in place. Changes arriving while one refresh
   * is under way are folded into one more, so a burst costs two fetches, not one per change.
   */
  function refresh(): Promise<void> {
    if (refreshing) {
      refreshAgain = true
      return refreshing
    }
    refreshing = (async () => {
      do {
        refreshAgain = false
        await load({ quietly: true })
      } while (refreshAgain)
    })().finally(() => (refreshing = null))
    return refreshing
  }

  /** A filter changed: start again from the first page. */
  function refilter(): Promise<void> {
    offset.value = 0
    return load()
  }

  function goToPage(newOffset: number): Promise<void> {
    offset.value = Math.max(0, newOffset)
    return load()
  }

  function clearFilters(): Promise<void> {
    Object.assign(filters, {
      redFlag: '',
      likelyCause: '',
      dateField: 'submitted',
      from: '',
      to: '',
      patientQuery: '',
    })
    return refilter()
  }

  return {
    filters,
    offset,
    page,
    loading,
    error,
    errors,
    selectedIntakeId,
    load,
    refresh,
    refilter,
    goToPage,
    clearFilters,
  }
})
