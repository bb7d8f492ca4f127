import type { Catalog } from '../messages'

import { residentUpdateTexts } from './residentUpdates'
import { statusPageTexts } from './statusPage'

/** Swedish: plain and friendly, in the municipality's words (anmälan, kö, väntetid, samtycke). */
export const sv: Catalog = {
  'errors.required': 'Svara på frågan.',
  'errors.invalidType': 'Vi kunde inte läsa svaret. Svara på frågan igen.',
  'errors.tooShort': 'Skriv minst {min} tecken.',
  'errors.tooLong': 'Texten är för lång. Skriv högst {max} tecken.',
  'errors.invalidEmail': 'Skriv en e-postadress som ser ut så här: namn@exempel.se.',
  'errors.invalidPhone': 'Skriv ett telefonnummer med 7–15 siffror, till exempel 070-123 45 67.',
  'errors.invalidDate': 'Skriv datumet som år-månad-dag, till exempel 1990-05-31.',
  'errors.dateInFuture': 'Datumet ligger i framtiden. Kontrollera året.',
  'errors.implausibleAge': 'Kontrollera året. Åldern ser inte ut att stämma.',
  'errors.notAnOption': 'Välj ett av alternativen.',
  'errors.unknownField':
    'Formuläret innehöll en uppgift som vi inte känner igen. Ladda om sidan och försök igen.',
  'errors.contactRequired':
    'Skriv ett telefonnummer eller en e-postadress, så att vi kan kontakta dig.',
  'errors.notAllowedHere':
    'Du behöver inte svara på den här frågan. Ta bort svaret och försök igen.',
  'errors.unknownService': 'Vi hittar inte stödet som du valde. Gå tillbaka och välj stöd igen.',
  'errors.invalidBody': 'Något gick fel när anmälan skickades. Försök igen.',
  'errors.tooManySubmissions':
    'Många anmälningar har kommit in på kort tid. Vänta en stund och försök sedan igen.',

  'errors.required.referrerKind': 'Välj vem som gör anmälan.',
  'errors.required.referrerName': 'Skriv ditt eget namn.',
  'errors.required.referrerOrganisation': 'Skriv var du arbetar.',
  'errors.required.referrerPhone': 'Skriv ditt telefonnummer.',
  'errors.required.referrerEmail': 'Skriv din e-postadress.',
  'errors.required.name': 'Skriv ditt namn.',
  'errors.required.phone': 'Skriv ditt telefonnummer.',
  'errors.required.email': 'Skriv din e-postadress.',
  'errors.required.contactChannels': 'Välj hur vi kan kontakta dig.',
  'errors.required.bestTimeToContact': 'Skriv när det passar bäst att vi hör av oss.',
  'errors.required.dateOfBirth': 'Skriv ditt födelsedatum.',
  'errors.required.age': 'Skriv hur gammal du är.',
  'errors.required.gender': 'Välj ett svar om kön. Du kan välja ”Vill inte svara”.',
  'errors.required.municipality': 'Välj vilken kommun du bor i.',
  'errors.required.goals': 'Välj om du vill arbeta, studera eller båda.',
  'errors.required.careContacts': 'Välj vilken vård du har kontakt med, eller ”Ingen av dessa”.',
  'errors.required.consentToCollaboration': 'Svara ja eller nej på frågan om samtycke.',
  'errors.required.preferredLanguage': 'Skriv vilket språk du vill prata.',
  'errors.required.interpreterNeeded': 'Svara ja eller nej på frågan om tolk.',
  'errors.required.message': 'Skriv ett meddelande.',
  'errors.required.heardFrom': 'Välj hur du fick höra om oss.',
  'errors.required.emailConfirmation':
    'Svara ja eller nej på om du vill ha en bekräftelse via e-post.',

  'eligibility.overall.fits': 'Stödet verkar passa dig. Välkommen att skicka en anmälan.',
  'eligibility.overall.mayNotFit':
    'Stödet kanske inte passar dig just nu. Du kan ändå skicka en anmälan – vi hjälper dig att hitta rätt stöd.',
  'eligibility.overall.needsMoreInfo':
    'Vi behöver veta lite mer för att se om stödet passar dig. Du kan ändå skicka en anmälan, så pratar vi om det.',
  'eligibility.age.met': 'Din ålder passar för stödet.',
  'eligibility.age.notInRange':
    'Stödet är för dig som är {min}–{max} år. Du kan ändå skicka en anmälan – vi hjälper dig att hitta rätt stöd.',
  'eligibility.age.belowMin':
    'Stödet är för dig som är {min} år eller äldre. Du kan ändå skicka en anmälan – vi hjälper dig att hitta rätt stöd.',
  'eligibility.age.aboveMax':
    'Stödet är för dig som är högst {max} år. Du kan ändå skicka en anmälan – vi hjälper dig att hitta rätt stöd.',
  'eligibility.age.unknown': 'Skriv ditt födelsedatum, så kan vi se om åldern passar.',
  'eligibility.residence.met': 'Stödet finns i kommunen där du bor.',
  'eligibility.residence.notMet':
    'Stödet är för dig som bor i {municipalities}. Du kan ändå skicka en anmälan – vi hjälper dig att hitta stöd där du bor.',
  'eligibility.residence.unknown': 'Välj vilken kommun du bor i, så kan vi se om stödet finns där.',
  'eligibility.careContact.met': 'Du har kontakt med vården. Din coach kan samarbeta med dem.',
  'eligibility.careContact.notMet':
    'Stödet är för dig som har kontakt med vården, till exempel psykiatrin eller vårdcentralen. Du kan ändå skicka en anmälan – vi hjälper dig vidare.',
  'eligibility.careContact.unknown':
    'Berätta om du har kontakt med vården, så kan vi se om stödet passar.',
  'eligibility.consent.met':
    'Du har sagt ja till att din coach och din vård får prata med varandra.',
  'eligibility.consent.notMet':
    'I stödet samarbetar din coach med din vård. Det kräver ditt samtycke. Du kan ändå skicka en anmälan och fråga oss mer om det.',
  'eligibility.consent.unknown': 'Svara på frågan om samtycke, så kan vi se om stödet passar.',
  'eligibility.goal.met': 'Stödet passar det du vill göra.',
  'eligibility.goal.notMetWork':
    'Stödet är för dig som vill börja arbeta. Du kan ändå skicka en anmälan – vi hjälper dig att hitta rätt stöd.',
  'eligibility.goal.notMetStudies':
    'Stödet är för dig som vill börja studera eller avsluta dina studier. Du kan ändå skicka en anmälan – vi hjälper dig att hitta rätt stöd.',
  'eligibility.goal.notMet':
    'Stödet är för dig som vill arbeta eller studera. Du kan ändå skicka en anmälan – vi hjälper dig att hitta rätt stöd.',
  'eligibility.goal.unknown':
    'Berätta om du vill arbeta eller studera, så kan vi se om stödet passar.',
  'eligibility.question.met': 'Ditt svar passar stödet.',
  'eligibility.question.notMet':
    'Ditt svar visar att stödet kanske inte passar just nu. Du kan ändå skicka en anmälan – vi hjälper dig att hitta rätt stöd.',
  'eligibility.question.unknown': 'Svara på frågan, så kan vi se om stödet passar.',

  'fields.referrerKind': 'Vem gör anmälan?',
  'fields.referrerName': 'Ditt namn',
  'fields.referrerOrganisation': 'Var arbetar du?',
  'fields.referrerPhone': 'Ditt telefonnummer',
  'fields.referrerEmail': 'Din e-postadress',
  'fields.name': 'Namn',
  'fields.phone': 'Telefonnummer',
  'fields.email': 'E-postadress',
  'fields.contactChannels': 'Hur vill du att vi kontaktar dig?',
  'fields.bestTimeToContact': 'När passar det bäst att vi hör av oss?',
  'fields.dateOfBirth': 'Födelsedatum',
  'fields.age': 'Ålder',
  'fields.gender': 'Kön',
  'fields.municipality': 'Vilken kommun bor du i?',
  'fields.goals': 'Vad vill du ha stöd med?',
  'fields.careContacts': 'Vilken vård har du kontakt med?',
  'fields.consentToCollaboration': 'Får din coach och din vård prata med varandra om ditt stöd?',
  'fields.preferredLanguage': 'Vilket språk vill du prata?',
  'fields.interpreterNeeded': 'Behöver du tolk?',
  'fields.message': 'Vill du berätta något mer?',
  'fields.heardFrom': 'Hur fick du höra om oss?',
  'fields.emailConfirmation': 'Vill du få en bekräftelse via e-post?',

  'options.referrerKind.self': 'Jag anmäler mig själv',
  'options.referrerKind.relative': 'Jag är anhörig',
  'options.referrerKind.professional': 'Jag anmäler i mitt arbete',
  'options.contactChannels.phone': 'Telefonsamtal',
  'options.contactChannels.sms': 'Sms',
  'options.contactChannels.email': 'E-post',
  'options.gender.woman': 'Kvinna',
  'options.gender.man': 'Man',
  'options.gender.other': 'Annan könsidentitet',
  'options.gender.notStated': 'Vill inte svara',
  'options.municipality.other': 'Annan kommun',
  'options.goals.work': 'Att få ett arbete',
  'options.goals.studies': 'Att studera',
  'options.careContacts.psychiatry': 'Psykiatrin',
  'options.careContacts.primaryCare': 'Vårdcentralen',
  'options.careContacts.habilitation': 'Habiliteringen',
  'options.careContacts.socialPsychiatry': 'Socialpsykiatrin i kommunen',
  'options.careContacts.none': 'Ingen av dessa',
  'options.heardFrom.psychiatry': 'Psykiatrin',
  'options.heardFrom.primaryCare': 'Vårdcentralen',
  'options.heardFrom.socialServices': 'Socialtjänsten',
  'options.heardFrom.fk': 'Försäkringskassan',
  'options.heardFrom.af': 'Arbetsförmedlingen',
  'options.heardFrom.school': 'Skolan',
  'options.heardFrom.friendOrFamily': 'En vän eller någon i familjen',
  'options.heardFrom.socialMedia': 'Sociala medier',
  'options.heardFrom.event': 'En träff eller ett informationsmöte',
  'options.heardFrom.web': 'På webben',
  'options.heardFrom.other': 'På annat sätt',
  'options.yesNo.yes': 'Ja',
  'options.yesNo.no': 'Nej',

  'confirmation.subject': 'Vi har tagit emot din anmälan {reference}',
  'confirmation.intro': 'Tack för din anmälan till {service}. Vi har tagit emot den.',
  'confirmation.reference': 'Ditt referensnummer: {reference}',
  'confirmation.referenceNote':
    'Spara numret. Säg numret när du kontaktar oss, så hittar vi din anmälan.',
  'confirmation.nextTitle': 'Vad händer nu?',
  'confirmation.nextContact':
    'Inom {days} dagar hör någon från intaget av sig till dig, på det sätt du valde. Ni pratar om vad du vill och vilket stöd som passar dig.',
  'confirmation.nextQueue':
    'Sedan får du en plats i kön. Hur lång väntetiden är just nu ser du på vår webbplats.',
  'confirmation.questions': 'Har du frågor?',
  'confirmation.phone': 'Telefon: {phone}',
  'confirmation.email': 'E-post: {email}',
  ...statusPageTexts.sv,
  ...residentUpdateTexts.sv,
}
