/**
 * Giving by M-Pesa (issue #24), against the Daraja stand-in (tools/daraja-stand-in/), on the
 * bundled site built with M-Pesa configured (.next-bench-giving, PGlite in .bench/giving/data,
 * emptied each run; site on 3500, stand-in on 4050 with its control port on 4051). Both
 * builds are of the checkout's HEAD (or BENCH_GIVING_REF=<git ref>), in a worktree
 * (.bench/giving/tree): uncommitted edits in the checkout are not measured.
 *
 * 1. Weight: /support with the form against /support with giving off (.next-bench-giving-off,
 *    the same commit without M-Pesa settings, on 3501): its HTML and the stylesheets and
 *    scripts it links, gzip. With BENCH_BASELINE=<git ref> (bench/lib/baseline.ts), also
 *    against that commit's /support: the stylesheet and script are one file for every page,
 *    so what the form added to them shows only against a commit from before giving.
 *    The budget: the form adds at most 2 KB gzip.
 * 2. Latency, one supporter at a time (BENCH_GIVING_LATENCY_N, default 100): the form's POST
 *    /support/give to its 303, to the status page's first answer, and to the status page
 *    showing "Thank you" after the stand-in's callback. The stand-in's phone answers at once
 *    (delay 0), so the times are the site's and the stand-in's, not a supporter's thumb.
 * 3. A soak (BENCH_GIVING_SOAK_N attempts, default 500, BENCH_GIVING_CONCURRENCY at a time,
 *    default 8; seeded by BENCH_GIVING_SEED): random outcomes (paid, 1032, 1037, 1, 2001,
 *    1019), callbacks sent twice, late callbacks (after the site's query, and after its
 *    3-minute close), and one restart of the site halfway; then the site's database
 *    (`npm run donations -- --csv`) against the stand-in's ledger: paid count and sum,
 *    receipts as sets, each attempt's status page. Takes five minutes or more: the 3-minute
 *    closes are the last to end.
 *
 * Each attempt has a phone number and a client address of its own (X-Forwarded-For through
 * NABADO_TRUSTED_PROXIES=1), so the site's limits never refuse the benchmark's posts.
 */
import os from 'node:os'
import { startBaseline } from './lib/baseline.ts'
import {
  benchClientAddress,
  benchPhone,
  emptyGivingData,
  ensureGivingBuilds,
  formToken,
  giftStatus,
  givingOrigin,
  isFinal,
  postGive,
  setScripts,
  startGivingOffSite,
  startGivingSite,
  startStandIn,
  stopForRestart,
} from './lib/giving-site.ts'
import { percentiles, soak } from './lib/giving-soak.ts'
import { textWeight, type TextWeight } from './lib/giving-weight.ts'
import { emit, note } from './lib/report.ts'
import { stopAllSites, type Server } from './lib/site.ts'

/** The budget for what the form adds to /support, gzip bytes. */
export const FORM_BUDGET_BYTES = 2 * 1024
const LATENCY_N = Number(process.env.BENCH_GIVING_LATENCY_N ?? 100)
const SOAK_N = Number(process.env.BENCH_GIVING_SOAK_N ?? 500)
const CONCURRENCY = Number(process.env.BENCH_GIVING_CONCURRENCY ?? 8)
const SEED = Number(process.env.BENCH_GIVING_SEED ?? 24)
/** The stand-in's default phone (e2e/giving/setup.ts): an outcome 1.5 s after the push. */
const CALLBACK_DELAY_MS = 1500

const ratio = (value: number, base: number | undefined) =>
  base ? Math.round((value / base) * 1000) / 1000 : undefined

async function weight() {
  const off = await startGivingOffSite()
  const baseline = await startBaseline()
  try {
    const withForm = await textWeight(givingOrigin, '/support')
    const givingOff = await textWeight(off.origin, '/support')
    const before = baseline ? await textWeight(baseline.origin, '/support') : null
    const offHtml = await (await fetch(`${off.origin}/support`)).text()
    if (offHtml.includes('name="token"'))
      throw new Error('the giving-off build shows the form: are MPESA_* set in this shell?')
    if (!(await (await fetch(`${givingOrigin}/support`)).text()).includes('name="token"'))
      throw new Error('the giving build shows no form')
    for (const kind of ['html', 'css', 'js', 'total'] as const satisfies (keyof TextWeight)[]) {
      emit('giving', `support.${kind}.gzip_bytes`, withForm[kind], {
        giving_off: givingOff[kind],
        added_over_off: withForm[kind] - givingOff[kind],
        ratio_to_off: ratio(withForm[kind], givingOff[kind]),
        ...(before
          ? {
              baseline: before[kind],
              baseline_ref: baseline!.ref,
              added_over_baseline: withForm[kind] - before[kind],
              ratio_to_baseline: ratio(withForm[kind], before[kind]),
            }
          : {}),
      })
    }
    emit('giving', 'support.html.raw_bytes', withForm.raw_html, {
      giving_off: givingOff.raw_html,
      ...(before ? { baseline: before.raw_html } : {}),
    })
    const reference = before ?? givingOff
    const added = withForm.total - reference.total
    emit('giving', 'form_added.gzip_bytes', added, {
      against: before ? `baseline ${baseline!.ref}` : 'giving off',
      budget: FORM_BUDGET_BYTES,
      within_budget: added <= FORM_BUDGET_BYTES,
      files_with_form: withForm.files,
      files_giving_off: givingOff.files,
      ...(before ? { files_baseline: before.files } : {}),
    })
  } finally {
    await off.stop()
    await baseline?.stop()
  }
}

async function latency() {
  const phones = Array.from({ length: LATENCY_N }, (_, index) => benchPhone(index, 40))
  await setScripts(
    phones.map((phone) => [phone.msisdn, { outcome: 'paid', callback: 'once', delayMs: 0 }]),
  )
  const token = await formToken()
  const toRedirect: number[] = []
  const toStatusPage: number[] = []
  const toOutcome: number[] = []
  let refused = 0
  for (const [index, phone] of phones.entries()) {
    const started = performance.now()
    const answer = await postGive({
      phone: phone.typed,
      amount: 100,
      clientAddress: benchClientAddress(index, 40),
      token,
    })
    if (!answer.giftPath) {
      refused++
      continue
    }
    toRedirect.push(performance.now() - started)
    let status = await giftStatus(answer.giftPath)
    toStatusPage.push(performance.now() - started)
    const until = Date.now() + 30_000
    while (!isFinal(status) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      status = await giftStatus(answer.giftPath)
    }
    if (status === 'paid') toOutcome.push(performance.now() - started)
    else refused++
  }
  const extra = { load_average: os.loadavg()[0]!.toFixed(2), not_paid: refused }
  emit('giving', 'latency.post_to_303.p95_ms', percentiles(toRedirect).p95_ms, {
    ...percentiles(toRedirect),
    ...extra,
  })
  emit('giving', 'latency.post_to_status_page.p95_ms', percentiles(toStatusPage).p95_ms, {
    ...percentiles(toStatusPage),
    ...extra,
  })
  emit('giving', 'latency.post_to_thank_you.p95_ms', percentiles(toOutcome).p95_ms, {
    ...percentiles(toOutcome),
    ...extra,
    note: 'the stand-in calls back at once (delay 0); the status page polled every 20 ms',
  })
}

export async function run() {
  emptyGivingData()
  const commit = ensureGivingBuilds()
  emit('giving', 'commit', commit.slice(0, 7), {
    note: 'built and served from a worktree of this commit (.bench/giving/tree)',
  })
  const standIn = await startStandIn(CALLBACK_DELAY_MS)
  // The servers are unref'd child processes: while the soak only waits for the restarted site
  // (its exit, its first answer), nothing else would keep this process alive.
  const keepAlive = setInterval(() => {}, 1000)
  let site: Server | null = null
  const stop = () => {
    void stopAllSites()
    void standIn.stop()
    process.exit(130)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  try {
    site = await startGivingSite()
    note('giving: weight of /support')
    await weight()
    note(`giving: latency, ${LATENCY_N} gifts one after another`)
    await latency()
    note(`giving: soak, ${SOAK_N} attempts, ${CONCURRENCY} at a time`)
    const result = await soak({
      attempts: SOAK_N,
      concurrency: CONCURRENCY,
      seed: SEED,
      token: formToken,
      restart: async () => {
        const started = performance.now()
        const stopped = site ? await stopForRestart(site) : { signal: 'none', exitMs: 0 }
        site = await startGivingSite()
        return { ...stopped, downMs: Math.round(performance.now() - started) }
      },
      stopSite: async () => {
        await site?.stop()
        site = null
      },
    })
    // Lost or counted twice. A paid gift without a receipt (settled by the query) is not one of
    // them, but it makes the receipt sets differ: reported beside, not hidden.
    const mismatches =
      Math.abs(result.paidCountMismatch) +
      Math.abs(result.paidAmountMismatch) +
      result.receiptsOnlyInDb +
      Math.abs(result.receiptsOnlyInStandIn - result.paidWithoutReceipt) +
      result.duplicateReceiptsInDb +
      result.wrongStatusPages +
      result.changedByResend +
      result.pendingRows
    emit('giving', 'soak.mismatches', mismatches, {
      paid_count_db_minus_stand_in: result.paidCountMismatch,
      paid_kes_db_minus_stand_in: result.paidAmountMismatch,
      receipts_only_in_db: result.receiptsOnlyInDb,
      receipts_only_in_stand_in: result.receiptsOnlyInStandIn,
      paid_in_db_without_receipt: result.paidWithoutReceipt,
      receipt_sets_equal: result.receiptsOnlyInDb + result.receiptsOnlyInStandIn === 0,
      duplicate_receipts_in_db: result.duplicateReceiptsInDb,
      wrong_status_pages: result.wrongStatusPages,
      wrong_status_examples: result.wrongStatusExamples,
      changed_by_resend_after_close: result.changedByResend,
      still_pending: result.pendingRows,
    })
    emit('giving', 'soak.paid_kes', result.dbPaid.amount, {
      db: result.dbPaid,
      stand_in: result.standInPaid,
    })
    emit('giving', 'soak.attempts', result.attempts, {
      prompted: result.prompted,
      answers: result.answers,
      db_rows: result.dbRows,
      ledger_prompts: result.ledgerPrompts,
      soak_prompts: result.soakPrompts,
      note: 'outcomes include the latency phase (all paid)',
      planned: result.plannedKinds,
      stand_in_outcomes: result.standInOutcomes,
      site_outcomes: result.siteOutcomes,
    })
    emit('giving', 'soak.callbacks', result.callbacks.sent ?? 0, {
      ...result.callbacks,
      queries: result.queries,
      resent_after_close: result.resentAfterClose,
      resent_answers: result.resentAnswers,
      push_answers: result.pushAnswers,
    })
    emit('giving', 'soak.restart_down_ms', result.restart?.downMs ?? NaN, {
      ...result.restart,
      retries_after_network_errors: result.retriesAfterNetworkErrors,
      network_errors: result.networkErrors,
    })
    emit('giving', 'soak.post_to_303.p95_ms', result.postMs.p95_ms, {
      ...result.postMs,
      concurrency: CONCURRENCY,
    })
    emit('giving', 'soak.duration_s', result.durationS, {
      posting_s: result.postedS,
      load_average: os.loadavg().map((n) => Math.round(n * 100) / 100),
    })
  } finally {
    await site?.stop()
    await standIn.stop()
    clearInterval(keepAlive)
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
  }
  note('giving done')
}
