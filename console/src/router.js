import { createRouter, createWebHashHistory } from 'vue-router'
import { MENU } from './menu.js'

// Each page is its own chunk (ECharts only with the pages that draw). Hash history: the gateway serves one index.html.
export { MENU }

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
    { path: '/dangerous-buildings', name: 'dangerous', component: () => import('./views/DangerousBuildings.vue') },
    { path: '/design', name: 'design', component: () => import('./views/DesignCases.vue') },
    { path: '/design/:id', name: 'designCase', component: () => import('./views/DesignCase.vue'), props: true },
    { path: '/finance', name: 'finance', component: () => import('./views/Finance.vue') },
    { path: '/acceptance', name: 'acceptance', component: () => import('./views/AcceptanceVotes.vue') },
    { path: '/public', name: 'public', meta: { public: true }, component: () => import('./views/PublicBoard.vue') },
  ],
})
