import { describe, expect, it } from 'vitest'
import { monthlySeries } from './monthly.js'

const month = {
  year: 2026, month: 3,
  districts: [{ districtCode: '110105', started: 3, completed: 1, accepted: 0, floorArea: 1200, households: 40 }],
}

describe('the monthly progress chart', () => {
  it('shows every district to a city-wide caller, zero where nothing happened', () => {
    const chart = monthlySeries(month)
    expect(chart.categories).toHaveLength(16)
    const chaoyang = chart.categories.indexOf('朝阳区')
    expect(chart.series.map((series) => series.data[chaoyang])).toEqual([3, 1, 0])
    expect(chart.series[0].data[chart.categories.indexOf('海淀区')]).toBe(0)
    expect(chart.series.map((series) => series.name)).toEqual(['开工', '完工', '验收'])
  })
  it('shows a district only its own', () => {
    const chart = monthlySeries(month, 'en', false)
    expect(chart.categories).toEqual(['Chaoyang'])
    expect(chart.series[0].name).toBe('Started')
  })
})
