import type { Catalog } from '../messages'

import { residentUpdateTexts } from './residentUpdates'
import { statusPageTexts } from './statusPage'

/** English: plain, short, the same friendly tone as the Swedish. */
export const en: Catalog = {
  'errors.required': 'Please answer the question.',
  'errors.invalidType': 'We could not read the answer. Please answer the question again.',
  'errors.tooShort': 'Write at least {min} characters.',
  'errors.tooLong': 'The text is too long. Write at most {max} characters.',
  'errors.invalidEmail': 'Enter an email address like this: name@example.com.',
  'errors.invalidPhone': 'Enter a phone number with 7–15 digits, for example 070-123 45 67.',
  'errors.invalidDate': 'Enter the date as year-month-day, for example 1990-05-31.',
  'errors.dateInFuture': 'The date is in the future. Check the year.',
  'errors.implausibleAge': 'Check the year. The age does not seem right.',
  'errors.notAnOption': 'Choose one of the options.',
  'errors.unknownField':
    'The form contained something we do not recognise. Reload the page and try again.',
  'errors.contactRequired': 'Enter a phone number or an email address so that we can contact you.',
  'errors.notAllowedHere':
    'You do not need to answer this question. Remove the answer and try again.',
  'errors.unknownService':
    'We cannot find the service you chose. Go back and choose a service again.',
  'errors.invalidBody': 'Something went wrong when the referral was sent. Please try again.',
  'errors.tooManySubmissions':
    'Many referrals have come in within a short time. Please wait a while and then try again.',

  'errors.required.referrerKind': 'Choose who is making the referral.',
  'errors.required.referrerName': 'Enter your own name.',
  'errors.required.referrerOrganisation': 'Enter where you work.',
  'errors.required.referrerPhone': 'Enter your phone number.',
  'errors.required.referrerEmail': 'Enter your email address.',
  'errors.required.name': 'Enter your name.',
  'errors.required.phone': 'Enter your phone number.',
  'errors.required.email': 'Enter your email address.',
  'errors.required.contactChannels': 'Choose how we can contact you.',
  'errors.required.bestTimeToContact': 'Tell us when it suits you best that we get in touch.',
  'errors.required.dateOfBirth': 'Enter your date of birth.',
  'errors.required.age': 'Enter how old you are.',
  'errors.required.gender': 'Choose an answer about gender. You can choose “Prefer not to say”.',
  'errors.required.municipality': 'Choose the municipality you live in.',
  'errors.required.goals': 'Choose whether you want to work, study or both.',
  'errors.required.careContacts': 'Choose which care you are in contact with, or “None of these”.',
  'errors.required.consentToCollaboration': 'Answer yes or no to the question about consent.',
  'errors.required.preferredLanguage': 'Enter the language you want to speak.',
  'errors.required.interpreterNeeded': 'Answer yes or no to the question about an interpreter.',
  'errors.required.message': 'Write a message.',
  'errors.required.heardFrom': 'Choose how you heard about us.',
  'errors.required.emailConfirmation': 'Answer yes or no: do you want a confirmation by email?',

  'eligibility.overall.fits': 'The service seems to suit you. You are welcome to send a referral.',
  'eligibility.overall.mayNotFit':
    'The service may not suit you right now. You can still send a referral – we will help you find the right support.',
  'eligibility.overall.needsMoreInfo':
    'We need to know a little more to see if the service suits you. You can still send a referral, and we will talk about it.',
  'eligibility.age.met': 'Your age suits the service.',
  'eligibility.age.notInRange':
    'The service is for people aged {min}–{max}. You can still send a referral – we will help you find the right support.',
  'eligibility.age.belowMin':
    'The service is for people aged {min} or older. You can still send a referral – we will help you find the right support.',
  'eligibility.age.aboveMax':
    'The service is for people aged {max} or younger. You can still send a referral – we will help you find the right support.',
  'eligibility.age.unknown':
    'Enter your date of birth so we can see if your age suits the service.',
  'eligibility.residence.met': 'The service is available in the municipality where you live.',
  'eligibility.residence.notMet':
    'The service is for people who live in {municipalities}. You can still send a referral – we will help you find support where you live.',
  'eligibility.residence.unknown':
    'Choose the municipality you live in so we can see if the service is available there.',
  'eligibility.careContact.met':
    'You are in contact with care services. Your coach can work together with them.',
  'eligibility.careContact.notMet':
    'The service is for people in contact with care, for example psychiatry or a health centre. You can still send a referral – we will help you further.',
  'eligibility.careContact.unknown':
    'Tell us if you are in contact with care services so we can see if the service suits you.',
  'eligibility.consent.met':
    'You have agreed that your coach and your care providers may talk to each other.',
  'eligibility.consent.notMet':
    'In this service your coach works together with your care providers. That needs your consent. You can still send a referral and ask us more about it.',
  'eligibility.consent.unknown':
    'Answer the question about consent so we can see if the service suits you.',
  'eligibility.goal.met': 'The service suits what you want to do.',
  'eligibility.goal.notMetWork':
    'The service is for people who want to start working. You can still send a referral – we will help you find the right support.',
  'eligibility.goal.notMetStudies':
    'The service is for people who want to start or finish studies. You can still send a referral – we will help you find the right support.',
  'eligibility.goal.notMet':
    'The service is for people who want to work or study. You can still send a referral – we will help you find the right support.',
  'eligibility.goal.unknown':
    'Tell us if you want to work or study so we can see if the service suits you.',
  'eligibility.question.met': 'Your answer suits the service.',
  'eligibility.question.notMet':
    'Your answer shows that the service may not suit you right now. You can still send a referral – we will help you find the right support.',
  'eligibility.question.unknown': 'Answer the question so we can see if the service suits you.',

  'fields.referrerKind': 'Who is making the referral?',
  'fields.referrerName': 'Your name',
  'fields.referrerOrganisation': 'Where do you work?',
  'fields.referrerPhone': 'Your phone number',
  'fields.referrerEmail': 'Your email address',
  'fields.name': 'Name',
  'fields.phone': 'Phone number',
  'fields.email': 'Email address',
  'fields.contactChannels': 'How do you want us to contact you?',
  'fields.bestTimeToContact': 'When is the best time for us to get in touch?',
  'fields.dateOfBirth': 'Date of birth',
  'fields.age': 'Age',
  'fields.gender': 'Gender',
  'fields.municipality': 'Which municipality do you live in?',
  'fields.goals': 'What do you want support with?',
  'fields.careContacts': 'Which care are you in contact with?',
  'fields.consentToCollaboration':
    'May your coach and your care providers talk to each other about your support?',
  'fields.preferredLanguage': 'Which language do you want to speak?',
  'fields.interpreterNeeded': 'Do you need an interpreter?',
  'fields.message': 'Is there anything else you want to tell us?',
  'fields.heardFrom': 'How did you hear about us?',
  'fields.emailConfirmation': 'Do you want a confirmation by email?',

  'options.referrerKind.self': 'I am referring myself',
  'options.referrerKind.relative': 'I am a relative',
  'options.referrerKind.professional': 'I am referring someone through my work',
  'options.contactChannels.phone': 'Phone call',
  'options.contactChannels.sms': 'Text message',
  'options.contactChannels.email': 'Email',
  'options.gender.woman': 'Woman',
  'options.gender.man': 'Man',
  'options.gender.other': 'Other gender identity',
  'options.gender.notStated': 'Prefer not to say',
  'options.municipality.other': 'Another municipality',
  'options.goals.work': 'Getting a job',
  'options.goals.studies': 'Studying',
  'options.careContacts.psychiatry': 'Psychiatry',
  'options.careContacts.primaryCare': 'Health centre (vårdcentral)',
  'options.careContacts.habilitation': 'Habilitation services',
  'options.careContacts.socialPsychiatry': 'The municipality’s social psychiatry',
  'options.careContacts.none': 'None of these',
  'options.heardFrom.psychiatry': 'Psychiatry',
  'options.heardFrom.primaryCare': 'A health centre',
  'options.heardFrom.socialServices': 'Social services',
  'options.heardFrom.fk': 'The Social Insurance Agency (Försäkringskassan)',
  'options.heardFrom.af': 'The Public Employment Service (Arbetsförmedlingen)',
  'options.heardFrom.school': 'School',
  'options.heardFrom.friendOrFamily': 'A friend or family member',
  'options.heardFrom.socialMedia': 'Social media',
  'options.heardFrom.event': 'A meeting or information event',
  'options.heardFrom.web': 'The web',
  'options.heardFrom.other': 'Somewhere else',
  'options.yesNo.yes': 'Yes',
  'options.yesNo.no': 'No',

  'confirmation.subject': 'We have received your referral {reference}',
  'confirmation.intro': 'Thank you for your referral to {service}. We have received it.',
  'confirmation.reference': 'Your reference number: {reference}',
  'confirmation.referenceNote':
    'Keep this number. Tell us the number when you contact us, so that we can find your referral.',
  'confirmation.nextTitle': 'What happens next',
  'confirmation.nextContact':
    'Within {days} days someone from our intake team gets in touch with you, the way you chose. You talk about what you want and which support suits you.',
  'confirmation.nextQueue':
    'Then you get a place in the queue. Our website shows the current waiting time.',
  'confirmation.questions': 'Any questions?',
  'confirmation.phone': 'Phone: {phone}',
  'confirmation.email': 'Email: {email}',
  ...statusPageTexts.en,
  ...residentUpdateTexts.en,
}
