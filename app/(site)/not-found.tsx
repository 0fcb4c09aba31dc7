import { NotFoundMessage } from '@/components/not-found-message'

// notFound() from a reader's page lands here, inside (site)/layout.tsx's shell. Without this
// file it reached app/not-found.tsx, which brings its own shell: two headers and two mains.
export default function SiteNotFound() {
  return <NotFoundMessage />
}
