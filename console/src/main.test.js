import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// Element Plus is registered component by component (main.js), so a tag no one registered renders as an unknown
// element — silently, in every view that uses it: each <el-…> tag the views use must be registered.
describe('the registered Element Plus components', () => {
  it('cover every <el-…> tag the console uses', () => {
    const main = readFileSync(new URL('./main.js', import.meta.url), 'utf8')
    const views = readdirSync(new URL('./views/', import.meta.url)).map((name) => `./views/${name}`)
    const sources = ['./App.vue', ...views].filter((path) => path.endsWith('.vue'))
    const tags = new Set(sources.flatMap((path) =>
      [...readFileSync(new URL(path, import.meta.url), 'utf8').matchAll(/<el-([a-z-]+)/g)].map((match) => match[1])))
    const component = (tag) => 'El' + tag.split('-').map((part) => part[0].toUpperCase() + part.slice(1)).join('')
    const missing = [...tags].filter((tag) => !new RegExp(`\\b${component(tag)}\\b`).test(main))
    expect(missing).toEqual([])
  })
})
