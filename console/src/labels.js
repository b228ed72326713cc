// Dictionary labels for the codes the services answer with (字典): districts, roles, project states, classes.

export const DISTRICTS = {
  110101: '东城区', 110102: '西城区', 110105: '朝阳区', 110106: '丰台区', 110107: '石景山区', 110108: '海淀区',
  110109: '门头沟区', 110111: '房山区', 110112: '通州区', 110113: '顺义区', 110114: '昌平区', 110115: '大兴区',
  110116: '怀柔区', 110117: '平谷区', 110118: '密云区', 110119: '延庆区',
}

export const DISTRICTS_EN = {
  110101: 'Dongcheng', 110102: 'Xicheng', 110105: 'Chaoyang', 110106: 'Fengtai', 110107: 'Shijingshan',
  110108: 'Haidian', 110109: 'Mentougou', 110111: 'Fangshan', 110112: 'Tongzhou', 110113: 'Shunyi',
  110114: 'Changping', 110115: 'Daxing', 110116: 'Huairou', 110117: 'Pinggu', 110118: 'Miyun', 110119: 'Yanqing',
}

/** The district a district name in the GeoJSON stands for. */
export const DISTRICT_BY_NAME = Object.fromEntries(Object.entries(DISTRICTS).map(([code, name]) => [name, code]))

export const ROLES = {
  HOUSING: ['市住房城乡建设委', 'Housing commission'],
  DRC: ['市发展改革委', 'Development and Reform'],
  PLANNING: ['市规划自然资源委', 'Planning'],
  CITY_MGMT: ['市城市管理委', 'City management'],
  SASAC: ['市国资委', 'SASAC'],
  FINANCE: ['市财政局', 'Finance'],
  CIVIL_AFFAIRS: ['市民政局', 'Civil affairs'],
  HPF: ['市住房公积金管理中心', 'Housing provident fund'],
  DISTRICT: ['区政府', 'District'],
  STREET: ['街道办事处', 'Street office'],
  COMMUNITY_ORG: ['社区居委会', 'Residents\' committee'],
  PLANNER: ['责任规划师', 'Responsible planner'],
  OPERATOR: ['专业管线单位', 'Utility operator'],
  CENTRAL_UNIT: ['中央单位', 'Central unit'],
}

export const PROJECT_STATES = {
  APPLIED: ['已申报', 'Applied', 'info'],
  STREET_ACCEPTED: ['街道审核通过', 'Street accepted', 'primary'],
  DISTRICT_ACCEPTED: ['区审核通过', 'District accepted', 'primary'],
  RESERVED: ['已入储备库', 'Reserved', 'warning'],
  PLANNED: ['已列入年度计划', 'Planned', 'success'],
  RETURNED: ['已退回', 'Returned', 'danger'],
  WITHDRAWN: ['已撤回', 'Withdrawn', 'info'],
  CONSTRUCTION_STARTED: ['施工中', 'Under construction', 'warning'],
  CONSTRUCTION_COMPLETED: ['已完工', 'Completed', 'success'],
  ACCEPTED: ['已联合验收', 'Accepted', 'success'],
  LONG_TERM_MANAGED: ['已实现长效管理', 'Long-term managed', 'success'],
}

export const ITEM_CLASSES = {
  BASIC: ['基础类', 'Basic'],
  COMPLETE: ['完善类', 'Completion'],
  UPGRADE: ['提升类', 'Upgrade'],
}

function pick(entry, locale, fallback) {
  if (!entry) return fallback
  return locale === 'en' ? entry[1] : entry[0]
}

export function districtName(code, locale = 'zh') {
  if (!code) return '—'
  return (locale === 'en' ? DISTRICTS_EN : DISTRICTS)[code] ?? code
}

export function roleName(role, locale = 'zh') {
  return pick(ROLES[role], locale, role)
}

export function stateName(state, locale = 'zh') {
  return pick(PROJECT_STATES[state], locale, state)
}

export function stateTag(state) {
  return PROJECT_STATES[state]?.[2] ?? 'info'
}

export function className(itemClass, locale = 'zh') {
  return pick(ITEM_CLASSES[itemClass], locale, itemClass)
}

/** The label of a code in one of the dictionaries below (entries are [zh, en, tag?]). */
export function label(dictionary, code, locale = 'zh') {
  return pick(dictionary[code], locale, code ?? '—')
}

/** The tag type of a code in a dictionary whose entries carry one. */
export function tagOf(dictionary, code) {
  return dictionary[code]?.[2] ?? 'info'
}

// 设计方案 (planning-service): a design case's states, opinions, attachments, permits
export const DESIGN_STATES = {
  OPEN: ['征求意见中', 'Collecting opinions', 'info'],
  SUBMITTED: ['待审查', 'Submitted', 'warning'],
  RETURNED: ['已退回修改', 'Returned', 'danger'],
  APPROVED: ['审查通过', 'Approved', 'success'],
  SUSPENDED: ['暂停（调出计划）', 'Suspended', 'info'],
  CLOSED: ['已关闭', 'Closed', 'info'],
  ACCEPTED: ['已验收', 'Accepted', 'success'],
}

export const COLLECTION_METHODS = {
  QUESTIONNAIRE: ['问卷调查', 'Questionnaire'], MEETING: ['居民座谈会', 'Meeting'],
  DOOR_TO_DOOR: ['入户走访', 'Door to door'], ONLINE: ['线上征集', 'Online'], OTHER: ['其他方式', 'Other'],
}

export const ATTACHMENT_KINDS = {
  DRAWING: ['设计图纸', 'Drawing'], MINUTES: ['会议纪要', 'Minutes'], OTHER_DOCUMENT: ['其他文件', 'Other document'],
}

export const PERMITS = {
  NONE: ['无需办理用地规划许可', 'No land-use planning permit', 'success'],
  NOTIFICATION_COMMITMENT: ['告知承诺制', 'Notification and commitment', 'warning'],
  FULL_PROCEDURE: ['按程序审批', 'Full procedure', 'danger'],
}

export const REVIEW_DECISIONS = { APPROVE: ['通过', 'Approved', 'success'], RETURN: ['退回', 'Returned', 'danger'] }

const SCHEME_PARTS = {
  opinions: ['居民意见', 'Residents\' opinions'], drawings: ['设计图纸', 'Drawings'],
  landPlanning: ['用地及规划条件', 'Land and planning conditions'], historicKeeping: ['历史风貌保护', 'Historic keeping'],
  summary: ['方案说明', 'Summary'],
}

/** A review comment's anchor: "item:GAS_SUPPLY" → "改造内容 GAS_SUPPLY", "drawings" → "设计图纸". */
export function schemePartName(part, locale = 'zh') {
  if (part?.startsWith('item:')) return `${locale === 'en' ? 'Item' : '改造内容'} ${part.slice(5)}`
  return pick(SCHEME_PARTS[part], locale, part)
}

// 资金 (finance-service)
export const COST_CATEGORIES = {
  BASIC: ['基础类', 'Basic'], COMPLETE: ['完善类', 'Completion'], UPGRADE: ['提升类', 'Upgrade'],
  PIPELINE: ['管线类', 'Pipelines'],
}

export const COST_PARTIES = {
  MUNICIPAL_BUDGET: ['市级财政', 'Municipal budget'], DISTRICT_BUDGET: ['区级财政', 'District budget'],
  GOVERNMENT_FUNDS_AND_BONDS: ['政府性基金及专项债券', 'Government funds and bonds'],
  RESIDENTS_CASH: ['居民出资', 'Residents (cash)'], RESIDENTS_PROVIDENT_FUND: ['提取住房公积金', 'Provident fund'],
  RESIDENTS_MAINTENANCE_FUND: ['使用住宅专项维修资金', 'Maintenance fund'],
  ORIGINAL_PROPERTY_UNIT: ['原产权单位', 'Original property unit'], PIPELINE_OPERATORS: ['专业经营单位', 'Pipeline operators'],
  SOCIAL_CAPITAL: ['社会资本', 'Social capital'],
}

export const FUNDING_STATES = {
  DRAFTED: ['待确认', 'Drafted', 'info'], RETURNED_TO_DRAFT: ['待重新编制', 'Back to draft', 'warning'],
  HELD: ['已冻结预算', 'Held', 'warning'], COMMITTED: ['资金已落实', 'Committed', 'success'],
  VOIDED: ['已作废', 'Voided', 'info'],
}

export const MILESTONES = {
  CONSTRUCTION_START: ['开工', 'Construction start'], COMPLETION: ['完工', 'Completion'],
  JOINT_ACCEPTANCE: ['联合验收', 'Joint acceptance'],
}

export const SERVICE_KINDS = {
  ELDERLY_CARE: ['养老', 'Elderly care'], CHILDCARE: ['托育', 'Childcare'], HOUSEKEEPING: ['家政', 'Housekeeping'],
  MEAL_ASSISTANCE: ['助餐', 'Meal assistance'], PROPERTY_SERVICE: ['物业服务', 'Property service'],
  PARKING: ['停车', 'Parking'], CONVENIENCE_STORE: ['便利店', 'Convenience store'], OTHER: ['其他', 'Other'],
}

// 验收与表决 (housing-service)
export const ACCEPTANCE_PARTIES = {
  BUILDER: ['施工单位', 'Builder'], PROPERTY_COMPANY: ['物业服务企业', 'Property company'],
  OWNERS: ['业主组织', 'Owners\' organisation'], STREET: ['街道或居委会', 'Street'], OPERATOR: ['管线单位', 'Utility operator'],
}

export const ACCEPTANCE_STATES = { OPEN: ['验收中', 'Open', 'warning'], PASSED: ['验收通过', 'Passed', 'success'] }

export const SIGN_OFF_DECISIONS = {
  SIGN: ['已签字', 'Signed', 'success'], REFUSE: ['不予通过', 'Refused', 'danger'],
}

export const VOTE_MATTERS = {
  HIRE_PROPERTY_COMPANY: ['选聘物业服务企业', 'Hire a property company'],
  RAISE_MAINTENANCE_FUND: ['筹集维修资金', 'Raise the maintenance fund'],
  USE_MAINTENANCE_FUND: ['使用维修资金', 'Use the maintenance fund'],
  ADD_ELEVATOR: ['加装电梯', 'Add an elevator'],
  LET_SHARED_SPACE: ['利用共有部分经营', 'Let shared space'],
}

export const VOTE_STATES = { OPEN: ['表决中', 'Open', 'warning'], PASSED: ['已通过', 'Passed', 'success'], FAILED: ['未通过', 'Failed', 'danger'] }

// 危楼台账 (JGJ 125: D is the most dangerous) and 一楼一策
export const DANGER_GRADES = {
  D: ['D级（整幢危房）', 'Grade D (whole building)', 'danger'], C: ['C级（局部危房）', 'Grade C (in part)', 'warning'],
  B: ['B级', 'Grade B', 'info'], A: ['A级', 'Grade A', 'info'],
}

export const BUILDING_PLANS = {
  REINFORCE: ['加固', 'Reinforce'], REBUILD_IN_PLACE: ['原址翻建', 'Rebuild in place'], RELOCATE: ['腾退', 'Relocate'],
}

export const BUILDING_PLAN_STATES = {
  PLANNED: ['已列计划', 'Planned', 'info'], IN_PROGRESS: ['实施中', 'In progress', 'warning'],
  COMPLETED: ['已完成', 'Completed', 'success'],
}

export const IMPORT_STATES = {
  RUNNING: ['导入中', 'Running', 'warning'], COMPLETED: ['导入完成', 'Completed', 'success'], FAILED: ['导入失败', 'Failed', 'danger'],
}
