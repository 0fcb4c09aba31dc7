/**
 * PostgreSQL advisory locks the site takes, all in the two-key form (space, key) and in one
 * place, so that two uses never share a key by accident.
 */

/** Held while migrations run: two instances starting together take turns. */
export const MIGRATION_LOCK = [2401, 1] as const

/** With `hashtext(phone hash)` as the second key: one number's attempts are created in turn. */
export const PHONE_LOCK_SPACE = 2402
