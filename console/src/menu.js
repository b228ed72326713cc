// The sidebar: an entry shows when the caller holds any of its operations (GET /api/me; duties.js visibleMenu).
export const MENU = [
  { path: '/', name: 'dashboard', icon: 'HomeFilled', operations: null },
  { path: '/communities', name: 'communities', operations: ['housing.community.list'] },
  { path: '/dangerous-buildings', name: 'dangerous', operations: ['housing.ledger.list'] },
  { path: '/projects', name: 'projects', operations: ['housing.project.list'] },
  { path: '/plan', name: 'plan', operations: ['housing.annual-plan.read', 'housing.annual-plan.district-read'] },
  { path: '/design', name: 'design', operations: ['planning.design.list'] },
  {
    path: '/finance', name: 'finance',
    operations: ['finance.cost-sharing-rule.list', 'finance.disbursement-exception.list', 'finance.funding-plan.list',
      'finance.social-capital-agreement.list'],
  },
  { path: '/ledger', name: 'ledger', operations: ['finance.ledger.balance-check'] },
  { path: '/pipelines', name: 'pipelines', operations: ['pipeline.window.calendar'] },
  { path: '/acceptance', name: 'acceptance', operations: ['housing.acceptance.read', 'housing.vote.list'] },
  { path: '/audit', name: 'audit', operations: ['housing.audit.read'] },
]
