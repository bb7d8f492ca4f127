import type { Access, CollectionConfig, DateField, FieldHook } from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'

import { canManageServices } from '../access/scopedAccess'
import { slugs } from '../defaults'
import {
  eventAudienceLabels,
  eventAudiences,
  eventKindLabels,
  eventKinds,
  eventTimeLabels,
  eventTimesError,
  eventTimeZone,
  localeOptions,
  slugFromTitle,
} from '../domain'
import { rebuildWhenPublished } from '../hooks/rebuildWhenPublished'
import { requireSwedishText } from '../hooks/requireSwedishText'
import { campaignCodeField } from './campaignCode'
import { heroImageFields } from './heroImage'
import { logEventAsActivity } from './outreachActivities'

/** Staff read drafts too (a preview will show them); the public reads published events only. */
const publishedOrStaff: Access = ({ req }) =>
  req.user ? true : { _status: { equals: 'published' } }

/** An instant with its time of day, entered and shown in Swedish time whatever the browser's zone. */
const timeField = (name: 'end' | 'start'): DateField => ({
  name,
  label: eventTimeLabels[name],
  type: 'date',
  required: true,
  index: name === 'end',
  timezone: {
    defaultTimezone: eventTimeZone,
    supportedTimezones: [{ label: 'Svensk tid', value: eventTimeZone }],
    required: true,
  },
  admin: {
    date: { pickerAppearance: 'dayAndTime', timeIntervals: 15, displayFormat: 'yyyy-MM-dd HH:mm' },
  },
  // On the end field only, so the refusal names it; the data is the whole event, stored values included.
  ...(name === 'end' && {
    validate: (_value: unknown, { data }: { data: Partial<Record<string, unknown>> }) =>
      eventTimesError(data as { end?: string; start?: string }) ?? true,
  }),
})

/** Filled from the title when left empty, so editors need not invent one. */
const slugFromTitleIfEmpty: FieldHook = ({ value, data }) =>
  value || (typeof data?.title === 'string' ? slugFromTitle(data.title) : value)

/** Required for one kind of place only: a link for online events, a venue's name otherwise. */
const requiredWhen =
  (attendance: 'online' | 'venue', message: string) =>
  (value: unknown, { data }: { data: Partial<Record<string, unknown>> }): string | true =>
    (data?.attendance ?? 'venue') !== attendance || Boolean(value) || message

/**
 * Outreach events (information meetings, drop-ins, open houses…) on the public site, each with its
 * own page and calendar file. They belong to services: campaign codes will follow them.
 */
export const eventsCollection = ({
  access,
  onPublicContentChange,
  content,
}: Pick<SanitizedOptions, 'access' | 'content' | 'onPublicContentChange'>): CollectionConfig => {
  const rebuild = rebuildWhenPublished(onPublicContentChange)
  return {
    slug: slugs.events,
    labels: { singular: 'Evenemang', plural: 'Evenemang' },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'kind', 'start', 'cancelled', '_status'],
      group: 'Innehåll',
    },
    defaultSort: 'start',
    versions: { drafts: true },
    access: {
      read: publishedOrStaff,
      readVersions: canManageServices(access),
      create: canManageServices(access),
      update: canManageServices(access),
      delete: canManageServices(access),
    },
    hooks: {
      afterChange: [requireSwedishText, ...rebuild.afterChange, logEventAsActivity],
      afterDelete: rebuild.afterDelete,
    },
    fields: [
      { name: 'title', label: 'Rubrik', type: 'text', required: true, localized: true },
      {
        name: 'kind',
        label: 'Typ',
        type: 'select',
        required: true,
        options: eventKinds.map((value) => ({ value, label: eventKindLabels[value] })),
      },
      {
        type: 'row',
        fields: [timeField('start'), timeField('end')],
      },
      { name: 'text', label: 'Text', type: 'richText', localized: true, editor: content.editor },
      ...heroImageFields(content),
      {
        name: 'attendance',
        label: 'Plats',
        type: 'radio',
        required: true,
        defaultValue: 'venue',
        options: [
          { label: 'På plats', value: 'venue' },
          { label: 'Online', value: 'online' },
        ],
      },
      {
        name: 'onlineUrl',
        label: 'Länk till mötet',
        type: 'text',
        admin: { condition: (data) => data?.attendance === 'online' },
        validate: (
          value: null | string | undefined,
          options: { data: Partial<Record<string, unknown>> },
        ) =>
          value && !/^https:\/\/\S+$/.test(value)
            ? 'Länken ska börja med https://.'
            : requiredWhen('online', 'Skriv länken till mötet.')(value, options),
      },
      {
        name: 'venue',
        label: 'Lokal',
        type: 'group',
        admin: { condition: (data) => data?.attendance !== 'online' },
        fields: [
          {
            name: 'name',
            label: 'Namn på lokalen',
            type: 'text',
            validate: requiredWhen('venue', 'Skriv var evenemanget är.'),
          },
          {
            type: 'row',
            fields: [
              { name: 'street', label: 'Gatuadress', type: 'text' },
              { name: 'postalCode', label: 'Postnummer', type: 'text' },
              { name: 'city', label: 'Ort', type: 'text' },
            ],
          },
          {
            name: 'directions',
            label: 'Hitta hit',
            type: 'textarea',
            localized: true,
            admin: { description: 'Buss, parkering, vilken ingång.' },
          },
          {
            name: 'accessibility',
            label: 'Tillgänglighet i lokalen',
            type: 'textarea',
            localized: true,
            admin: { description: 'Hiss, ramp, hörslinga, toalett, lugnt rum.' },
          },
        ],
      },
      {
        name: 'signUp',
        label: 'Anmälan',
        type: 'group',
        admin: {
          description: 'Bara om deltagarna behöver anmäla sig. Det finns inget bokningssystem.',
        },
        fields: [
          { name: 'text', label: 'Så anmäler du dig', type: 'textarea', localized: true },
          {
            type: 'row',
            fields: [
              { name: 'phone', label: 'Telefon', type: 'text' },
              { name: 'email', label: 'E-post', type: 'email' },
            ],
          },
        ],
      },
      {
        name: 'slug',
        label: 'Webbadress',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        hooks: { beforeValidate: [slugFromTitleIfEmpty] },
        validate: (value: null | string | undefined) =>
          /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value ?? '') ||
          'Bara små bokstäver a–z, siffror och bindestreck.',
        admin: {
          position: 'sidebar',
          description:
            'Evenemanget visas på /evenemang/<webbadress>. Lämna tomt så skapas den av rubriken.',
        },
      },
      {
        name: 'cancelled',
        label: 'Inställt',
        type: 'checkbox',
        defaultValue: false,
        admin: {
          position: 'sidebar',
          description: 'Evenemanget ligger kvar på webbplatsen, tydligt markerat som inställt.',
        },
      },
      {
        name: 'audiences',
        label: 'Målgrupper',
        type: 'select',
        hasMany: true,
        options: eventAudiences.map((value) => ({ value, label: eventAudienceLabels[value] })),
        admin: {
          position: 'sidebar',
          description: 'Visas också på sidorna för de här målgrupperna.',
        },
      },
      {
        name: 'services',
        label: 'Tjänster',
        type: 'relationship',
        relationTo: slugs.services,
        hasMany: true,
        admin: { position: 'sidebar', description: 'Visas också på tjänsternas sidor.' },
      },
      {
        name: 'languages',
        label: 'Språk som talas',
        type: 'text',
        hasMany: true,
        admin: { position: 'sidebar', description: 'T.ex. svenska, engelska, arabiska.' },
      },
      campaignCodeField(),
      {
        name: 'campaignLocale',
        label: 'Kampanjlänkens språk',
        type: 'select',
        required: true,
        defaultValue: 'sv',
        options: localeOptions(),
        admin: {
          position: 'sidebar',
          description: 'Kampanjlänken leder till evenemangets sida på det här språket.',
        },
      },
      {
        name: 'logAsActivity',
        label: 'Logga som uppsökande aktivitet',
        type: 'checkbox',
        virtual: true,
        admin: {
          position: 'sidebar',
          description:
            'Sparar evenemanget i loggen över uppsökande aktiviteter (en gång), där du fyller i antal nådda och timmar.',
        },
      },
    ],
  }
}
