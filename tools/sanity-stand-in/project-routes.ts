// The project / user endpoints the Studio calls while booting, answered as README.md ("What
// the Studio needs") records that it needs: a logged-in administrator with full access, no
// comments dataset, nothing scheduled, telemetry off.

import type { RequestContext } from './context.ts'
import { isRecord, plainError, readJsonBody, sendJson, sendText } from './http-util.ts'

function roles(ctx: RequestContext) {
  const { role } = ctx.state.user
  return [
    { name: role, title: role.charAt(0).toUpperCase() + role.slice(1), description: 'Full access' },
  ]
}

function currentUser(ctx: RequestContext) {
  const { user } = ctx.state
  return { ...user, profileImage: null, provider: 'sanity', roles: roles(ctx) }
}

async function keyValue(ctx: RequestContext, keys: string | undefined): Promise<void> {
  const { keyValues } = ctx.state
  if (ctx.method === 'GET' && keys !== undefined) {
    const answer = decodeURIComponent(keys)
      .split(',')
      .map((key) => ({ key, value: keyValues.has(key) ? keyValues.get(key) : null }))
    return sendJson(ctx.req, ctx.res, 200, answer)
  }
  if (ctx.method === 'PUT' || ctx.method === 'POST' || ctx.method === 'PATCH') {
    const body = await readJsonBody(ctx.req, ctx.state.bodyLimitBytes)
    const entries = Array.isArray(body) ? body : [body]
    for (const entry of entries) {
      if (!isRecord(entry) || typeof entry.key !== 'string')
        throw plainError(400, 'Expected [{key, value}]')
      keyValues.set(entry.key, entry.value ?? null)
    }
    return sendJson(ctx.req, ctx.res, 200, entries)
  }
  throw plainError(405, 'Method not allowed')
}

/** Answers a project-level route; returns false when the path is not one of them. */
export async function handleProjectRoute(ctx: RequestContext): Promise<boolean> {
  const { req, res, segments, state, url } = ctx
  const [first, second, third, fourth, fifth] = segments
  const ok = (body: unknown) => sendJson(req, res, 200, body)

  if (first === 'ping' && segments.length === 1) {
    sendText(req, res, 200, 'PONG')
    return true
  }
  if (first === 'users' && second === 'me') {
    if (third === 'keyvalue') {
      await keyValue(ctx, fourth)
      return true
    }
    if (segments.length !== 2) return false
    // With a token configured, a request without it is an anonymous visitor: `{}` is
    // how the API says "not logged in".
    ok(ctx.authorized ? currentUser(ctx) : {})
    return true
  }
  if (first === 'features' && segments.length === 1) {
    ok([])
    return true
  }
  if (first === 'intake' && second === 'telemetry-status') {
    ok({ status: 'denied' })
    return true
  }
  if (first === 'schedules') {
    ok({ schedules: [] })
    return true
  }
  if (first === 'projects' && second !== undefined) {
    if (decodeURIComponent(second) !== state.projectId)
      throw plainError(404, `Project "${second}" not found`)
    if (segments.length === 2) {
      ok({
        id: state.projectId,
        displayName: 'Sanity stand-in',
        studioHost: null,
        organizationId: 'stand-in-organization',
        isBlocked: false,
        isDisabled: false,
        isDisabledByUser: false,
        metadata: {},
        members: [
          {
            id: state.user.id,
            role: state.user.role,
            roles: roles(ctx),
            isCurrentUser: true,
            isRobot: false,
          },
        ],
        features: [],
        pendingInvites: 0,
      })
      return true
    }
    if (third === 'grants' && segments.length === 3) {
      ok({})
      return true
    }
    if (third === 'user-applications' && segments.length === 3) {
      ok([])
      return true
    }
    if (third === 'features' && segments.length === 3) {
      ok([])
      return true
    }
    if (third === 'datasets' && segments.length === 3) {
      // The Studio looks for a comments dataset this way; it must find none.
      ok(url.searchParams.get('datasetProfile') ? [] : [{ name: state.dataset, aclMode: 'public' }])
      return true
    }
    if (third === 'datasets' && fifth === 'acl' && segments.length === 5) {
      if (decodeURIComponent(fourth ?? '') !== state.dataset)
        throw plainError(404, `Dataset "${fourth}" not found`)
      ok([{ filter: '_id in path("**")', permissions: ['read', 'create', 'update', 'history'] }])
      return true
    }
  }
  return false
}
