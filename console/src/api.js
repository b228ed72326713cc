// Calls to the suite through the gateway. The browser holds no token: the gateway's HttpOnly session cookie
// carries the login (backend for frontend); unsafe methods add the X-Requested-With header the gateway requires
// of cookie-authenticated calls (CSRF defence).

export { explain } from './problems.js'

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`)
    this.status = status
    this.problem = problem
  }
}

export async function call(method, path, body) {
  const headers = { Accept: 'application/json, application/problem+json, application/geo+json' }
  if (method !== 'GET') headers['X-Requested-With'] = 'console'
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
  })
  return answer(response)
}

export const get = (path, query) => call('GET', withQuery(path, query))
export const post = (path, body) => call('POST', path, body ?? {})

export function withQuery(path, query) {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(name, value)
  }
  const text = params.toString()
  return text ? `${path}?${text}` : path
}

/** Sends a file as the raw request body (e.g. a survey CSV as text/csv), as the services take uploads. */
export async function upload(path, file, contentType) {
  const response = await fetch(path, {
    method: 'POST', credentials: 'same-origin', body: file,
    headers: { 'X-Requested-With': 'console', 'Content-Type': contentType, Accept: 'application/json, application/problem+json' },
  })
  return answer(response)
}

/** A response's JSON, or an ApiError with its problem+json (a body that is not JSON becomes the detail). */
async function answer(response) {
  const text = await response.text()
  let json = null
  try {
    json = text ? JSON.parse(text) : null
  }
  catch {
    json = { detail: text }
  }
  if (!response.ok) throw new ApiError(response.status, json)
  return json
}
