import { CogIcon } from '@sanity/icons/Cog'
import { defineArrayMember, defineField, defineType } from 'sanity'
import {
  SUGGESTED_READS_DEFAULT,
  SUGGESTED_READS_MAX,
  SUGGESTED_READS_MIN,
} from '../../lib/article/related-reads.ts'
import { pagePath } from '../../lib/addresses/page-slugs.ts'
import { safeHref } from '../../lib/text/safe-url.ts'

/** The one settings document's id: the Studio opens it directly and never creates another. */
export const SITE_SETTINGS_ID = 'siteSettings'

const remittanceService = defineArrayMember({
  name: 'remittanceService',
  title: 'Remittance service',
  type: 'object',
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      validation: (rule) => rule.required().error('Name the service, e.g. Remitly.'),
    }),
    defineField({
      name: 'url',
      title: 'Website',
      type: 'url',
      validation: (rule) =>
        rule
          .required()
          .uri({ scheme: ['https'] })
          .error("Link to the service's own https:// site."),
    }),
  ],
})

const supportDetails = defineField({
  name: 'support',
  title: 'Support details',
  type: 'object',
  fields: [
    defineField({
      name: 'appeal',
      title: 'Appeal',
      description: 'The short invitation shown under articles and at the top of the support page.',
      type: 'text',
      rows: 3,
    }),
    defineField({
      name: 'thankYou',
      title: 'Thank you, and what support pays for',
      type: 'text',
      rows: 3,
    }),
    defineField({
      name: 'tillNumber',
      title: 'M-Pesa till number',
      description: 'Lipa na M-PESA, Buy Goods and Services. Digits only.',
      type: 'string',
      validation: (rule) =>
        rule
          .required()
          .regex(/^\d{5,8}$/, { name: 'digits' })
          .error('The till number is 5 to 8 digits, with no spaces.'),
    }),
    defineField({
      name: 'showMonthlyTotal',
      title: "Show this month's total on the support page",
      description:
        'Where giving by M-Pesa is on: "Readers gave KES 12,300 this month. Thank you." The total counts gifts received through the site since the 1st (Nairobi time); nothing shows before the first.',
      type: 'boolean',
      initialValue: false,
    }),
    defineField({
      name: 'tillName',
      title: 'Name M-Pesa shows for the till',
      description: 'Optional: the registered name donors see before they confirm.',
      type: 'string',
    }),
    defineField({
      name: 'phoneNumber',
      title: 'Phone number for transfers from abroad',
      description: 'In international form, e.g. +254701838999.',
      type: 'string',
      validation: (rule) =>
        rule
          .required()
          .regex(/^\+[1-9]\d{7,14}$/, { name: 'international phone number' })
          .error('Write the number in international form: + then the digits, no spaces.'),
    }),
    defineField({
      name: 'recipientName',
      title: 'Recipient name',
      description: 'Exactly as registered with M-Pesa.',
      type: 'string',
      validation: (rule) => rule.required().error('Enter the name exactly as registered.'),
    }),
    defineField({
      name: 'services',
      title: 'Remittance services',
      type: 'array',
      of: [remittanceService],
    }),
  ],
})

/** How many links the footer holds at most: a short list readers can scan on a phone. */
export const FOOTER_LINKS_MAX = 12

type FooterLinkValue = { label?: string; page?: { _ref?: string }; href?: string }

/** The schemes a footer address may have: those of body links (block-content.ts). */
const FOOTER_LINK_SCHEMES = ['http', 'https', 'mailto', 'tel']
const FOOTER_ADDRESS_MESSAGE =
  'Addresses start with https://, http://, mailto:, tel: or / (a page of this site).'
const isRelative = (href: string) => !/^[a-z][a-z0-9+.-]*:/i.test(href.trim())

const footerLink = defineArrayMember({
  name: 'footerLink',
  title: 'Footer link',
  type: 'object',
  fields: [
    defineField({
      name: 'label',
      title: 'Label',
      description: "The link's text. Optional for a page: its title is used.",
      type: 'string',
      validation: (rule) => [
        rule
          .custom((label, context) => {
            const link = context.parent as FooterLinkValue | undefined
            return link?.href && !label?.trim() ? 'Name the link: readers see this text.' : true
          })
          .error(),
        rule.max(40).warning('Keep footer labels short: 40 characters at most.'),
      ],
    }),
    defineField({
      name: 'page',
      title: 'Page',
      description: 'One of your pages (About, Privacy…). Or write an address below instead.',
      type: 'reference',
      to: [{ type: 'page' }],
      options: { disableNew: true },
    }),
    defineField({
      name: 'href',
      title: 'Address',
      description:
        'Instead of a page: an address on this site (/support), a web address (https://…), mailto: or tel:.',
      type: 'url',
      validation: (rule) => [
        // Sanity's own check of the address's form, with the same schemes as body links.
        rule
          .uri({ scheme: FOOTER_LINK_SCHEMES, allowRelative: true })
          .error(FOOTER_ADDRESS_MESSAGE),
        rule
          .custom((href: string | undefined, context) => {
            const link = context.parent as FooterLinkValue | undefined
            if (href && link?.page?._ref) return 'Choose a page or write an address, not both.'
            if (!href && !link?.page?._ref) return 'Choose a page above, or write an address.'
            // What the uri rule lets through as relative but is not a page of this site
            // ("./x", "//other.site"): readers' links are checked the same way (safeHref).
            if (href && isRelative(href) && safeHref(href) === null) return FOOTER_ADDRESS_MESSAGE
            return true
          })
          .error(),
      ],
    }),
  ],
  preview: {
    select: {
      label: 'label',
      href: 'href',
      pageTitle: 'page.title',
      pageSlug: 'page.slug.current',
      parentSlug: 'page.parent.slug.current',
    },
    prepare({ label, href, pageTitle, pageSlug, parentSlug }) {
      const address = pageSlug ? pagePath({ slug: pageSlug, parentSlug }) : href
      return {
        title: label || pageTitle || 'Unnamed link',
        subtitle: address || 'No page or address',
      }
    },
  },
})

export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Settings',
  type: 'document',
  icon: CogIcon,
  fields: [
    defineField({
      name: 'siteName',
      title: 'Site name',
      type: 'string',
      validation: (rule) => rule.required().error('The site needs a name.'),
    }),
    defineField({ name: 'tagline', title: 'Tagline', type: 'string' }),
    defineField({ name: 'description', title: 'Description', type: 'text', rows: 3 }),
    defineField({
      name: 'suggestedReads',
      title: 'How many suggested reads to show under an article',
      description: `A post's own picks come first, then posts sharing its categories. Left empty: ${SUGGESTED_READS_DEFAULT}.`,
      type: 'number',
      initialValue: SUGGESTED_READS_DEFAULT,
      validation: (rule) =>
        rule
          .integer()
          .min(SUGGESTED_READS_MIN)
          .max(SUGGESTED_READS_MAX)
          .error(`Choose a whole number from ${SUGGESTED_READS_MIN} to ${SUGGESTED_READS_MAX}.`),
    }),
    supportDetails,
    defineField({
      name: 'footerLinks',
      title: 'Footer links',
      description:
        'Links every page shows in its footer, in this order: your pages (About, Privacy…) or any address.',
      type: 'array',
      of: [footerLink],
      validation: (rule) =>
        rule.max(FOOTER_LINKS_MAX).error(`Keep the footer to ${FOOTER_LINKS_MAX} links at most.`),
    }),
  ],
  preview: { prepare: () => ({ title: 'Settings' }) },
})
