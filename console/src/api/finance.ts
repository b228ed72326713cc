// finance-service (市财政局, 市发展改革委, 市住房公积金中心), typed by console/openapi/finance.json: the subsidy ledger,
// cost-sharing rules, funding plans with their tranches, social-capital agreements.
import type { components, operations, paths } from './generated/finance'
import { client } from './typed'

type Schemas = components['schemas']
type QueryOf<O extends keyof operations> = operations[O]['parameters']['query']

const finance = client<paths>()

export type FundingPlan = Schemas['FundingPlanResponse']
export type CostSharingRule = Schemas['CostSharingRuleController.RuleResponse']
export type Tranche = Schemas['FundingPlanController.TrancheResponse']
export type Agreement = Schemas['SocialCapitalController.AgreementResponse']
export type BalanceCheck = Schemas['LedgerController.BalanceCheckResponse']

export const ledgerBalanceCheck = () => finance.get('/api/finance/ledger/balance-check')
export const costSharingRules = () => finance.get('/api/finance/cost-sharing-rules')
export const defineCostSharingRule = (rule: Schemas['CostSharingRuleController.DefineRequest']) =>
  finance.post('/api/finance/cost-sharing-rules', rule)
export const fundingPlan = (projectId: string) =>
  finance.get('/api/finance/funding-plans/{projectId}', { path: { projectId } })
export const commitFunding = (projectId: string) =>
  finance.post('/api/finance/funding-plans/{projectId}/commitment', undefined, { path: { projectId } })
export const postCommitment = (projectId: string) =>
  finance.post('/api/finance/funding-plans/{projectId}/commitment/posting', undefined, { path: { projectId } })
export const disburse = (projectId: string, tranche: Schemas['FundingPlanController.DisburseRequest']) =>
  finance.post('/api/finance/funding-plans/{projectId}/disbursements', tranche, { path: { projectId } })
export const disbursementExceptions = (query?: QueryOf<'finance.disbursement-exception.list'>) =>
  finance.get('/api/finance/disbursement-exceptions', { query })
export const socialCapitalAgreement = (agreementId: string) =>
  finance.get('/api/finance/social-capital-agreements/{agreementId}', { path: { agreementId } })
export const listFundingPlans = (query: QueryOf<'finance.funding-plan.list'>) =>
  finance.get('/api/finance/funding-plans', { query })
export const listSocialCapitalAgreements = (query: QueryOf<'finance.social-capital-agreement.list'>) =>
  finance.get('/api/finance/social-capital-agreements', { query })
