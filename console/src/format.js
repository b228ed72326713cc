// How Chinese officials write figures: money in 元 from the services' fen, areas in m² and 万平方米,
// dates as 2026年12月3日 (Beijing time). Pure functions, unit-tested (format.test.js).

const BEIJING = 'Asia/Shanghai'

function toBigInt(fen) {
  if (fen === null || fen === undefined || fen === '') return null
  if (typeof fen === 'bigint') return fen
  if (typeof fen === 'number') {
    if (!Number.isFinite(fen)) return null
    return BigInt(Math.round(fen))
  }
  const text = String(fen).trim()
  return /^-?\d+$/.test(text) ? BigInt(text) : null
}

function groupThousands(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** 123456 fen → "1,234.56元"; exact for any size (BigInt), "—" for nothing. */
export function yuan(fen) {
  const value = toBigInt(fen)
  if (value === null) return '—'
  const negative = value < 0n
  const abs = negative ? -value : value
  const whole = groupThousands((abs / 100n).toString())
  const cents = (abs % 100n).toString().padStart(2, '0')
  return `${negative ? '-' : ''}${whole}.${cents}元`
}

/** 1234567800 fen (12,345,678.00 元) → "1,234.57万元": budgets as officials quote them. */
export function wanYuan(fen, digits = 2) {
  const value = toBigInt(fen)
  if (value === null) return '—'
  const wan = Number(value) / 1_000_000
  return `${wan.toLocaleString('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits })}万元`
}

/** 1234.5 → "1,234.5 m²" (at most two decimals). */
export function squareMetres(area) {
  const n = toNumber(area)
  if (n === null) return '—'
  return `${n.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} m²`
}

/** 123456 m² → "12.35万平方米". */
export function wanSquareMetres(area, digits = 2) {
  const n = toNumber(area)
  if (n === null) return '—'
  return `${(n / 10_000).toLocaleString('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits })}万平方米`
}

/** An area as it reads best: below 10,000 m² in m², above in 万平方米. */
export function area(value) {
  const n = toNumber(value)
  if (n === null) return '—'
  return Math.abs(n) >= 10_000 ? wanSquareMetres(n) : squareMetres(n)
}

/** 0.2 → "20.0%"; shares are 0..1 in the services. */
export function percent(share, digits = 1) {
  const n = toNumber(share)
  if (n === null) return '—'
  return `${(n * 100).toFixed(digits)}%`
}

/** An instant or a date → "2026年12月3日", the day in Beijing; "2026-12-03" (a plain date) stays that day. */
export function chineseDate(value) {
  const parts = beijingParts(value)
  if (!parts) return '—'
  return `${parts.year}年${parts.month}月${parts.day}日`
}

/** An instant → "2026年12月3日 14:05" in Beijing time. */
export function chineseDateTime(value) {
  const parts = beijingParts(value)
  if (!parts) return '—'
  if (parts.hour === undefined) return chineseDate(value)
  return `${parts.year}年${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}`
}

function beijingParts(value) {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string') {
    const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
    if (plain) return { year: Number(plain[1]), month: Number(plain[2]), day: Number(plain[3]) }
  }
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return null
  const fields = {}
  for (const part of new Intl.DateTimeFormat('en-GB', {
    timeZone: BEIJING, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date)) {
    fields[part.type] = part.value
  }
  return {
    year: Number(fields.year), month: Number(fields.month), day: Number(fields.day),
    hour: fields.hour, minute: fields.minute,
  }
}

function toNumber(value) {
  if (value === null || value === undefined || value === '') return null
  const n = typeof value === 'number' ? value : Number(value)
  return Number.isFinite(n) ? n : null
}

/** Basis points as a share: 2500 → "25.00%". */
export function basisPoints(points, digits = 2) {
  const n = toNumber(points)
  if (n === null) return '—'
  return `${(n / 100).toFixed(digits)}%`
}
