import type { CollectionAfterChangeHook, CollectionConfig, PayloadRequest } from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'

import { canManageServices } from '../access/scopedAccess'
import { slugs } from '../defaults'
import {
  campaignTargetLabels,
  campaignTargets,
  eventAudienceLabels,
  eventAudiences,
  type EventKind,
  formatOfEventKind,
  localeOptions,
  outreachArenaLabels,
  outreachArenas,
  outreachFormatLabels,
  outreachFormats,
} from '../domain'
import { campaignCodeField } from './campaignCode'

const labelled = <K extends string>(values: readonly K[], labels: Record<K, string>) =>
  values.map((value) => ({ value, label: labels[value] }))

/**
 * The outreach log: each visit, presentation, stand or mailing, with how many it reached and the hours
 * it took, and its own campaign link so the follow-up report can say which outreach brought referrals.
 * Staff only: outreach staff (editors) keep it, intake reads it beside the report; never public.
 */
export const outreachActivitiesCollection = ({
  access,
  usersSlug,
}: Pick<SanitizedOptions, 'access' | 'usersSlug'>): CollectionConfig => {
  const mayRead = ({ req }: { req: PayloadRequest }) =>
    access.canManageServices(req.user) || access.referralScope(req.user) !== 'none'
  return {
    slug: slugs.outreachActivities,
    labels: { singular: 'Uppsökande aktivitet', plural: 'Uppsökande aktiviteter' },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'date', 'arena', 'peopleReached', 'hours', 'campaignCode'],
      group: 'Uppsökande',
    },
    defaultSort: '-date',
    access: {
      read: mayRead,
      readVersions: () => false,
      create: canManageServices(access),
      update: canManageServices(access),
      delete: canManageServices(access),
    },
    fields: [
      {
        name: 'title',
        label: 'Rubrik',
        type: 'text',
        required: true,
        admin: { description: 'T.ex. "Personalmöte på Psykiatrimottagning Norr".' },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'date',
            label: 'Datum',
            type: 'date',
            required: true,
            index: true,
            admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
          },
          {
            name: 'arena',
            label: 'Arena',
            type: 'select',
            required: true,
            index: true,
            options: labelled(outreachArenas, outreachArenaLabels),
          },
          {
            name: 'format',
            label: 'Form',
            type: 'select',
            required: true,
            options: labelled(outreachFormats, outreachFormatLabels),
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'partner',
            label: 'Verksamhet (samverkanspart)',
            type: 'relationship',
            relationTo: slugs.partners,
          },
          {
            name: 'organisation',
            label: 'Verksamhet (fritext)',
            type: 'text',
            admin: { description: 'Om verksamheten inte finns bland samverkansparterna.' },
          },
        ],
      },
      {
        name: 'audiences',
        label: 'Målgrupper',
        type: 'select',
        hasMany: true,
        options: labelled(eventAudiences, eventAudienceLabels),
      },
      {
        name: 'services',
        label: 'Tjänster',
        type: 'relationship',
        relationTo: slugs.services,
        hasMany: true,
      },
      {
        type: 'row',
        fields: [
          {
            name: 'peopleReached',
            label: 'Antal nådda personer',
            type: 'number',
            required: true,
            min: 0,
            defaultValue: 0,
            admin: { step: 1 },
            validate: (value: null | number | undefined) =>
              value == null || Number.isInteger(value) || 'Skriv ett helt antal personer.',
          },
          {
            name: 'hours',
            label: 'Nedlagda timmar',
            type: 'number',
            required: true,
            min: 0,
            defaultValue: 0,
            admin: { step: 0.5, description: 'Förberedelser och resor inräknade.' },
          },
        ],
      },
      {
        name: 'staff',
        label: 'Personal',
        type: 'relationship',
        relationTo: usersSlug,
        hasMany: true,
      },
      { name: 'notes', label: 'Anteckningar', type: 'textarea' },
      {
        name: 'event',
        label: 'Evenemang',
        type: 'relationship',
        relationTo: slugs.events,
        admin: {
          position: 'sidebar',
          description: 'Om aktiviteten var ett av webbplatsens evenemang.',
        },
      },
      campaignCodeField(),
      {
        name: 'landing',
        label: 'Länken leder till',
        type: 'group',
        admin: { position: 'sidebar' },
        fields: [
          {
            name: 'target',
            label: 'Sida',
            type: 'select',
            required: true,
            defaultValue: 'check',
            options: labelled(campaignTargets, campaignTargetLabels),
          },
          {
            name: 'service',
            label: 'Tjänst',
            type: 'relationship',
            relationTo: slugs.services,
            admin: { condition: (_, sibling) => sibling?.target !== 'check' },
            validate: (value: unknown, { siblingData }: { siblingData: { target?: string } }) =>
              siblingData?.target === 'check' ||
              Boolean(value) ||
              'Välj tjänsten som länken ska leda till.',
          },
          {
            name: 'locale',
            label: 'Språk',
            type: 'select',
            required: true,
            defaultValue: 'sv',
            options: localeOptions(),
          },
        ],
      },
    ],
  }
}

interface EventDoc {
  id: number | string
  title?: string
  kind: EventKind
  start: string
  audiences?: string[] | null
  services?: (number | string | { id: number | string })[] | null
}

const idOf = (value: number | string | { id: number | string }) =>
  typeof value === 'object' ? value.id : value

/** An event as an activity of the log: what the event already says, the rest left for staff. */
const eventActivity = (event: EventDoc, userId: number | string | undefined) => ({
  title: event.title || 'Evenemang',
  date: event.start,
  arena: event.kind === 'jobFair' ? 'jobFair' : 'other',
  format: formatOfEventKind[event.kind],
  audiences: event.audiences ?? [],
  services: (event.services ?? []).map(idOf),
  peopleReached: 0,
  hours: 0,
  staff: userId === undefined ? [] : [userId],
  event: event.id,
  landing: { target: 'check', locale: 'sv' },
})

/**
 * "Logga som aktivitet" on an event: saving the event with the box ticked logs it in the outreach log
 * once (its date, services, audiences and format), for staff to complete with people reached and hours.
 */
export const logEventAsActivity: CollectionAfterChangeHook = async ({ data, doc, req }) => {
  if (!(data as { logAsActivity?: boolean }).logAsActivity) return doc
  const existing = await req.payload.count({
    collection: slugs.outreachActivities,
    where: { event: { equals: doc.id } },
    req,
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) return doc
  await req.payload.create({
    collection: slugs.outreachActivities,
    req,
    overrideAccess: true,
    data: eventActivity(doc as EventDoc, req.user?.id) as never,
  })
  return doc
}
