// Turns each service's OpenAPI snapshot (openapi/<service>.json, kept current by the service's ApiDescriptionTest)
// into TypeScript types under src/api/generated/, which the typed API modules (src/api/*.ts) import. Generated at
// every build, never edited or checked in.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import openapiTS, { astToString } from 'openapi-typescript'

const root = new URL('..', import.meta.url)
const target = new URL('src/api/generated/', root)
mkdirSync(target, { recursive: true })
for (const file of readdirSync(new URL('openapi/', root)).filter((name) => name.endsWith('.json')).sort()) {
  const service = file.replace(/\.json$/, '')
  const types = astToString(await openapiTS(new URL(`openapi/${file}`, root)))
  writeFileSync(new URL(`${service}.ts`, target),
    `// Generated from openapi/${file} by scripts/api-types.js (npm run types). Do not edit.\n${types}`)
  console.log(`openapi/${file} → src/api/generated/${service}.ts`)
}
