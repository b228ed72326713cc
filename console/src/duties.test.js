import { describe, expect, it } from 'vitest'
import { can, reviewActions, scopeOf, visibleMenu } from './duties.js'

const district = {
  role: 'DISTRICT',
  operations: [
    { id: 'gateway.me', scope: 'district' },
    { id: 'housing.project.list', scope: 'district' },
    { id: 'housing.project.district-review', scope: 'district' },
  ],
}

describe('duties from /api/me', () => {
  it('answers whether an operation is held and in which scope', () => {
    expect(can(district, 'housing.project.list')).toBe(true)
    expect(can(district, 'housing.project.municipal-decision')).toBe(false)
    expect(can(null, 'gateway.me')).toBe(false)
    expect(scopeOf(district, 'housing.project.list')).toBe('district')
    expect(scopeOf(district, 'finance.ledger.balance-check')).toBeNull()
  })
  it('shows only the menu entries whose operations are held', () => {
    const menu = [
      { path: '/', operations: null },
      { path: '/projects', operations: ['housing.project.list'] },
      { path: '/plan', operations: ['housing.annual-plan.read', 'housing.annual-plan.district-read'] },
    ]
    expect(visibleMenu(district, menu).map((entry) => entry.path)).toEqual(['/', '/projects'])
  })
  it('offers a review only to the duty that holds it, in the state it applies to', () => {
    expect(reviewActions(district, { status: 'STREET_ACCEPTED' })).toEqual(['district-review'])
    expect(reviewActions(district, { status: 'APPLIED' })).toEqual([])
    expect(reviewActions(district, { status: 'DISTRICT_ACCEPTED' })).toEqual([])
  })
})
