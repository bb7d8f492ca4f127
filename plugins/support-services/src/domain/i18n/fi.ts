import type { Catalog } from '../messages'

import { residentUpdateTexts } from './residentUpdates'
import { statusPageTexts } from './statusPage'

/**
 * Finnish: plain yleiskieli, the resident spoken to as "sinä", as in the Swedish. Swedish agency
 * names are kept in brackets so people recognise them. Awaiting review by a native speaker
 * (`localeInfo.fi.awaitingReview`).
 */
export const fi: Catalog = {
  'errors.required': 'Vastaa kysymykseen.',
  'errors.invalidType': 'Emme saaneet vastauksesta selvää. Vastaa kysymykseen uudelleen.',
  'errors.tooShort': 'Kirjoita vähintään {min} merkkiä.',
  'errors.tooLong': 'Teksti on liian pitkä. Kirjoita enintään {max} merkkiä.',
  'errors.invalidEmail': 'Kirjoita sähköpostiosoite näin: nimi@example.se',
  'errors.invalidPhone':
    'Kirjoita puhelinnumero, jossa on 7–15 numeroa, esimerkiksi 070-123 45 67.',
  'errors.invalidDate':
    'Kirjoita päivämäärä muodossa vuosi-kuukausi-päivä, esimerkiksi 1990-05-31.',
  'errors.dateInFuture': 'Päivämäärä on tulevaisuudessa. Tarkista vuosi.',
  'errors.implausibleAge': 'Tarkista vuosi. Ikä ei näytä oikealta.',
  'errors.notAnOption': 'Valitse yksi vaihtoehdoista.',
  'errors.unknownField':
    'Lomakkeessa oli tieto, jota emme tunnista. Lataa sivu uudelleen ja yritä uudelleen.',
  'errors.contactRequired':
    'Kirjoita puhelinnumero tai sähköpostiosoite, jotta voimme ottaa sinuun yhteyttä.',
  'errors.notAllowedHere':
    'Sinun ei tarvitse vastata tähän kysymykseen. Poista vastaus ja yritä uudelleen.',
  'errors.unknownService':
    'Emme löydä valitsemaasi tukea. Palaa takaisin ja valitse tuki uudelleen.',
  'errors.invalidBody': 'Jokin meni vikaan, kun ilmoitus lähetettiin. Yritä uudelleen.',
  'errors.tooManySubmissions':
    'Lyhyessä ajassa on tullut paljon ilmoituksia. Odota hetki ja yritä sitten uudelleen.',

  'errors.required.referrerKind': 'Valitse, kuka tekee ilmoituksen.',
  'errors.required.referrerName': 'Kirjoita oma nimesi.',
  'errors.required.referrerOrganisation': 'Kirjoita, missä työskentelet.',
  'errors.required.referrerPhone': 'Kirjoita puhelinnumerosi.',
  'errors.required.referrerEmail': 'Kirjoita sähköpostiosoitteesi.',
  'errors.required.name': 'Kirjoita nimesi.',
  'errors.required.phone': 'Kirjoita puhelinnumerosi.',
  'errors.required.email': 'Kirjoita sähköpostiosoitteesi.',
  'errors.required.contactChannels': 'Valitse, miten voimme ottaa sinuun yhteyttä.',
  'errors.required.bestTimeToContact':
    'Kirjoita, milloin sinulle sopii parhaiten, että otamme yhteyttä.',
  'errors.required.dateOfBirth': 'Kirjoita syntymäaikasi.',
  'errors.required.age': 'Kirjoita ikäsi.',
  'errors.required.gender': 'Valitse vastaus sukupuolesta. Voit valita ”En halua vastata”.',
  'errors.required.municipality': 'Valitse kunta, jossa asut.',
  'errors.required.goals': 'Valitse, haluatko tehdä töitä, opiskella vai molempia.',
  'errors.required.careContacts':
    'Valitse, minkä hoitotahon kanssa olet yhteydessä, tai ”Ei mikään näistä”.',
  'errors.required.consentToCollaboration': 'Vastaa kyllä tai ei kysymykseen suostumuksesta.',
  'errors.required.preferredLanguage': 'Kirjoita kieli, jolla haluat puhua.',
  'errors.required.interpreterNeeded': 'Vastaa kyllä tai ei kysymykseen tulkista.',
  'errors.required.message': 'Kirjoita viesti.',
  'errors.required.heardFrom': 'Valitse, mistä kuulit meistä.',
  'errors.required.emailConfirmation': 'Vastaa kyllä tai ei: haluatko vahvistuksen sähköpostiin?',

  'eligibility.overall.fits':
    'Tuki näyttää sopivan sinulle. Olet tervetullut tekemään ilmoituksen.',
  'eligibility.overall.mayNotFit':
    'Tuki ei ehkä sovi sinulle juuri nyt. Voit silti lähettää ilmoituksen – autamme sinua löytämään oikean tuen.',
  'eligibility.overall.needsMoreInfo':
    'Tarvitsemme vähän lisää tietoa nähdäksemme, sopiiko tuki sinulle. Voit silti lähettää ilmoituksen, ja puhumme asiasta yhdessä.',
  'eligibility.age.met': 'Ikäsi sopii tukeen.',
  'eligibility.age.notInRange':
    'Tuki on {min}–{max}-vuotiaille. Voit silti lähettää ilmoituksen – autamme sinua löytämään oikean tuen.',
  'eligibility.age.belowMin':
    'Tuki on vähintään {min}-vuotiaille. Voit silti lähettää ilmoituksen – autamme sinua löytämään oikean tuen.',
  'eligibility.age.aboveMax':
    'Tuki on enintään {max}-vuotiaille. Voit silti lähettää ilmoituksen – autamme sinua löytämään oikean tuen.',
  'eligibility.age.unknown': 'Kirjoita syntymäaikasi, jotta näemme, sopiiko ikäsi tukeen.',
  'eligibility.residence.met': 'Tukea on saatavilla kunnassa, jossa asut.',
  'eligibility.residence.notMet':
    'Tuki on niille, jotka asuvat kunnassa {municipalities}. Voit silti lähettää ilmoituksen – autamme sinua löytämään tukea siellä, missä asut.',
  'eligibility.residence.unknown':
    'Valitse kunta, jossa asut, jotta näemme, onko tukea saatavilla siellä.',
  'eligibility.careContact.met':
    'Olet yhteydessä hoitoon. Valmentajasi voi tehdä yhteistyötä heidän kanssaan.',
  'eligibility.careContact.notMet':
    'Tuki on niille, jotka ovat yhteydessä hoitoon, esimerkiksi psykiatriaan tai terveyskeskukseen. Voit silti lähettää ilmoituksen – autamme sinua eteenpäin.',
  'eligibility.careContact.unknown':
    'Kerro, oletko yhteydessä hoitoon, jotta näemme, sopiiko tuki sinulle.',
  'eligibility.consent.met':
    'Olet antanut luvan siihen, että valmentajasi ja hoitotahosi saavat puhua keskenään.',
  'eligibility.consent.notMet':
    'Tässä tuessa valmentajasi tekee yhteistyötä hoitotahosi kanssa. Siihen tarvitaan suostumuksesi. Voit silti lähettää ilmoituksen ja kysyä meiltä lisää.',
  'eligibility.consent.unknown':
    'Vastaa kysymykseen suostumuksesta, jotta näemme, sopiiko tuki sinulle.',
  'eligibility.goal.met': 'Tuki sopii siihen, mitä haluat tehdä.',
  'eligibility.goal.notMetWork':
    'Tuki on niille, jotka haluavat aloittaa työt. Voit silti lähettää ilmoituksen – autamme sinua löytämään oikean tuen.',
  'eligibility.goal.notMetStudies':
    'Tuki on niille, jotka haluavat aloittaa tai saada päätökseen opinnot. Voit silti lähettää ilmoituksen – autamme sinua löytämään oikean tuen.',
  'eligibility.goal.notMet':
    'Tuki on niille, jotka haluavat tehdä töitä tai opiskella. Voit silti lähettää ilmoituksen – autamme sinua löytämään oikean tuen.',
  'eligibility.goal.unknown':
    'Kerro, haluatko tehdä töitä vai opiskella, jotta näemme, sopiiko tuki sinulle.',
  'eligibility.question.met': 'Vastauksesi sopii tukeen.',
  'eligibility.question.notMet':
    'Vastauksesi mukaan tuki ei ehkä sovi sinulle juuri nyt. Voit silti lähettää ilmoituksen – autamme sinua löytämään oikean tuen.',
  'eligibility.question.unknown': 'Vastaa kysymykseen, jotta näemme, sopiiko tuki sinulle.',

  'fields.referrerKind': 'Kuka tekee ilmoituksen?',
  'fields.referrerName': 'Nimesi',
  'fields.referrerOrganisation': 'Missä työskentelet?',
  'fields.referrerPhone': 'Puhelinnumerosi',
  'fields.referrerEmail': 'Sähköpostiosoitteesi',
  'fields.name': 'Nimi',
  'fields.phone': 'Puhelinnumero',
  'fields.email': 'Sähköpostiosoite',
  'fields.contactChannels': 'Miten haluat, että otamme sinuun yhteyttä?',
  'fields.bestTimeToContact': 'Milloin sinulle sopii parhaiten, että otamme yhteyttä?',
  'fields.dateOfBirth': 'Syntymäaika',
  'fields.age': 'Ikä',
  'fields.gender': 'Sukupuoli',
  'fields.municipality': 'Missä kunnassa asut?',
  'fields.goals': 'Mihin haluat tukea?',
  'fields.careContacts': 'Minkä hoitotahon kanssa olet yhteydessä?',
  'fields.consentToCollaboration': 'Saavatko valmentajasi ja hoitotahosi puhua keskenään tuestasi?',
  'fields.preferredLanguage': 'Millä kielellä haluat puhua?',
  'fields.interpreterNeeded': 'Tarvitsetko tulkkia?',
  'fields.message': 'Haluatko kertoa meille vielä jotain?',
  'fields.heardFrom': 'Mistä kuulit meistä?',
  'fields.emailConfirmation': 'Haluatko vahvistuksen sähköpostiin?',

  'options.referrerKind.self': 'Teen ilmoituksen itsestäni',
  'options.referrerKind.relative': 'Olen läheinen',
  'options.referrerKind.professional': 'Teen ilmoituksen työni kautta',
  'options.contactChannels.phone': 'Puhelu',
  'options.contactChannels.sms': 'Tekstiviesti',
  'options.contactChannels.email': 'Sähköposti',
  'options.gender.woman': 'Nainen',
  'options.gender.man': 'Mies',
  'options.gender.other': 'Muu sukupuoli-identiteetti',
  'options.gender.notStated': 'En halua vastata',
  'options.municipality.other': 'Muu kunta',
  'options.goals.work': 'Työpaikan saaminen',
  'options.goals.studies': 'Opiskelu',
  'options.careContacts.psychiatry': 'Psykiatria',
  'options.careContacts.primaryCare': 'Terveyskeskus (vårdcentral)',
  'options.careContacts.habilitation': 'Habilitaatio (habilitering)',
  'options.careContacts.socialPsychiatry': 'Kunnan sosiaalipsykiatria',
  'options.careContacts.none': 'Ei mikään näistä',
  'options.heardFrom.psychiatry': 'Psykiatria',
  'options.heardFrom.primaryCare': 'Terveyskeskus',
  'options.heardFrom.socialServices': 'Sosiaalipalvelut',
  'options.heardFrom.fk': 'Vakuutuskassa (Försäkringskassan)',
  'options.heardFrom.af': 'Työnvälitys (Arbetsförmedlingen)',
  'options.heardFrom.school': 'Koulu',
  'options.heardFrom.friendOrFamily': 'Ystävä tai perheenjäsen',
  'options.heardFrom.socialMedia': 'Sosiaalinen media',
  'options.heardFrom.event': 'Tapaaminen tai infotilaisuus',
  'options.heardFrom.web': 'Internet',
  'options.heardFrom.other': 'Jostain muualta',
  'options.yesNo.yes': 'Kyllä',
  'options.yesNo.no': 'Ei',

  'confirmation.subject': 'Olemme vastaanottaneet ilmoituksesi {reference}',
  'confirmation.intro': 'Kiitos ilmoituksestasi tukeen {service}. Olemme vastaanottaneet sen.',
  'confirmation.reference': 'Viitenumerosi: {reference}',
  'confirmation.referenceNote':
    'Säilytä tämä numero. Kerro numero, kun otat meihin yhteyttä, niin löydämme ilmoituksesi.',
  'confirmation.nextTitle': 'Mitä seuraavaksi tapahtuu',
  'confirmation.nextContact':
    '{days} päivän kuluessa joku vastaanottotiimistämme ottaa sinuun yhteyttä valitsemallasi tavalla. Puhutte siitä, mitä haluat ja mikä tuki sopii sinulle.',
  'confirmation.nextQueue':
    'Sen jälkeen saat paikan jonossa. Verkkosivuillamme näet tämänhetkisen odotusajan.',
  'confirmation.questions': 'Onko sinulla kysyttävää?',
  'confirmation.phone': 'Puhelin: {phone}',
  'confirmation.email': 'Sähköposti: {email}',
  ...statusPageTexts.fi,
  ...residentUpdateTexts.fi,
}
