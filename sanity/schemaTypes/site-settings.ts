import { CogIcon } from '@sanity/icons/Cog'
import { defineArrayMember, defineField, defineType } from 'sanity'
import {
  SUGGESTED_READS_DEFAULT,
  SUGGESTED_READS_MAX,
  SUGGESTED_READS_MIN,
} from '../../lib/related-reads.ts'

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
  ],
  preview: { prepare: () => ({ title: 'Settings' }) },
})
