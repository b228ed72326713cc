// planning-service (市规划自然资源委), typed by console/openapi/planning.json: design cases (设计方案) and planners.
import type { components, operations, paths } from './generated/planning'
import { client } from './typed'

type Schemas = components['schemas']
type QueryOf<O extends keyof operations> = operations[O]['parameters']['query']

const planning = client<paths>()

export type DesignCase = Schemas['DesignResponses.CaseResponse']
export type DesignCasePage = Schemas['DesignResponses.PageResponse']
export type DesignReview = Schemas['DesignRequests.ReviewRequest']

export const listDesignCases = (query: QueryOf<'planning.design.list'>) =>
  planning.get('/api/planning/design-cases', { query })
export const getDesignCase = (projectId: string) =>
  planning.get('/api/planning/design-cases/{projectId}', { path: { projectId } })
export const recordOpinions = (projectId: string, opinions: Schemas['DesignRequests.OpinionsRequest']) =>
  planning.post('/api/planning/design-cases/{projectId}/opinions', opinions, { path: { projectId } })
export const attachToDesignCase = (projectId: string, kind: string, file: File | null) =>
  planning.upload('/api/planning/design-cases/{projectId}/attachments', file, file?.type || 'application/octet-stream',
    { path: { projectId }, query: { kind, fileName: file?.name ?? '' } })
export const reviewDesign = (projectId: string, review: Schemas['DesignRequests.ReviewRequest']) =>
  planning.post('/api/planning/design-cases/{projectId}/review', review, { path: { projectId } })
export const submitScheme = (projectId: string, scheme: Schemas['DesignRequests.SchemeRequest']) =>
  planning.post('/api/planning/design-cases/{projectId}/schemes', scheme, { path: { projectId } })
export const streetPlanner = (streetCode: string) =>
  planning.get('/api/planning/streets/{streetCode}/planner', { path: { streetCode } })
