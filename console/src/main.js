import { createApp } from 'vue'
import {
  ElAlert, ElAside, ElBreadcrumb, ElBreadcrumbItem, ElButton, ElCard, ElCheckbox, ElCheckTag, ElCol, ElCollapse,
  ElCollapseItem, ElConfigProvider, ElContainer, ElDescriptions, ElDescriptionsItem, ElDialog, ElDrawer, ElEmpty, ElForm, ElFormItem, ElHeader, ElInput,
  ElInputNumber, ElLoading, ElMain, ElMenu, ElMenuItem, ElOption, ElPageHeader, ElProgress, ElRadio, ElRadioGroup,
  ElResult, ElRow, ElSelect, ElStatistic, ElTabPane, ElTable, ElTableColumn, ElTabs, ElTag, ElTimeline, ElTimelineItem,
} from 'element-plus'
import 'element-plus/dist/index.css'
import App from './App.vue'
import { router } from './router.js'

// the Element Plus components the console uses, and only those: the first page's JavaScript stays small
const COMPONENTS = [
  ElAlert, ElAside, ElBreadcrumb, ElBreadcrumbItem, ElButton, ElCard, ElCheckbox, ElCheckTag, ElCol, ElCollapse,
  ElCollapseItem, ElConfigProvider, ElContainer, ElDescriptions, ElDescriptionsItem, ElDialog, ElDrawer, ElEmpty, ElForm, ElFormItem, ElHeader, ElInput,
  ElInputNumber, ElMain, ElMenu, ElMenuItem, ElOption, ElPageHeader, ElProgress, ElRadio, ElRadioGroup, ElResult,
  ElRow, ElSelect, ElStatistic, ElTabPane, ElTable, ElTableColumn, ElTabs, ElTag, ElTimeline, ElTimelineItem,
]

const app = createApp(App)
for (const component of COMPONENTS) app.use(component)
app.use(ElLoading).use(router).mount('#app')
