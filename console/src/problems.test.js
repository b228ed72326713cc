import { describe, expect, it } from 'vitest'
import { explain, serviceOf } from './problems.js'

const failure = (status, problem) => ({ status, problem })

describe('failures as people read them', () => {
  it('names the department whose system the gateway cannot reach', () => {
    expect(explain(failure(503, { type: 'https://bjrenovation.cn/problems/service-unavailable',
      detail: 'finance-service cannot be reached; try again shortly' }))).toBe('市财政局（资金）系统暂不可用，请稍后重试')
    expect(explain(failure(504, { detail: 'pipeline-service did not answer in time' })))
      .toBe('市城市管理委（管线）系统暂不可用，请稍后重试')
    expect(serviceOf({ upstream: 'housing' })).toBe('housing')
    expect(explain(failure(503, {}))).toBe('后台系统暂不可用，请稍后重试')
  })
  it('says the connection is lost when nothing answered', () => {
    expect(explain(new TypeError('Failed to fetch'))).toContain('网络连接中断')
  })
  it('gives a refusal with its reason', () => {
    expect(explain(failure(403, { detail: 'housing.project.municipal-decision needs HOUSING' })))
      .toBe('无权执行此操作：housing.project.municipal-decision needs HOUSING')
    expect(explain(failure(401, {}))).toBe('登录已过期，请重新登录')
  })
  it('lists the fields of an invalid input with their reasons', () => {
    expect(explain(failure(400, { type: 'https://bjrenovation.cn/problems/invalid-input', detail: 'invalid input',
      errors: [{ field: 'reasons', reason: 'a return gives at least one reason' }] })))
      .toBe('提交的内容有误（reasons：a return gives at least one reason）')
  })
  it('reads a conflict in Chinese', () => {
    expect(explain(failure(409, { type: 'https://bjrenovation.cn/problems/conflict', detail: 'version 3 is stale' })))
      .toBe('数据已被他人修改或已存在，请刷新后重试：version 3 is stale')
  })
})
