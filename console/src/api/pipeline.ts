// pipeline-service (市城市管理委), typed by console/openapi/pipeline.json: coordination plans and the dig-once trench
// windows of a street, and the street's works on the public notice board.
import type { components, paths } from './generated/pipeline'
import { client } from './typed'

type Schemas = components['schemas']

const pipeline = client<paths>()

export type WindowCalendar = Schemas['WindowController.CalendarResponse']
export type CoordinationPlan = Schemas['PlanResponse']
export type StreetWorks = Schemas['StreetWorksResponse']

export const streetWindows = (streetCode: string) =>
  pipeline.get('/api/pipeline/streets/{streetCode}/windows', { path: { streetCode } })
export const coordinationPlan = (projectId: string) =>
  pipeline.get('/api/pipeline/plans/{projectId}', { path: { projectId } })
export const publicStreetWorks = (streetCode: string) =>
  pipeline.get('/api/public/pipeline/streets/{streetCode}/works', { path: { streetCode } })
