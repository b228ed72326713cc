import { describe, expect, it } from 'vitest'
import { reaches, ruleText, scaled, standing } from './votes.js'

const vote = (matter, electorate, participation, inFavour) => ({ matter, electorate, participation, inFavour })

describe('owners\' votes against the Civil Code thresholds (Art. 278)', () => {
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
  it('needs two thirds taking part, by number and by area alike', () => {
    const short = standing(vote('HIRE_PROPERTY_COMPANY', { owners: 90, area: 9000 }, { owners: 60, area: 5999.99 },
      { owners: 60, area: 5999.99 }))
    expect(short.participationByNumber.met).toBe(true)
    expect(short.participationByArea.met).toBe(false)
    expect(short.passes).toBe(false)
  })
  it('needs more than half for hiring a property company: exactly half fails', () => {
    const half = standing(vote('HIRE_PROPERTY_COMPANY', { owners: 100, area: 10000 }, { owners: 80, area: 8000 },
      { owners: 40, area: 4000.01 }))
    expect(half.approvalByNumber.met).toBe(false)
    expect(half.approvalByArea.met).toBe(true)
    expect(half.approvalByNumber.needed).toBe(0.5)
    expect(half.passes).toBe(false)
  })
  it('needs three quarters for adding an elevator: exactly three quarters passes', () => {
    const quarters = standing(vote('ADD_ELEVATOR', { owners: 100, area: 10000 }, { owners: 80, area: 8000 },
      { owners: 60, area: 6000 }))
    expect(quarters.approvalByNumber.share).toBe(0.75)
    expect(quarters.passes).toBe(true)
  })
  it('says the thresholds in the Code\'s words', () => {
    expect(ruleText('ADD_ELEVATOR')).toContain('三分之二以上')
    expect(ruleText('ADD_ELEVATOR')).toContain('四分之三以上')
    expect(ruleText('USE_MAINTENANCE_FUND')).toContain('过半数')
    expect(standing({ matter: 'UNKNOWN' })).toBeNull()
  })
})
