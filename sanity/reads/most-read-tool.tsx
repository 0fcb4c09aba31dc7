import { ChartUpwardIcon } from '@sanity/icons/ChartUpward'
import { Box, Card, Flex, Heading, Stack, Text } from '@sanity/ui'
import { useEffect, useState } from 'react'
import type { Tool } from 'sanity'
import { mostReadUrl, readsLabel } from './read-label.ts'

type Listed = { slug: string; title: string; path: string; reads: number }
type Span = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; posts: Listed[] }

const SPANS = [7, 30] as const

/** The posts most read in the last 7 and 30 days, with their reads (pages/api/read-stats.ts). */
function MostRead() {
  return (
    <Box padding={4} sizing="border" style={{ maxWidth: 960 }}>
      <Stack gap={5}>
        <Heading as="h1" size={3}>
          Most read
        </Heading>
        <Flex gap={5} wrap="wrap">
          {SPANS.map((days) => (
            <MostReadSpan key={days} days={days} />
          ))}
        </Flex>
        <Text size={1} muted>
          A read is an article on screen for 15 seconds or scrolled past its middle, counted once
          per browser tab; no cookie and nothing about the reader is kept.
        </Text>
      </Stack>
    </Box>
  )
}

function MostReadSpan({ days }: { days: number }) {
  const [span, setSpan] = useState<Span>({ state: 'loading' })
  useEffect(() => {
    const controller = new AbortController()
    fetch(mostReadUrl(days), { signal: controller.signal, credentials: 'same-origin' })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status))
        const { posts } = (await response.json()) as { posts: Listed[] }
        setSpan({ state: 'ready', posts })
      })
      .catch(() => {
        if (!controller.signal.aborted) setSpan({ state: 'failed' })
      })
    return () => controller.abort()
  }, [days])
  const headingId = `most-read-${days}`
  return (
    <Card as="section" aria-labelledby={headingId} padding={4} radius={2} shadow={1} flex={1}>
      <Stack gap={4}>
        <Heading as="h2" size={1} id={headingId}>
          Last {days} days
        </Heading>
        {span.state === 'loading' ? <Text muted>Loading…</Text> : null}
        {span.state === 'failed' ? (
          <Text muted>The read counts cannot be read just now.</Text>
        ) : null}
        {span.state === 'ready' && span.posts.length === 0 ? (
          <Text muted>No reads counted yet.</Text>
        ) : null}
        {span.state === 'ready' && span.posts.length > 0 ? (
          <Stack as="ol" gap={3} style={{ margin: 0, paddingLeft: '1.5em' }}>
            {span.posts.map((post) => (
              <Text as="li" key={post.slug}>
                {post.path ? <a href={post.path}>{post.title}</a> : post.title} ·{' '}
                <strong>{readsLabel(post.reads)}</strong>
              </Text>
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  )
}

/** The Studio's "Most read" tool (sanity.config.ts). */
export const mostReadTool: Tool = {
  name: 'most-read',
  title: 'Most read',
  icon: ChartUpwardIcon,
  component: MostRead,
}
