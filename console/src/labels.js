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
