// The monthly progress per district (plan §四(三) 月度调度), as the dashboard's bar chart shows it.
import { DISTRICTS, districtName } from './labels.js'

export const MONTHLY_MEASURES = [
  { key: 'started', zh: '开工', en: 'Started' },
  { key: 'completed', zh: '完工', en: 'Completed' },
  { key: 'accepted', zh: '验收', en: 'Accepted' },
]

/**
 * The chart's categories and series from GET /api/housing/progress/monthly: every district of the city for a
 * city-wide caller (zero where nothing happened), only the districts answered for a district's own caller.
 */
export function monthlySeries(monthly, locale = 'zh', cityWide = true) {
  const byCode = Object.fromEntries((monthly?.districts ?? []).map((row) => [String(row.districtCode), row]))
  const codes = cityWide ? Object.keys(DISTRICTS) : Object.keys(byCode).sort()
  return {
    categories: codes.map((code) => districtName(code, locale)),
    series: MONTHLY_MEASURES.map((measure) => ({
      name: locale === 'en' ? measure.en : measure.zh,
      key: measure.key,
      data: codes.map((code) => Number(byCode[code]?.[measure.key] ?? 0)),
    })),
  }
}
