// Who is logged in, from GET /api/me (401: nobody; the console then offers the login through the gateway).
import { reactive } from 'vue'
import { ApiError, get } from './api.js'

export const session = reactive({ me: null, loaded: false, error: null })

export async function loadMe() {
  try {
    session.me = await get('/api/me')
    session.error = null
  }
  catch (error) {
    session.me = null
    session.error = error instanceof ApiError && error.status === 401 ? null : error
  }
  session.loaded = true
  return session.me
}

export function login() {
  window.location.assign('/auth/login')
}

/** Ends the session at the gateway (POST, so no link or image can log a user out), then back to the start. */
export async function logout() {
  await fetch('/auth/logout', { method: 'POST', headers: { 'X-Requested-With': 'console' }, credentials: 'same-origin' })
  session.me = null
  window.location.assign('/')
}
