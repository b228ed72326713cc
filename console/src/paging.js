// Keyset paging as the services answer it ({items, nextPageToken}): one page at a time, the tokens of the pages
// before kept so 上一页 needs no offsets. A table never loads more than one page.
import { ref } from 'vue'
import { explain } from './api.js'

/** Pages of {@code fetchPage(token)}: rows, loading and error state, search (first page), next and previous. */
export function useKeysetPages(fetchPage) {
  const rows = ref([])
  const loading = ref(false)
  const error = ref(null)
  const tokens = ref([])
  const current = ref(null)
  const next = ref(null)

  async function load(token) {
    loading.value = true
    error.value = null
    try {
      const page = await fetchPage(token)
      rows.value = page.items
      current.value = token
      next.value = page.nextPageToken
    }
    catch (failure) {
      error.value = explain(failure)
    }
    finally {
      loading.value = false
    }
  }

  function search() {
    tokens.value = []
    return load(null)
  }

  function nextPage() {
    tokens.value.push(current.value)
    return load(next.value)
  }

  function previousPage() {
    return load(tokens.value.pop() ?? null)
  }

  return { rows, loading, error, tokens, next, search, nextPage, previousPage }
}
