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
  let latestRequest = 0

  async function load(): Promise<void> {
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
      setIssues(toFieldIssues(query.error.issues))
      return
    }
    clear()
    const request = ++latestRequest
    loading.value = true
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

  return { filters, offset, page, loading, error, errors, load, refilter, goToPage, clearFilters }
})
