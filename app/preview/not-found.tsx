import { NotFoundMessage } from '@/components/not-found-message.tsx'

// notFound() from a preview route lands here, inside the preview layout's shell.
export default function PreviewNotFound() {
  return <NotFoundMessage />
}
