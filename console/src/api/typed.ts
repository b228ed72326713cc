// Calls typed by a service's OpenAPI description (console/openapi/<service>.json, turned into src/api/generated/ by
// openapi-typescript at build time): the route must be one the service documents, its path variables and query
// parameters those the route takes, and the answer is the record the route returns — so a route, parameter or field
// renamed in Java breaks `npm run build` (vue-tsc), not a user's screen.
import { call, upload, withQuery } from '../api.js'

type Method = 'get' | 'post' | 'put' | 'delete'

/** The routes of a description that take this method. */
export type Route<Paths, M extends Method> = {
  [P in keyof Paths]: Paths[P] extends { [K in M]: object } ? P : never
}[keyof Paths]

/** The operation behind a route and method. */
export type Op<Paths, P extends keyof Paths, M extends Method> = Paths[P] extends { [K in M]: infer O } ? O : never

type PathVars<O> = O extends { parameters: { path: infer V } } ? V : never
type Query<O> = O extends { parameters: { query?: infer Q } } ? Q : never
export type Body<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never
type Content<R> = R extends { content: infer C } ? C[keyof C] : never

/** What an operation answers: the body of its success response (JSON, GeoJSON). */
export type Answer<O> = O extends { responses: infer R } ? Content<R[keyof R]> : never

/** The path variables (required when the route has some) and query parameters of one call. */
export type Args<O> = ([PathVars<O>] extends [never] ? { path?: never } : { path: PathVars<O> })
  & ([Query<O>] extends [never] ? { query?: never } : { query?: Query<O> })

type ArgList<O> = [PathVars<O>] extends [never] ? [args?: Args<O>] : [args: Args<O>]

type Filled = { path?: Record<string, unknown>, query?: Record<string, unknown> }

/** The route with its {variables} filled in (URI-encoded) and the query appended. */
export function address(route: string, args?: Filled): string {
  const path = route.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = args?.path?.[name]
    if (value === undefined || value === null || value === '') throw new Error(`${route}: no value for {${name}}`)
    return encodeURIComponent(String(value))
  })
  return withQuery(path, args?.query)
}

/** A client of one service, typed by its description's `paths`. */
export function client<Paths>() {
  return {
    get<P extends Route<Paths, 'get'> & string>(route: P, ...args: ArgList<Op<Paths, P, 'get'>>) {
      return call('GET', address(route, args[0] as Filled)) as Promise<Answer<Op<Paths, P, 'get'>>>
    },
    post<P extends Route<Paths, 'post'> & string>(route: P, body: Body<Op<Paths, P, 'post'>>,
      ...args: ArgList<Op<Paths, P, 'post'>>) {
      return call('POST', address(route, args[0] as Filled), body ?? {}) as Promise<Answer<Op<Paths, P, 'post'>>>
    },
    put<P extends Route<Paths, 'put'> & string>(route: P, body: Body<Op<Paths, P, 'put'>>,
      ...args: ArgList<Op<Paths, P, 'put'>>) {
      return call('PUT', address(route, args[0] as Filled), body ?? {}) as Promise<Answer<Op<Paths, P, 'put'>>>
    },
    /** A file as the raw request body (a survey CSV, a drawing), as the services take uploads. */
    upload<P extends Route<Paths, 'post'> & string>(route: P, file: Blob, contentType: string,
      ...args: ArgList<Op<Paths, P, 'post'>>) {
      return upload(address(route, args[0] as Filled), file, contentType) as Promise<Answer<Op<Paths, P, 'post'>>>
    },
  }
}
