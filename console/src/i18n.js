// Chinese first, English available: a small dictionary (the console's own words; Element Plus brings its locale).
import { reactive } from 'vue'

const words = {
  zh: {
    title: '北京市老旧小区综合整治管理平台',
    short: '老旧小区改造',
    dashboard: '首页', communities: '小区数据库', projects: '改造项目', plan: '年度计划', ledger: '资金台账',
    project: '项目详情', pipelines: '管线统筹', audit: '审计追踪', pipelineCalendar: '街道开挖窗口日历',
    auditVerify: '校验审计链', auditIntact: '审计链完整', auditBroken: '审计链已被破坏', auditChecked: '已校验记录',
    auditFirstBroken: '首个异常记录', auditSubject: '操作人', auditOperation: '操作', auditAt: '时间',
    auditSource: '来源', auditRole: '角色', auditOutcome: '结果',
    buildingNumber: '楼号', floors: '层数', dangerousGrade: '危房等级',
    compile: '编制年度计划', compiled: '年度计划已编制',
    login: '登录', logout: '退出登录', loginHint: '请通过统一身份认证登录', loginButton: '统一身份认证登录',
    search: '搜索', reset: '重置', detail: '详情', nextPage: '下一页', firstPage: '首页',
    name: '名称', district: '所属区', street: '街道', address: '地址', buildYear: '建成年代', buildings: '楼栋数',
    floorArea: '建筑面积', households: '户数', residents: '人口', keyword: '关键字', status: '状态',
    community: '小区', planYear: '计划年度', appliedAt: '申报日期', items: '改造内容', actions: '操作',
    communitiesInScope: '辖区小区', projectsInScope: '改造项目', projectsByState: '项目状态分布',
    mapTitle: '各区改造进展', communitiesPerDistrict: '小区数', projectsPerDistrict: '项目数',
    timeline: '流转记录', gate: '开工条件', gateAbsent: '该项目暂无开工条件信息',
    review: '审核', accept: '通过', return: '退回', reasons: '意见', confirm: '确定', cancel: '取消',
    streetReview: '街道审核', districtReview: '区级审核', municipalDecision: '市级审议', withdrawal: '撤回申请',
    year: '年度', basicShare: '基础类占比', required: '不低于', byArea: '按面积', byCount: '按项目数',
    subsidy: '补助资金估算', fiscalCapacity: '可用财力', used: '已用', planProjects: '计划项目',
    noPlan: '该年度尚未编制计划', taskClass: '任务类别', byDistrict: '分区汇总',
    balance: '账务平衡检查', balanced: '借贷平衡', unbalanced: '借贷不平衡',
    refused: '操作被拒绝', unavailable: '系统暂不可用', scope: '辖区', city: '全市', me: '当前用户',
    householdsUnit: '户', total: '合计', noData: '暂无数据', loadedOnly: '（按已加载的项目统计）',
    consent: '居民意愿', owners: '业主', agreeing: '同意',
  },
  en: {
    title: 'Beijing Old Community Renovation', short: 'Renovation',
    dashboard: 'Dashboard', communities: 'Communities', projects: 'Projects', plan: 'Annual plan', ledger: 'Ledger',
    project: 'Project', pipelines: 'Pipelines', audit: 'Audit trail', pipelineCalendar: 'Street trench-window calendar',
    auditVerify: 'Verify the chain', auditIntact: 'The audit chain is intact', auditBroken: 'The audit chain is broken',
    auditChecked: 'Records checked', auditFirstBroken: 'First broken record', auditSubject: 'Subject',
    auditOperation: 'Operation', auditAt: 'At', auditSource: 'Source', auditRole: 'Role', auditOutcome: 'Outcome',
    buildingNumber: 'No.', floors: 'Floors', dangerousGrade: 'Danger grade',
    compile: 'Compile the annual plan', compiled: 'The annual plan is compiled',
    login: 'Log in', logout: 'Log out', loginHint: 'Log in through the identity provider', loginButton: 'Log in',
    search: 'Search', reset: 'Reset', detail: 'Detail', nextPage: 'Next page', firstPage: 'First page',
    name: 'Name', district: 'District', street: 'Street', address: 'Address', buildYear: 'Built', buildings: 'Buildings',
    floorArea: 'Floor area', households: 'Households', residents: 'Residents', keyword: 'Keyword', status: 'Status',
    community: 'Community', planYear: 'Plan year', appliedAt: 'Applied', items: 'Items', actions: 'Actions',
    communitiesInScope: 'Communities', projectsInScope: 'Projects', projectsByState: 'Projects by state',
    mapTitle: 'Progress by district', communitiesPerDistrict: 'Communities', projectsPerDistrict: 'Projects',
    timeline: 'Transitions', gate: 'Construction gate', gateAbsent: 'No construction gate for this project yet',
    review: 'Review', accept: 'Accept', return: 'Return', reasons: 'Reasons', confirm: 'OK', cancel: 'Cancel',
    streetReview: 'Street review', districtReview: 'District review', municipalDecision: 'Municipal decision',
    withdrawal: 'Withdraw',
    year: 'Year', basicShare: 'Basic-class share', required: 'at least', byArea: 'by floor area', byCount: 'by count',
    subsidy: 'Subsidy estimate', fiscalCapacity: 'Fiscal capacity', used: 'used', planProjects: 'Planned projects',
    noPlan: 'No plan compiled for this year', taskClass: 'Task class', byDistrict: 'By district',
    balance: 'Ledger balance check', balanced: 'Balanced', unbalanced: 'Not balanced',
    refused: 'Refused', unavailable: 'Unavailable', scope: 'Scope', city: 'City', me: 'Signed in as',
    householdsUnit: '', total: 'Total', noData: 'No data', loadedOnly: '(over the projects loaded)',
    consent: 'Consent', owners: 'Owners', agreeing: 'agreeing',
  },
}

const saved = typeof sessionStorage !== 'undefined' ? sessionStorage.getItem('console.locale') : null

export const i18n = reactive({ locale: saved === 'en' ? 'en' : 'zh' })

export function t(key) {
  return words[i18n.locale][key] ?? words.zh[key] ?? key
}

export function setLocale(locale) {
  i18n.locale = locale === 'en' ? 'en' : 'zh'
  document.documentElement.lang = i18n.locale === 'en' ? 'en' : 'zh-CN'
  sessionStorage.setItem('console.locale', i18n.locale)
}
