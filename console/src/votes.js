// Owners' joint decisions (业主共同决定, 民法典 第二百七十八条): the thresholds of each matter and how a vote's counts
// stand against them. The thresholds are the housing service's table vote_rule (migration V16), shown here so an
// open vote can be read against them; the service alone decides a vote when the street closes it. Counts are
// compared exactly (integers, and areas as scaled decimals), never as floating point.

export const VOTE_RULES = {
  HIRE_PROPERTY_COMPANY: { participation: [2, 3], approval: [1, 2], strict: true, item: '（四）' },
  USE_MAINTENANCE_FUND: { participation: [2, 3], approval: [1, 2], strict: true, item: '（五）' },
  RAISE_MAINTENANCE_FUND: { participation: [2, 3], approval: [3, 4], strict: false, item: '（六）' },
  ADD_ELEVATOR: { participation: [2, 3], approval: [3, 4], strict: false, item: '（七）' },
  LET_SHARED_SPACE: { participation: [2, 3], approval: [3, 4], strict: false, item: '（八）' },
}

const CHINESE_FRACTIONS = { '2/3': '三分之二', '3/4': '四分之三', '1/2': '二分之一' }

function fractionText([numerator, denominator]) {
  return CHINESE_FRACTIONS[`${numerator}/${denominator}`] ?? `${numerator}/${denominator}`
}

/** The rule's words as the Civil Code puts them, e.g. 参与表决：专有部分面积和人数均占三分之二以上；同意：…四分之三以上. */
export function ruleText(matter) {
  const rule = VOTE_RULES[matter]
  if (!rule) return '—'
  const approval = rule.strict && rule.approval[0] * 2 === rule.approval[1]
    ? '过半数' : `${fractionText(rule.approval)}以上`
  return `参与表决：专有部分面积和业主人数均占${fractionText(rule.participation)}以上；`
    + `同意：参与表决的专有部分面积和人数均${approval}（民法典第二百七十八条第一款第${rule.item}项）`
}

const SCALE = 6

/** A decimal (number or text) as an integer of millionths, exactly: "1234.5" → 1234500000n. */
export function scaled(value) {
  if (value === null || value === undefined || value === '') return 0n
  const text = typeof value === 'number' ? value.toFixed(SCALE) : String(value).trim()
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(text)
  if (!match) return 0n
  const fraction = (match[3] ?? '').padEnd(SCALE, '0').slice(0, SCALE)
  const magnitude = BigInt(match[2] || '0') * 10n ** BigInt(SCALE) + BigInt(fraction || '0')
  return match[1] === '-' ? -magnitude : magnitude
}

/** Whether part/whole reaches numerator/denominator (strict: exceeds it); nothing of nothing reaches nothing. */
export function reaches(part, whole, [numerator, denominator], strict = false) {
  const p = scaled(part)
  const w = scaled(whole)
  if (w <= 0n) return false
  const left = p * BigInt(denominator)
  const right = w * BigInt(numerator)
  return strict ? left > right : left >= right
}

function share(part, whole) {
  const w = Number(whole)
  return w > 0 ? Number(part) / w : 0
}

/**
 * A vote's counts against its matter's thresholds: participation by number and by area (against the electorate),
 * approval by number and by area (among those taking part), each with its share, the share needed and whether it is
 * met; {@code passes} when all four are.
 */
export function standing(vote) {
  const rule = VOTE_RULES[vote?.matter]
  if (!rule) return null
  const electorate = vote.electorate ?? { owners: 0, area: 0 }
  const taking = vote.participation ?? { owners: 0, area: 0 }
  const inFavour = vote.inFavour ?? { owners: 0, area: 0 }
  const needed = (fraction) => fraction[0] / fraction[1]
  const checks = {
    participationByNumber: {
      share: share(taking.owners, electorate.owners), needed: needed(rule.participation), strict: false,
      met: reaches(taking.owners, electorate.owners, rule.participation),
    },
    participationByArea: {
      share: share(taking.area, electorate.area), needed: needed(rule.participation), strict: false,
      met: reaches(taking.area, electorate.area, rule.participation),
    },
    approvalByNumber: {
      share: share(inFavour.owners, taking.owners), needed: needed(rule.approval), strict: rule.strict,
      met: reaches(inFavour.owners, taking.owners, rule.approval, rule.strict),
    },
    approvalByArea: {
      share: share(inFavour.area, taking.area), needed: needed(rule.approval), strict: rule.strict,
      met: reaches(inFavour.area, taking.area, rule.approval, rule.strict),
    },
  }
  return { ...checks, passes: Object.values(checks).every((check) => check.met) }
}
