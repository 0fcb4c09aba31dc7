// What every route handler gets: the parsed request and the stand-in's shared state.

import type { EvaluationContext } from './groq.ts'
import type { StandInRequest, StandInResponse } from './http-util.ts'
import type { ListenHub } from './listen.ts'
import type { DocumentStore } from './store.ts'
import type { WebhookSender } from './webhook.ts'

export type StandInUser = {
  id: string
  name: string
  email: string
  role: string
}

export type StandInState = {
  projectId: string
  dataset: string
  store: DocumentStore
  hub: ListenHub
  webhook: WebhookSender | undefined
  user: StandInUser
  /** The Studio's per-user settings (`/users/me/keyvalue`). */
  keyValues: Map<string, unknown>
  evaluation: EvaluationContext
  bodyLimitBytes: number
  /** When set, drafts, versions and writes need `Authorization: Bearer <token>`. */
  token: string | undefined
}

export type RequestContext = {
  req: StandInRequest
  res: StandInResponse
  method: string
  url: URL
  /** `1` or a date (`2025-10-01`), from the `/v1` or `/vYYYY-MM-DD` path prefix. */
  apiVersion: string
  /** Path segments after the version prefix, still percent-encoded. */
  segments: string[]
  /** True when no token is configured, or the request carries it. */
  authorized: boolean
  state: StandInState
}
