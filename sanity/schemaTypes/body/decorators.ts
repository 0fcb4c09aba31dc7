import { CodeIcon } from '@sanity/icons/Code'
import { StrikethroughIcon } from '@sanity/icons/Strikethrough'
import { UnderlineIcon } from '@sanity/icons/Underline'
import { createElement, type ReactNode } from 'react'

// Plain .ts (createElement, not JSX): the WordPress importer runs this schema under Node.

/** A toolbar icon made of text, for marks @sanity/icons has no icon for. */
const textIcon = (text: string, mark: 'sub' | 'sup') =>
  function ScriptIcon() {
    return createElement(
      'span',
      { style: { fontSize: '0.8em', fontWeight: 600 }, 'aria-hidden': true },
      'x',
      createElement(mark, null, text),
    )
  }

/** How the Studio shows sub- and superscript text while an editor writes. */
const script = (mark: 'sub' | 'sup') =>
  function Script(props: { children?: ReactNode }) {
    return createElement(mark, null, props.children)
  }

/**
 * The body's decorators, stored as the values WordPress's markup maps to: `<strong>`, `<em>`,
 * `<u>`, `<s>`, `<sub>`, `<sup>`, `<code>`. The Studio renders strong, em, underline,
 * strike-through and code itself; sub and sup get their own component and icon.
 */
export const bodyDecorators = [
  { title: 'Bold', value: 'strong' },
  { title: 'Italic', value: 'em' },
  { title: 'Underline', value: 'underline', icon: UnderlineIcon },
  { title: 'Strikethrough', value: 'strike-through', icon: StrikethroughIcon },
  { title: 'Subscript', value: 'sub', icon: textIcon('2', 'sub'), component: script('sub') },
  { title: 'Superscript', value: 'sup', icon: textIcon('2', 'sup'), component: script('sup') },
  { title: 'Inline code', value: 'code', icon: CodeIcon },
]
