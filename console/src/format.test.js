import { describe, expect, it } from 'vitest'
import { area, chineseDate, chineseDateTime, percent, squareMetres, wanSquareMetres, wanYuan, yuan } from './format.js'

describe('money from fen', () => {
  it('writes 元 with two decimals and thousands separators', () => {
    expect(yuan(123456)).toBe('1,234.56元')
    expect(yuan(5)).toBe('0.05元')
    expect(yuan(0)).toBe('0.00元')
    expect(yuan(-250)).toBe('-2.50元')
  })
  it('is exact beyond the double range, and reads strings', () => {
    expect(yuan('123456789012345678901')).toBe('1,234,567,890,123,456,789.01元')
    expect(yuan(9007199254740993n)).toBe('90,071,992,547,409.93元')
  })
  it('writes nothing as a dash', () => {
    expect(yuan(null)).toBe('—')
    expect(yuan(undefined)).toBe('—')
    expect(yuan('abc')).toBe('—')
  })
  it('writes budgets in 万元', () => {
    expect(wanYuan(1234567800)).toBe('1,234.57万元')
    expect(wanYuan(100_0000_00)).toBe('100.00万元')
  })
})

describe('areas', () => {
  it('writes m² and 万平方米', () => {
    expect(squareMetres(1234.5)).toBe('1,234.5 m²')
    expect(squareMetres('86.456')).toBe('86.46 m²')
    expect(wanSquareMetres(123456)).toBe('12.35万平方米')
    expect(area(9999)).toBe('9,999 m²')
    expect(area(250000)).toBe('25.00万平方米')
    expect(area(null)).toBe('—')
  })
})

describe('shares', () => {
  it('writes a 0..1 share as a percentage', () => {
    expect(percent(0.2)).toBe('20.0%')
    expect(percent('0.66667', 2)).toBe('66.67%')
    expect(percent(null)).toBe('—')
  })
})

describe('dates as 2026年12月3日', () => {
  it('takes the day in Beijing, not UTC', () => {
    expect(chineseDate('2026-12-03T01:00:00Z')).toBe('2026年12月3日')
    expect(chineseDate('2026-12-02T17:00:00Z')).toBe('2026年12月3日')
    expect(chineseDate('2026-12-02T15:59:59Z')).toBe('2026年12月2日')
  })
  it('keeps a plain date as written', () => {
    expect(chineseDate('2026-01-09')).toBe('2026年1月9日')
  })
  it('adds the Beijing time of an instant', () => {
    expect(chineseDateTime('2026-12-03T06:05:00Z')).toBe('2026年12月3日 14:05')
  })
  it('writes nothing or nonsense as a dash', () => {
    expect(chineseDate(null)).toBe('—')
    expect(chineseDate('not a date')).toBe('—')
  })
})

describe('basis points', () => {
  it('reads as a share with two decimals', async () => {
    const { basisPoints } = await import('./format.js')
    expect(basisPoints(2500)).toBe('25.00%')
    expect(basisPoints(null)).toBe('—')
  })
})
