// housing-service (市住房城乡建设委), typed by console/openapi/housing.json: the community database, projects, annual
// plans, acceptance and votes, the audit trail, and the public notice board (公示).
import type { components, operations, paths } from './generated/housing'
import { client } from './typed'

type Schemas = components['schemas']
type QueryOf<O extends keyof operations> = operations[O]['parameters']['query']

const housing = client<paths>()

export type Community = Schemas['CommunityResponse']
export type CommunityPage = Schemas['CommunityController.CommunityPageResponse']
export type Project = Schemas['ProjectResponse']
export type ProjectPage = Schemas['ProjectController.ProjectPageResponse']
export type RenovationItem = Schemas['ProjectResponse.ItemResponse']
export type Application = Schemas['ApplicationRequest']
export type Review = Schemas['ReviewRequest']
export type Gate = Schemas['GateResponse']
export type AnnualPlan = Schemas['PlanResponse']
export type Acceptance = Schemas['AcceptanceController.AcceptanceResponse']
export type Vote = Schemas['VoteController.VoteResponse']
export type ImportReport = Schemas['ImportReport']
export type LedgerEntry = Schemas['LedgerController.EntryResponse']
export type AuditEntry = Schemas['AuditEntry']
export type MonthlyProgress = Schemas['ReadingMonthlyProgress.MonthlyProgress']
export type Notice = Schemas['NoticeResponse']
export type NoticePage = Schemas['NoticePageResponse']
export type DistrictProgress = Schemas['DistrictProgressResponse']

/**
 * The maps' answer (application/geo+json): the description says only "an object", so its shape is written here once —
 * a FeatureCollection whose features carry the map's properties.
 */
export interface FeatureCollection {
  type: 'FeatureCollection'
  features: { type: 'Feature', geometry: { type: string, coordinates: unknown }, properties: Record<string, any> }[]
}

const geoJson = (answer: Promise<unknown>) => answer as Promise<FeatureCollection>

// ---- the community database (小区数据库)
export const listCommunities = (query: QueryOf<'housing.community.list'>) =>
  housing.get('/api/housing/communities', { query })
export const communityHistory = (communityId: string) =>
  housing.get('/api/housing/communities/{communityId}/history', { path: { communityId } })
export const communityBuildings = (communityId: string) =>
  housing.get('/api/housing/communities/{communityId}/buildings', { path: { communityId } })
export const communityMap = (query?: QueryOf<'housing.community.map'>) =>
  geoJson(housing.get('/api/housing/map/communities', { query }))
export const importSurvey = (kind: 'communities' | 'buildings', file: Blob) =>
  housing.upload(`/api/housing/survey-imports/${kind}`, file, 'text/csv; charset=utf-8')
export const surveyImport = (importId: string) =>
  housing.get('/api/housing/survey-imports/{importId}', { path: { importId } })

// ---- the dangerous-buildings ledger (危楼台账)
export const listDangerousBuildings = (query: QueryOf<'housing.ledger.list'>) =>
  housing.get('/api/housing/dangerous-buildings', { query })
export const dangerousBuildingsMap = (query: QueryOf<'housing.ledger.map'>) =>
  geoJson(housing.get('/api/housing/map/dangerous-buildings', { query }))

// ---- renovation projects (改造项目)
export const listProjects = (query: QueryOf<'housing.project.list'>) =>
  housing.get('/api/housing/projects', { query })
export const getProject = (projectId: string) =>
  housing.get('/api/housing/projects/{projectId}', { path: { projectId } })
export const projectGate = (projectId: string) =>
  housing.get('/api/housing/projects/{projectId}/gate', { path: { projectId } })
export const renovationItems = () => housing.get('/api/housing/renovation-items')
export const applyForRenovation = (application: Application) => housing.post('/api/housing/projects', application)

/** The reviews a project's page offers, each a route of its own. */
export type ReviewAction = 'street-review' | 'district-review' | 'municipal-decision'
export const reviewProject = (projectId: string, action: ReviewAction, review: Review) =>
  housing.post(`/api/housing/projects/{projectId}/${action}`, review, { path: { projectId } })
export const withdrawProject = (projectId: string, withdrawal: Schemas['WithdrawalRequest']) =>
  housing.post('/api/housing/projects/{projectId}/withdrawal', withdrawal, { path: { projectId } })

// ---- annual plans (年度计划)
export const compileAnnualPlan = (plan: Schemas['AnnualPlanController.PlanRequest']) =>
  housing.post('/api/housing/annual-plans', plan)
export const annualPlan = (year: number) =>
  housing.get('/api/housing/annual-plans/{year}', { path: { year } })
export const districtAnnualPlan = (year: number, districtCode: string) =>
  housing.get('/api/housing/annual-plans/{year}/districts/{districtCode}', { path: { year, districtCode } })

// ---- acceptance and owners' votes (验收与表决)
export const projectAcceptance = (projectId: string) =>
  housing.get('/api/housing/projects/{projectId}/acceptance', { path: { projectId } })
export const signOffAcceptance = (projectId: string, signOff: Schemas['AcceptanceController.SignOffRequest']) =>
  housing.post('/api/housing/projects/{projectId}/acceptance/sign-offs', signOff, { path: { projectId } })
export const listVotes = (query: QueryOf<'housing.vote.list'>) => housing.get('/api/housing/votes', { query })
export const listVoteRules = () => housing.get('/api/housing/vote-rules')

// ---- progress and the audit trail
export const monthlyProgress = (query: QueryOf<'housing.progress.monthly'>) =>
  housing.get('/api/housing/progress/monthly', { query })
export const auditRecords = (query: QueryOf<'housing.audit.read'>) =>
  housing.get('/api/housing/audit-records', { query })
export const verifyAuditTrail = () => housing.get('/api/housing/audit-records/verification')

// ---- the public notice board (公示栏), no login
export const publicCommunities = (query: QueryOf<'housing.public.communities'>) =>
  housing.get('/api/public/housing/communities', { query })
export const publicProject = (communityId: string) =>
  housing.get('/api/public/housing/communities/{communityId}/project', { path: { communityId } })
export const publicDistrictProgress = () => housing.get('/api/public/housing/districts/progress')
