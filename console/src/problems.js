// Failures as people read them (issue 16 §6): a refusal's reason from its problem+json, in Chinese where the kind of
// refusal is known; a lost connection or a 503/504 says which department's system is unavailable.

const SERVICES = {
  housing: '市住房城乡建设委（住建）系统',
  finance: '市财政局（资金）系统',
  planning: '市规划自然资源委（规划）系统',
  pipeline: '市城市管理委（管线）系统',
}

const KINDS = {
  'invalid-input': '提交的内容有误',
  conflict: '数据已被他人修改或已存在，请刷新后重试',
  'not-found': '未找到相应的记录',
  'invalid-caller': '登录身份不完整',
  'too-many-requests': '操作过于频繁，请稍后再试',
  'request-too-large': '提交的内容过大',
}

/** The service a problem names: the gateway's detail ("housing-service cannot be reached") or a service's upstream. */
export function serviceOf(problem) {
  const text = `${problem?.upstream ?? ''} ${problem?.detail ?? ''} ${problem?.instance ?? ''}`
  return Object.keys(SERVICES).find((name) => text.includes(`${name}-service`) || text.includes(`/api/${name}/`)
    || problem?.upstream === name) ?? null
}

function kindOf(problem) {
  const type = String(problem?.type ?? '')
  return type.slice(type.lastIndexOf('/') + 1)
}

/** One sentence for a failed call: what happened, and the server's reason. */
export function explain(error) {
  const status = error?.status
  const problem = error?.problem
  if (status === undefined) {
    return '网络连接中断，无法连接到平台，请检查网络后重试'
  }
  if (status === 503 || status === 504 || status === 502) {
    const service = serviceOf(problem)
    return `${service ? SERVICES[service] : '后台系统'}暂不可用，请稍后重试`
  }
  if (status === 401) return '登录已过期，请重新登录'
  if (status === 403) {
    return problem?.detail ? `无权执行此操作：${problem.detail}` : '无权执行此操作'
  }
  const fields = Array.isArray(problem?.errors) ? problem.errors : []
  const reasons = fields.map((field) => `${field.field}：${field.reason}`)
  if (problem?.field && problem?.detail && !reasons.length) reasons.push(`${problem.field}：${problem.detail}`)
  const kind = KINDS[kindOf(problem)]
  if (reasons.length) return `${kind ?? '操作被拒绝'}（${reasons.join('；')}）`
  if (kind) return problem?.detail ? `${kind}：${problem.detail}` : kind
  return problem?.detail ?? error?.message ?? `操作失败（HTTP ${status}）`
}
