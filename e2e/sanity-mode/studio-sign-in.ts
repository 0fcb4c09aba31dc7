import type { Page } from '@playwright/test'
import { STAND_IN } from './setup.ts'

/**
 * The page as the stand-in's signed-in editor sees /studio: the Studio's token login keeps
 * its token in localStorage under the project's id, so it is put there before any script runs.
 */
export async function signInToStudio(page: Page) {
  await page.addInitScript(
    ([projectId, token]) => {
      window.localStorage.setItem(`__studio_auth_token_${projectId}`, JSON.stringify({ token }))
    },
    [STAND_IN.projectId, STAND_IN.token],
  )
}
