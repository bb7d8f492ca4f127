/** Stories of people who found work or studies: the closed lists and the consent rules they follow. */

export const storyOutcomes = ['work', 'studies'] as const
export type StoryOutcome = (typeof storyOutcomes)[number]

export const storyOutcomeLabels: Record<StoryOutcome, string> = {
  work: 'Arbete',
  studies: 'Studier',
}

/** Where the person agreed that the story may be shown. */
export const consentScopes = ['website', 'print', 'socialMedia'] as const
export type ConsentScope = (typeof consentScopes)[number]

export const consentScopeLabels: Record<ConsentScope, string> = {
  website: 'Webbplatsen',
  print: 'Tryckt material',
  socialMedia: 'Sociala medier',
}

export interface StoryConsent {
  givenOn?: Date | null | string
  withdrawnOn?: Date | null | string
}

/** Whether the person has taken back the consent: then the story must not be shown anywhere. */
export const consentWithdrawn = (consent: null | StoryConsent | undefined): boolean =>
  Boolean(consent?.withdrawnOn)

/**
 * Why a story cannot be published, in Swedish, or null when it can. Only a publication is checked:
 * a draft may be written before the consent is recorded.
 */
export const storyPublicationError = (story: {
  _status?: null | string
  consent?: null | StoryConsent
}): null | string => {
  if (story._status !== 'published') return null
  if (!story.consent?.givenOn)
    return 'Berättelsen kan inte publiceras utan datum för samtycket. Skriv när personen gav sitt samtycke.'
  return null
}

/**
 * The status a save leaves a story in: a withdrawn consent keeps it (or makes it) a draft, so the
 * save that records the withdrawal is also the one that takes the story off the site.
 */
export const storyStatusAfterSave = <S extends string>(
  status: S | undefined,
  consent: null | StoryConsent | undefined,
): 'draft' | S | undefined => (consentWithdrawn(consent) ? 'draft' : status)
