import { describe, expect, it } from 'vitest'
import { importBarStatus, importFinished, importPercent, pollDelay } from './surveyImports.js'

describe('a survey import\'s progress', () => {
  it('shows the share of rows processed while running, never 100 before it ends', () => {
    expect(importPercent({ status: 'RUNNING', totalRows: 200, processedRows: 50 })).toBe(25)
    expect(importPercent({ status: 'RUNNING', totalRows: 10, processedRows: 10 })).toBe(99)
    expect(importPercent({ status: 'RUNNING', totalRows: 0, processedRows: 0 })).toBe(0)
    expect(importPercent({ status: 'COMPLETED', totalRows: 10, processedRows: 10 })).toBe(100)
    expect(importPercent(null)).toBe(0)
  })
  it('stops polling once completed or failed', () => {
    expect(importFinished({ status: 'RUNNING' })).toBe(false)
    expect(importFinished({ status: 'COMPLETED' })).toBe(true)
    expect(importFinished({ status: 'FAILED' })).toBe(true)
  })
  it('colours the bar by the outcome', () => {
    expect(importBarStatus({ status: 'RUNNING' })).toBe('')
    expect(importBarStatus({ status: 'COMPLETED', rejectedRows: 0 })).toBe('success')
    expect(importBarStatus({ status: 'COMPLETED', rejectedRows: 2 })).toBe('warning')
    expect(importBarStatus({ status: 'FAILED' })).toBe('exception')
  })
  it('polls quickly first, then every two seconds', () => {
    expect(pollDelay(0)).toBe(300)
    expect(pollDelay(1)).toBe(600)
    expect(pollDelay(10)).toBe(2000)
  })
})
