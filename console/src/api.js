// Calls to the suite through the gateway. The browser holds no token: the gateway's HttpOnly session cookie
// carries the login (backend for frontend); unsafe methods add the X-Requested-With header the gateway requires
// of cookie-authenticated calls (CSRF defence).

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`)
    this.status = status
    this.problem = problem
  }
}

const SERVICES = {
  housing: '市住房城乡建设委系统', finance: '市财政局系统', planning: '市规划自然资源委系统', pipeline: '管线协调系统',
}

/** A failure as people read it: the problem's reason, or which department's system is unavailable. */
export function explain(error) {
  if (!(error instanceof ApiError)) return `网络连接中断，请稍后重试（${error?.message ?? error}）`
  if (error.status === 503 || error.status === 504) {
    const service = Object.keys(SERVICES).find((name) => JSON.stringify(error.problem ?? {}).includes(name))
    return `${service ? SERVICES[service] : '后台系统'}暂不可用，请稍后重试`
  }
  if (error.status === 403) return `无权执行此操作：${error.problem?.detail ?? ''}`
  if (error.status === 401) return '登录已过期，请重新登录'
  const fields = error.problem?.errors ?? error.problem?.fieldErrors
  if (Array.isArray(fields) && fields.length) {
    return fields.map((field) => `${field.field ?? field.name}: ${field.reason ?? field.message}`).join('；')
  }
  return error.problem?.detail ?? error.message
}

export async function call(method, path, body) {
  const headers = { Accept: 'application/json, application/problem+json, application/geo+json' }
  if (method !== 'GET') headers['X-Requested-With'] = 'console'
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
  })
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
