import { describe, expect, it } from 'vitest'
import { reaches, ruleText, rulesByMatter, scaled, standing } from './votes.js'

// two rules as GET /api/housing/vote-rules serves them (housing's vote_rule rows): the page holds no copy of its own
const SERVED = [
  {
    matter: 'HIRE_PROPERTY_COMPANY', label: '选聘物业服务企业', participation: { numerator: 2, denominator: 3 },
    approval: { numerator: 1, denominator: 2 }, approvalStrict: true, name: 'MORE_THAN_HALF',
    clause: '民法典 第二百七十八条 第一款第(四)项 选聘和解聘物业服务企业: 过半数',
  },
  {
    matter: 'ADD_ELEVATOR', label: '加装电梯', participation: { numerator: 2, denominator: 3 },
    approval: { numerator: 3, denominator: 4 }, approvalStrict: false, name: 'THREE_QUARTERS',
    clause: '民法典 第二百七十八条 第一款第(七)项 改建、重建建筑物及其附属设施: 四分之三以上',
  },
]
const RULES = rulesByMatter(SERVED)

const vote = (matter, electorate, participation, inFavour) => ({ matter, electorate, participation, inFavour })
const standingOf = (v) => standing(v, RULES[v.matter])

describe('owners\' votes against the served Civil Code thresholds (Art. 278)', () => {
  it('reads decimals exactly', () => {
    expect(scaled('1234.5')).toBe(1234500000n)
    expect(scaled(0.1)).toBe(100000n)
    expect(scaled(null)).toBe(0n)
  })
  it('compares shares exactly, at least or more than', () => {
    expect(reaches(2, 3, [2, 3])).toBe(true)
    expect(reaches('6666.66', '10000', [2, 3])).toBe(false)
    expect(reaches('6666.67', '10000', [2, 3])).toBe(true)
    expect(reaches(5, 10, [1, 2], true)).toBe(false)
    expect(reaches(6, 10, [1, 2], true)).toBe(true)
    expect(reaches(0, 0, [1, 2])).toBe(false)
  })
  it('needs the served participation, by number and by area alike', () => {
    const short = standingOf(vote('HIRE_PROPERTY_COMPANY', { owners: 90, area: 9000 }, { owners: 60, area: 5999.99 },
      { owners: 60, area: 5999.99 }))
    expect(short.participationByNumber.met).toBe(true)
    expect(short.participationByArea.met).toBe(false)
    expect(short.passes).toBe(false)
  })
  it('follows a strict served approval: exactly half fails', () => {
    const half = standingOf(vote('HIRE_PROPERTY_COMPANY', { owners: 100, area: 10000 }, { owners: 80, area: 8000 },
      { owners: 40, area: 4000.01 }))
    expect(half.approvalByNumber.met).toBe(false)
    expect(half.approvalByArea.met).toBe(true)
    expect(half.approvalByNumber.needed).toBe(0.5)
    expect(half.approvalByNumber.strict).toBe(true)
    expect(half.passes).toBe(false)
  })
  it('follows an inclusive served approval: exactly three quarters passes', () => {
    const quarters = standingOf(vote('ADD_ELEVATOR', { owners: 100, area: 10000 }, { owners: 80, area: 8000 },
      { owners: 60, area: 6000 }))
    expect(quarters.approvalByNumber.share).toBe(0.75)
    expect(quarters.passes).toBe(true)
  })
  it('reads a vote against whatever the server serves, not a copy of its own', () => {
    const counts = vote('ADD_ELEVATOR', { owners: 100, area: 10000 }, { owners: 80, area: 8000 }, { owners: 60, area: 6000 })
    const stricter = { ...RULES.ADD_ELEVATOR, approval: { numerator: 4, denominator: 5 } }
    expect(standing(counts, stricter).passes).toBe(false)
    expect(standing(counts, stricter).approvalByArea.needed).toBe(0.8)
  })
  it('says the served thresholds in the Code\'s words, with the served clause', () => {
    expect(ruleText(RULES.ADD_ELEVATOR)).toContain('三分之二以上')
    expect(ruleText(RULES.ADD_ELEVATOR)).toContain('四分之三以上')
    expect(ruleText(RULES.ADD_ELEVATOR)).toContain('第一款第(七)项')
    expect(ruleText(RULES.HIRE_PROPERTY_COMPANY)).toContain('过半数')
    expect(ruleText(undefined)).toBe('—')
    expect(standing({ matter: 'UNKNOWN' }, RULES.UNKNOWN)).toBeNull()
  })
})
