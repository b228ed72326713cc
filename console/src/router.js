import { createRouter, createWebHashHistory } from 'vue-router'

// Each page is its own chunk (ECharts only with the dashboard). Hash history: the gateway serves one index.html.
export const MENU = [
  { path: '/', name: 'dashboard', icon: 'HomeFilled', operations: null },
  { path: '/communities', name: 'communities', operations: ['housing.community.list'] },
  { path: '/projects', name: 'projects', operations: ['housing.project.list'] },
  { path: '/plan', name: 'plan', operations: ['housing.annual-plan.read', 'housing.annual-plan.district-read'] },
  { path: '/ledger', name: 'ledger', operations: ['finance.ledger.balance-check'] },
  { path: '/pipelines', name: 'pipelines', operations: ['pipeline.window.calendar'] },
  { path: '/audit', name: 'audit', operations: ['housing.audit.read'] },
]

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'dashboard', component: () => import('./views/Dashboard.vue') },
    { path: '/communities', name: 'communities', component: () => import('./views/Communities.vue') },
    { path: '/projects', name: 'projects', component: () => import('./views/Projects.vue') },
    { path: '/projects/:id', name: 'project', component: () => import('./views/ProjectDetail.vue'), props: true },
    { path: '/plan', name: 'plan', component: () => import('./views/AnnualPlan.vue') },
    { path: '/ledger', name: 'ledger', component: () => import('./views/Ledger.vue') },
    { path: '/pipelines', name: 'pipelines', component: () => import('./views/Pipelines.vue') },
    { path: '/audit', name: 'audit', component: () => import('./views/Audit.vue') },
    { path: '/public', name: 'public', meta: { public: true }, component: () => import('./views/PublicBoard.vue') },
  ],
})
