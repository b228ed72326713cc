import { describe, expect, it } from 'vitest'
import { address } from './typed'

describe('address', () => {
  it('fills the route\'s variables, URI-encoded, and appends the query without empty values', () => {
    expect(address('/api/pipeline/streets/{streetCode}/windows', { path: { streetCode: '110105 017' } }))
      .toBe('/api/pipeline/streets/110105%20017/windows')
    expect(address('/api/housing/projects', { query: { status: 'RESERVED', districtCode: '', year: null, pageSize: 20 } }))
      .toBe('/api/housing/projects?status=RESERVED&pageSize=20')
  })

  it('refuses a route whose variable has no value, rather than calling an empty segment', () => {
    expect(() => address('/api/housing/projects/{projectId}', { path: { projectId: '' } }))
      .toThrow('no value for {projectId}')
  })
})
