// The generated share image (next/og, 1200×630): inline styles only, as Satori reads them,
// and next/og's bundled font, so nothing is fetched while the image is drawn.

const PAGE = '#fbf8f3'
const INK = '#1f1a17'
const MUTED = '#5c524b'
const ACCENT = '#9c3d12'

/** Long titles get smaller type so they still fit in four lines. */
function titleSize(title: string): number {
  if (title.length > 90) return 54
  if (title.length > 60) return 62
  return 72
}

export function ShareCard({
  title,
  siteName,
  kicker,
  footer,
}: {
  title: string
  siteName: string
  /** A small line above the title (the article's category). */
  kicker?: string | null
  /** The line beside the site's name (its tagline or address). */
  footer?: string | null
}) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: PAGE,
        color: INK,
        padding: '64px 72px',
        borderTop: `16px solid ${ACCENT}`,
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        {kicker ? (
          <div
            style={{
              display: 'flex',
              fontSize: 28,
              letterSpacing: 2,
              textTransform: 'uppercase',
              color: ACCENT,
              marginBottom: 24,
            }}
          >
            {kicker}
          </div>
        ) : null}
        <div
          style={{
            display: 'flex',
            fontSize: titleSize(title),
            lineHeight: 1.15,
            fontWeight: 700,
            maxHeight: titleSize(title) * 1.15 * 4,
            overflow: 'hidden',
          }}
        >
          {title}
        </div>
      </div>
      <div
        style={{
          display: 'flex',
          alignItems: 'baseline',
          justifyContent: 'space-between',
          borderTop: `2px solid #e4dcd2`,
          paddingTop: 28,
        }}
      >
        <div style={{ display: 'flex', fontSize: 44, fontWeight: 700, color: INK }}>{siteName}</div>
        {footer ? (
          <div style={{ display: 'flex', fontSize: 26, color: MUTED }}>{footer}</div>
        ) : null}
      </div>
    </div>
  )
}
