import { describe, expect, it } from 'vitest'
import { can, designActions, fundingActions, reviewActions, scopeOf, signOffParties, visibleMenu } from './duties.js'
import { MENU } from './menu.js'

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

const holding = (role, ...ids) => ({ role, operations: ids.map((id) => ({ id, scope: 'city' })) })

describe('the menu of the new pages, by duty', () => {
  const menuOf = (me) => visibleMenu(me, MENU).map((entry) => entry.name)
  it('shows design cases to planning and its planners, finance to the bureaus that fund', () => {
    expect(menuOf(holding('PLANNING', 'planning.design.list'))).toContain('design')
    expect(menuOf(holding('PLANNING', 'planning.design.list'))).not.toContain('finance')
    expect(menuOf(holding('DRC', 'finance.social-capital-agreement.list'))).toContain('finance')
    expect(menuOf(holding('FINANCE', 'finance.ledger.balance-check'))).not.toContain('dangerous')
  })
  it('shows the dangerous-buildings ledger and acceptance only to their readers', () => {
    const org = holding('COMMUNITY_ORG', 'housing.acceptance.read', 'housing.vote.list', 'housing.project.list')
    expect(menuOf(org)).toEqual(['dashboard', 'projects', 'acceptance'])
    expect(menuOf(holding('DISTRICT', 'housing.ledger.list'))).toEqual(['dashboard', 'dangerous'])
  })
})

describe('actions on the new pages, by duty and state', () => {
  const planner = holding('PLANNER', 'planning.design.opinions.record', 'planning.design.attachment.upload',
    'planning.design.submit')
  const planning = holding('PLANNING', 'planning.design.review')
  it('lets the planner collect opinions and attach on an open case, resubmit a returned one', () => {
    expect(designActions(planner, { status: 'OPEN', schemes: [] })).toEqual(['opinions', 'attachment'])
    expect(designActions(planner, { status: 'RETURNED', schemes: [{}] })).toEqual(['opinions', 'attachment', 'resubmit'])
    expect(designActions(planner, { status: 'SUBMITTED' })).toEqual([])
  })
  it('lets planning review a submitted scheme, and nothing else', () => {
    expect(designActions(planning, { status: 'SUBMITTED' })).toEqual(['review'])
    expect(designActions(planning, { status: 'OPEN' })).toEqual([])
  })
  it('offers each role the acceptance parties it signs for', () => {
    expect(signOffParties({ ...holding('DISTRICT', 'housing.acceptance.sign-off') })).toEqual(['BUILDER', 'PROPERTY_COMPANY'])
    expect(signOffParties({ ...holding('COMMUNITY_ORG', 'housing.acceptance.sign-off') })).toEqual(['OWNERS'])
    expect(signOffParties(holding('HOUSING', 'housing.acceptance.read'))).toEqual([])
  })
  it('offers the Finance Bureau the next step of a funding plan', () => {
    const finance = holding('FINANCE', 'finance.funding-plan.commit', 'finance.funding-plan.post', 'finance.tranche.disburse')
    expect(fundingActions(finance, { status: 'DRAFTED' })).toEqual(['commitment'])
    expect(fundingActions(finance, { status: 'COMMITTED' })).toEqual(['disbursement'])
    expect(fundingActions(holding('DRC', 'finance.funding-plan.read'), { status: 'DRAFTED' })).toEqual([])
  })
})
