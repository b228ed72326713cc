// What the caller may do, from GET /api/me: the menu, the buttons and the pages follow the Annex 2 duties the
// gateway reports (the server refuses anything else anyway).

/** True when the caller's duties include the operation (by its id in duties.yml). */
export function can(me, operationId) {
  return Boolean(me?.operations?.some((operation) => operation.id === operationId))
}

/** True when the caller holds any of the operations. */
export function canAny(me, ...operationIds) {
  return operationIds.some((id) => can(me, id))
}

/** The scope the caller holds an operation in ("city", "district", …), or null. */
export function scopeOf(me, operationId) {
  return me?.operations?.find((operation) => operation.id === operationId)?.scope ?? null
}

/** The menu entries the caller sees: an entry shows when the caller holds any of its operations. */
export function visibleMenu(me, entries) {
  return entries.filter((entry) => !entry.operations || canAny(me, ...entry.operations))
}

/** The review actions on a project the caller's duties allow in its current state. */
export function reviewActions(me, project) {
  if (!project) return []
  const actions = []
  if (project.status === 'APPLIED' && can(me, 'housing.project.street-review')) actions.push('street-review')
  if (project.status === 'STREET_ACCEPTED' && can(me, 'housing.project.district-review')) actions.push('district-review')
  if (project.status === 'DISTRICT_ACCEPTED' && can(me, 'housing.project.municipal-decision')) {
    actions.push('municipal-decision')
  }
  if (['APPLIED', 'RETURNED'].includes(project.status) && can(me, 'housing.project.withdraw')) actions.push('withdrawal')
  return actions
}

/** The actions on a design case the caller's duties allow in its state (the planner's grants hold on their street). */
export function designActions(me, designCase) {
  if (!designCase) return []
  const actions = []
  const open = ['OPEN', 'RETURNED'].includes(designCase.status)
  if (open && can(me, 'planning.design.opinions.record')) actions.push('opinions')
  if (open && can(me, 'planning.design.attachment.upload')) actions.push('attachment')
  if (designCase.status === 'RETURNED' && designCase.schemes?.length && can(me, 'planning.design.submit')) {
    actions.push('resubmit')
  }
  if (designCase.status === 'SUBMITTED' && can(me, 'planning.design.review')) actions.push('review')
  return actions
}

/** The acceptance parties whose sign-off the caller's role records (duties.yml housing.acceptance.sign-off). */
export function signOffParties(me) {
  if (!can(me, 'housing.acceptance.sign-off')) return []
  return {
    DISTRICT: ['BUILDER', 'PROPERTY_COMPANY'], STREET: ['STREET'], COMMUNITY_ORG: ['OWNERS'], OPERATOR: ['OPERATOR'],
  }[me.role] ?? []
}

/** The Finance Bureau's next step on a funding plan in its state: confirm, post, or pay a milestone's tranche. */
export function fundingActions(me, plan) {
  if (!plan) return []
  const actions = []
  if (plan.status === 'DRAFTED' && can(me, 'finance.funding-plan.commit')) actions.push('commitment')
  if (plan.status === 'HELD' && can(me, 'finance.funding-plan.post')) actions.push('posting')
  if (plan.status === 'COMMITTED' && can(me, 'finance.tranche.disburse')) actions.push('disbursement')
  return actions
}
