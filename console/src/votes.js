// Owners' joint decisions (业主共同决定, 民法典 第二百七十八条): how a vote's counts stand against its matter's
// thresholds. The thresholds are housing's, served by GET /api/housing/vote-rules from its table vote_rule — the rows
// the service decides a vote by when the street closes it — and never copied here. Counts are compared exactly
// (integers, and areas as scaled decimals), never as floating point.

/** The served rules keyed by matter: [{matter, participation, approval, approvalStrict, clause}, …] → {MATTER: rule}. */
export function rulesByMatter(rules) {
  return Object.fromEntries((rules ?? []).map((rule) => [rule.matter, rule]))
}

const CHINESE_FRACTIONS = { '2/3': '三分之二', '3/4': '四分之三', '1/2': '二分之一' }

/**
 * A served share as [numerator, denominator].
 * @returns {[number, number]}
 */
function fraction(share) {
  return [share.numerator, share.denominator]
}

function fractionText({ numerator, denominator }) {
  return CHINESE_FRACTIONS[`${numerator}/${denominator}`] ?? `${numerator}/${denominator}`
}

/** A served rule in the Code's words, e.g. 参与表决：专有部分面积和业主人数均占三分之二以上；同意：…四分之三以上（clause）. */
export function ruleText(rule) {
  if (!rule) return '—'
  const half = rule.approval.numerator * 2 === rule.approval.denominator
  const approval = !rule.approvalStrict ? `${fractionText(rule.approval)}以上`
    : half ? '过半数' : `超过${fractionText(rule.approval)}`
  return `参与表决：专有部分面积和业主人数均占${fractionText(rule.participation)}以上；`
    + `同意：参与表决的专有部分面积和人数均${approval}（${rule.clause}）`
}

const SCALE = 6

/** A decimal (number or text) as an integer of millionths, exactly: "1234.5" → 1234500000n. */
export function scaled(value) {
  if (value === null || value === undefined || value === '') return 0n
  const text = typeof value === 'number' ? value.toFixed(SCALE) : String(value).trim()
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(text)
  if (!match) return 0n
  const decimals = (match[3] ?? '').padEnd(SCALE, '0').slice(0, SCALE)
  const magnitude = BigInt(match[2] || '0') * 10n ** BigInt(SCALE) + BigInt(decimals || '0')
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
 * A vote's counts against its matter's served rule: participation by number and by area (against the electorate),
 * approval by number and by area (among those taking part), each with its share, the share needed and whether it is
 * met; {@code passes} when all four are. Null when the rule is not known (not served, or not loaded yet).
 */
export function standing(vote, rule) {
  if (!rule || !vote) return null
  const participation = fraction(rule.participation)
  const approval = fraction(rule.approval)
  const strict = !!rule.approvalStrict
  const electorate = vote.electorate ?? { owners: 0, area: 0 }
  const taking = vote.participation ?? { owners: 0, area: 0 }
  const inFavour = vote.inFavour ?? { owners: 0, area: 0 }
  const needed = ([numerator, denominator]) => numerator / denominator
  const checks = {
    participationByNumber: {
      share: share(taking.owners, electorate.owners), needed: needed(participation), strict: false,
      met: reaches(taking.owners, electorate.owners, participation),
    },
    participationByArea: {
      share: share(taking.area, electorate.area), needed: needed(participation), strict: false,
      met: reaches(taking.area, electorate.area, participation),
    },
    approvalByNumber: {
      share: share(inFavour.owners, taking.owners), needed: needed(approval), strict,
      met: reaches(inFavour.owners, taking.owners, approval, strict),
    },
    approvalByArea: {
      share: share(inFavour.area, taking.area), needed: needed(approval), strict,
      met: reaches(inFavour.area, taking.area, approval, strict),
    },
  }
  return { ...checks, passes: Object.values(checks).every((check) => check.met) }
}
