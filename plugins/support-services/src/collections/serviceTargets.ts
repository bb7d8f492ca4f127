import type { Field } from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'

import { duplicateTargetYear, targetProblems } from '../domain'

/** Payload's field validation from a domain check that returns a Swedish message or null. */
const check =
  (problem: (value: unknown) => string | null) =>
  (value: unknown): string | true =>
    problem(value) ?? true

/**
 * The board's targets per year: people supported, the longest wait and the share of participant
 * closings into work or studies. One row a year; the follow-up report draws them on its charts and
 * compares its key figures with them, and the SUS table takes its expected participants from them.
 * Staff read them; those who manage services change them.
 */
export const targetsField = (access: SanitizedOptions['access']): Field => ({
  name: 'targets',
  label: 'Mål per år',
  type: 'array',
  access: {
    read: ({ req }) => Boolean(req.user),
    create: ({ req }) => access.canManageServices(req.user),
    update: ({ req }) => access.canManageServices(req.user),
  },
  validate: (rows: unknown) =>
    duplicateTargetYear(rows as { year?: number | null }[] | null) ?? true,
  admin: {
    description:
      'Styrelsens eller ansökans mål för året. Uppföljningsrapporten visar dem som linjer i diagrammen och som ”162 av 200” i nyckeltalen; antalet personer med stöd är också det förväntade antalet deltagare i SUS-tabellen. Lämna ett mål tomt om det inte finns.',
    initCollapsed: true,
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'year', label: 'År', type: 'number', required: true, min: 2000, max: 2100 },
        {
          name: 'peopleSupported',
          label: 'Personer med stöd under året',
          type: 'number',
          min: 0,
          validate: check(targetProblems.peopleSupported),
        },
        {
          name: 'maxWaitDays',
          label: 'Längsta väntan, dagar',
          type: 'number',
          min: 1,
          validate: check(targetProblems.maxWaitDays),
        },
        {
          name: 'shareIntoWorkOrStudies',
          label: 'Andel avslutade till arbete eller studier, %',
          type: 'number',
          min: 0,
          max: 100,
          validate: check(targetProblems.shareIntoWorkOrStudies),
        },
      ],
    },
  ],
})
