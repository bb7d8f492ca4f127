import { htmlLang, type Locale } from '@stodportalen/support-services/domain'

import { translator } from './translator'

/** How long to wait, in words of the locale ("10 sekunder", "4 minuter"): seconds under a minute and a half, else whole minutes. */
export const waitFor = (locale: Locale, seconds: number) => {
  const [value, unit] =
    seconds < 90 ? [Math.max(1, Math.ceil(seconds)), 'second'] : [Math.ceil(seconds / 60), 'minute']
  return new Intl.NumberFormat(htmlLang(locale), {
    style: 'unit',
    unit,
    unitDisplay: 'long',
  }).format(value)
}

/** Strings of the self-referral form: question pages, check answers, confirmation. */
export const t = translator({
  sv: {
    stepOf: 'Steg {n} av {total}',
    continue: 'Fortsätt',
    back: 'Tillbaka',
    errorSummary: 'Det finns ett problem',
    errorPrefix: 'Fel',
    chooseOne: 'Välj',
    answerOnlyIf: 'Svara bara om du valde ”{answer}”.',
    charLimit: 'Du kan skriva högst {max} tecken.',
    charsLeft: 'Du har {count} tecken kvar.',
    charsOver: 'Du har skrivit {count} tecken för mycket.',
    or: 'eller',
    checkTitle: 'Kontrollera dina svar innan du skickar anmälan',
    change: 'Ändra',
    notAnswered: 'Inget svar',
    sendTitle: 'Skicka anmälan',
    sendText: 'När du skickar anmälan kommer den till intaget. Du får ett referensnummer direkt.',
    privacy: 'Så hanterar vi dina uppgifter',
    send: 'Skicka anmälan',
    tryAgain: 'Försök igen',
    unavailableTitle: 'Anmälan är inte skickad',
    unavailable:
      'Vi kunde inte skicka din anmälan just nu. Inget har försvunnit: dina svar finns kvar här. Försök igen om en minut, eller ring oss på {phone}.',
    unavailableNoPhone:
      'Vi kunde inte skicka din anmälan just nu. Inget har försvunnit: dina svar finns kvar här. Försök igen om en minut.',
    limitedTitle: 'Anmälan är inte skickad än',
    limited:
      'Många anmälningar har skickats på kort tid, så vi tar en kort paus. Dina svar finns kvar här. Vänta {wait} och tryck sedan på Skicka anmälan igen.',
    pressAgainTitle: 'Tryck på Skicka anmälan en gång till',
    pressAgain:
      'För att skydda formuläret mot datorprogram som skickar skräp behöver du trycka på Skicka anmälan en gång till. Vänta {wait} först. Dina svar finns kvar här.',
    callUs: 'Du kan också ringa oss på {phone}.',
    sending: 'Skickar anmälan …',
    honeypot: 'Lämna det här fältet tomt',
    saveLater: 'Spara och fortsätt senare',
    sharedDevice:
      'Svaren sparas bara i den här webbläsaren, inte hos oss. Använder andra samma dator? Tryck på Glöm mina svar när du är klar.',
    saved:
      'Dina svar är sparade på den här enheten till och med {date}. Öppna formuläret igen för att fortsätta.',
    notSaved:
      'Det gick inte att spara dina svar i den här webbläsaren. Fyll i formuläret på en gång, eller ring oss.',
    forget: 'Glöm mina svar',
    forgotten: 'Dina sparade svar är borttagna från den här enheten.',
    resumeTitle: 'Du har sparade svar',
    resumeText: 'Du sparade svar i det här formuläret den {date}.',
    resume: 'Fortsätt där du var',
    restart: 'Börja om',
    resumed: 'Dina sparade svar är ifyllda. Du kan fortsätta.',
    answersKept: 'Dina svar finns kvar.',
    oneGo: 'Formuläret fylls i på en gång. Dina svar kan inte sparas till senare.',
    switchLanguage: 'Byt språk utan att tappa dina svar:',
    sentTitle: 'Anmälan är skickad',
    reference: 'Ditt referensnummer',
    referenceNote: 'Spara numret. Säg numret när du kontaktar oss, så hittar vi din anmälan.',
    nextTitle: 'Vad händer nu?',
    nextContact:
      'Inom {days} dagar hör någon från intaget av sig till dig, på det sätt du valde. Ni pratar om vad du vill och vilket stöd som passar dig.',
    nextQueue: 'Sedan får du en plats i kön. Så här lång är väntetiden just nu:',
    questions: 'Har du frågor?',
    thanksTitle: 'Tack',
    thanksText: 'Vi har tagit emot dina uppgifter. Har du frågor är du välkommen att kontakta oss.',
  },
  lattlast: {
    errorSummary: 'Du behöver ändra något',
    checkTitle: 'Titta på dina svar innan du skickar',
    sendText: 'När du skickar kommer anmälan till oss. Du får ett nummer direkt.',
    unavailable:
      'Vi kunde inte skicka din anmälan nu. Dina svar finns kvar. Försök igen om en minut. Du kan också ringa oss på {phone}.',
    unavailableNoPhone:
      'Vi kunde inte skicka din anmälan nu. Dina svar finns kvar. Försök igen om en minut.',
    limitedTitle: 'Anmälan är inte skickad',
    limited:
      'Just nu kommer det många anmälningar. Dina svar finns kvar. Vänta {wait}. Tryck sedan på Skicka anmälan igen.',
    pressAgain:
      'Vänta {wait}. Tryck sedan på Skicka anmälan igen. Då vet vi att det är en människa som skickar. Dina svar finns kvar.',
    reference: 'Ditt nummer',
    referenceNote: 'Spara numret. Säg numret när du ringer oss.',
    nextContact:
      'Inom {days} dagar ringer eller skriver vi till dig. Vi pratar om vad du vill göra.',
    nextQueue: 'Sedan får du vänta i en kö. Så här länge behöver du vänta nu:',
    sharedDevice:
      'Svaren sparas bara i den här datorn eller telefonen. Använder andra samma dator? Tryck på Glöm mina svar när du är klar.',
    saved: 'Dina svar är sparade till och med {date}. Öppna formuläret igen när du vill fortsätta.',
    notSaved: 'Det gick inte att spara dina svar. Fyll i allt nu, eller ring oss.',
    forgotten: 'Dina sparade svar är borta.',
    resumeText: 'Du sparade svar den {date}.',
    resumed: 'Dina svar är ifyllda. Du kan fortsätta.',
    oneGo: 'Du behöver fylla i allt på en gång. Svaren kan inte sparas.',
    switchLanguage: 'Byt språk och behåll dina svar:',
  },
  en: {
    stepOf: 'Step {n} of {total}',
    continue: 'Continue',
    back: 'Back',
    errorSummary: 'There is a problem',
    errorPrefix: 'Error',
    chooseOne: 'Choose',
    answerOnlyIf: 'Only answer if you chose “{answer}”.',
    charLimit: 'You can write up to {max} characters.',
    charsLeft: 'You have {count} characters left.',
    charsOver: 'You have {count} characters too many.',
    or: 'or',
    checkTitle: 'Check your answers before sending your referral',
    change: 'Change',
    notAnswered: 'Not answered',
    sendTitle: 'Send your referral',
    sendText:
      'When you send the referral, it goes to our intake team. You get a reference number straight away.',
    privacy: 'How we handle your information',
    send: 'Send referral',
    tryAgain: 'Try again',
    unavailableTitle: 'Your referral has not been sent',
    unavailable:
      'We could not send your referral right now. Nothing was lost: your answers are still here. Try again in a minute, or call us at {phone}.',
    unavailableNoPhone:
      'We could not send your referral right now. Nothing was lost: your answers are still here. Try again in a minute.',
    limitedTitle: 'Your referral has not been sent yet',
    limited:
      'A great many referrals have been sent in a short time, so we are taking a short break. Your answers are still here. Wait {wait}, then press Send referral again.',
    pressAgainTitle: 'Press Send referral once more',
    pressAgain:
      'To protect the form from programs that send junk, please press Send referral once more. Wait {wait} first. Your answers are still here.',
    callUs: 'You can also call us at {phone}.',
    sending: 'Sending your referral …',
    honeypot: 'Leave this field empty',
    saveLater: 'Save and continue later',
    sharedDevice:
      'Your answers are kept in this browser only, not by us. Do others use this computer? Press Forget my answers when you are done.',
    saved: 'Your answers are saved on this device until {date}. Open the form again to continue.',
    notSaved:
      'Your answers could not be saved in this browser. Fill in the form in one go, or call us.',
    forget: 'Forget my answers',
    forgotten: 'Your saved answers have been removed from this device.',
    resumeTitle: 'You have saved answers',
    resumeText: 'You saved answers in this form on {date}.',
    resume: 'Continue where you were',
    restart: 'Start again',
    resumed: 'Your saved answers are filled in. You can continue.',
    answersKept: 'Your answers are still here.',
    oneGo: 'The form is filled in in one go. Your answers cannot be saved for later.',
    switchLanguage: 'Change language and keep your answers:',
    sentTitle: 'Referral sent',
    reference: 'Your reference number',
    referenceNote:
      'Keep this number. Tell us the number when you contact us, so that we can find your referral.',
    nextTitle: 'What happens next',
    nextContact:
      'Within {days} days someone from our intake team gets in touch with you, the way you chose. You talk about what you want and which support suits you.',
    nextQueue: 'Then you get a place in the queue. This is the waiting time right now:',
    questions: 'Any questions?',
    thanksTitle: 'Thank you',
    thanksText:
      'We have received your details. If you have any questions, you are welcome to contact us.',
  },
  ar: {
    stepOf: 'الخطوة {n} من {total}',
    continue: 'متابعة',
    back: 'رجوع',
    errorSummary: 'هناك مشكلة',
    errorPrefix: 'خطأ',
    chooseOne: 'اختر',
    answerOnlyIf: 'أجب فقط إذا اخترت «{answer}».',
    charLimit: 'يمكنك كتابة {max} حرفًا على الأكثر.',
    charsLeft: 'بقي لديك {count} حرفًا.',
    charsOver: 'كتبت {count} حرفًا أكثر من المسموح.',
    or: 'أو',
    checkTitle: 'راجع إجاباتك قبل إرسال الطلب',
    change: 'تغيير',
    notAnswered: 'لا توجد إجابة',
    sendTitle: 'أرسل الطلب',
    sendText: 'عندما ترسل الطلب يصل إلى فريق الاستقبال. تحصل على رقم مرجعي فورًا.',
    privacy: 'كيف نتعامل مع بياناتك',
    send: 'أرسل الطلب',
    tryAgain: 'حاول مرة أخرى',
    unavailableTitle: 'لم يُرسَل طلبك بعد',
    unavailable:
      'لم نتمكن من إرسال طلبك الآن. لم يضِع شيء: إجاباتك ما زالت هنا. حاول مرة أخرى بعد دقيقة، أو اتصل بنا على الرقم {phone}.',
    unavailableNoPhone:
      'لم نتمكن من إرسال طلبك الآن. لم يضِع شيء: إجاباتك ما زالت هنا. حاول مرة أخرى بعد دقيقة.',
    limitedTitle: 'لم يُرسَل طلبك بعد',
    limited:
      'أُرسلت طلبات كثيرة جدًا في وقت قصير، لذلك نتوقف قليلًا. إجاباتك ما زالت هنا. انتظر {wait} ثم اضغط على «أرسل الطلب» مرة أخرى.',
    pressAgainTitle: 'اضغط على «أرسل الطلب» مرة أخرى',
    pressAgain:
      'لحماية النموذج من البرامج التي ترسل رسائل مزعجة، اضغط على «أرسل الطلب» مرة أخرى. انتظر {wait} أولًا. إجاباتك ما زالت هنا.',
    callUs: 'يمكنك أيضًا الاتصال بنا على الرقم {phone}.',
    sending: 'جارٍ إرسال الطلب …',
    honeypot: 'اترك هذا الحقل فارغًا',
    saveLater: 'احفظ وتابع لاحقًا',
    sharedDevice:
      'تُحفَظ إجاباتك في هذا المتصفح فقط، وليس لدينا. هل يستخدم آخرون هذا الحاسوب؟ اضغط على «انسَ إجاباتي» عندما تنتهي.',
    saved: 'إجاباتك محفوظة على هذا الجهاز حتى {date}. افتح النموذج مرة أخرى للمتابعة.',
    notSaved: 'تعذّر حفظ إجاباتك في هذا المتصفح. املأ النموذج دفعة واحدة، أو اتصل بنا.',
    forget: 'انسَ إجاباتي',
    forgotten: 'حُذفت إجاباتك المحفوظة من هذا الجهاز.',
    resumeTitle: 'لديك إجابات محفوظة',
    resumeText: 'حفظت إجابات في هذا النموذج بتاريخ {date}.',
    resume: 'تابع من حيث توقفت',
    restart: 'ابدأ من جديد',
    resumed: 'مُلئت إجاباتك المحفوظة. يمكنك المتابعة.',
    answersKept: 'إجاباتك ما زالت هنا.',
    oneGo: 'يُملأ النموذج دفعة واحدة. لا يمكن حفظ إجاباتك لوقت لاحق.',
    switchLanguage: 'غيّر اللغة واحتفظ بإجاباتك:',
    sentTitle: 'تم إرسال الطلب',
    reference: 'رقمك المرجعي',
    referenceNote: 'احتفظ بهذا الرقم. اذكره عندما تتواصل معنا، حتى نجد طلبك.',
    nextTitle: 'ماذا يحدث بعد ذلك؟',
    nextContact:
      'خلال {days} أيام يتواصل معك شخص من فريق الاستقبال بالطريقة التي اخترتها. تتحدثان عمّا تريده وعن الدعم الذي يناسبك.',
    nextQueue: 'بعد ذلك تحصل على مكان في قائمة الانتظار. هذه مدة الانتظار الآن:',
    questions: 'هل لديك أسئلة؟',
    thanksTitle: 'شكرًا',
    thanksText: 'لقد استلمنا بياناتك. إذا كانت لديك أسئلة، يسعدنا أن تتواصل معنا.',
  },
  fi: {
    stepOf: 'Vaihe {n}/{total}',
    continue: 'Jatka',
    back: 'Takaisin',
    errorSummary: 'Jotain pitää korjata',
    errorPrefix: 'Virhe',
    chooseOne: 'Valitse',
    answerOnlyIf: 'Vastaa vain, jos valitsit ”{answer}”.',
    charLimit: 'Voit kirjoittaa enintään {max} merkkiä.',
    charsLeft: 'Voit kirjoittaa vielä {count} merkkiä.',
    charsOver: 'Olet kirjoittanut {count} merkkiä liikaa.',
    or: 'tai',
    checkTitle: 'Tarkista vastauksesi ennen kuin lähetät ilmoituksen',
    change: 'Muuta',
    notAnswered: 'Ei vastattu',
    sendTitle: 'Lähetä ilmoitus',
    sendText: 'Kun lähetät ilmoituksen, se menee vastaanottotiimillemme. Saat viitenumeron heti.',
    privacy: 'Näin käsittelemme tietojasi',
    send: 'Lähetä ilmoitus',
    tryAgain: 'Yritä uudelleen',
    unavailableTitle: 'Ilmoitustasi ei ole lähetetty',
    unavailable:
      'Emme voineet lähettää ilmoitustasi juuri nyt. Mitään ei kadonnut: vastauksesi ovat yhä tässä. Yritä uudelleen hetken kuluttua tai soita meille numeroon {phone}.',
    unavailableNoPhone:
      'Emme voineet lähettää ilmoitustasi juuri nyt. Mitään ei kadonnut: vastauksesi ovat yhä tässä. Yritä uudelleen hetken kuluttua.',
    limitedTitle: 'Ilmoitustasi ei ole vielä lähetetty',
    limited:
      'Lyhyessä ajassa on lähetetty hyvin paljon ilmoituksia, joten pidämme lyhyen tauon. Vastauksesi ovat yhä tässä. Odota {wait} ja paina sitten uudelleen Lähetä ilmoitus.',
    pressAgainTitle: 'Paina vielä kerran Lähetä ilmoitus',
    pressAgain:
      'Suojaamme lomaketta ohjelmilta, jotka lähettävät roskaa. Paina siksi vielä kerran Lähetä ilmoitus. Odota ensin {wait}. Vastauksesi ovat yhä tässä.',
    callUs: 'Voit myös soittaa meille numeroon {phone}.',
    sending: 'Ilmoitustasi lähetetään …',
    honeypot: 'Jätä tämä kenttä tyhjäksi',
    saveLater: 'Tallenna ja jatka myöhemmin',
    sharedDevice:
      'Vastauksesi säilyvät vain tässä selaimessa, eivät meillä. Käyttävätkö muut tätä tietokonetta? Paina Unohda vastaukseni, kun olet valmis.',
    saved:
      'Vastauksesi on tallennettu tähän laitteeseen {date} asti. Avaa lomake uudelleen jatkaaksesi.',
    notSaved:
      'Vastauksiasi ei voitu tallentaa tähän selaimeen. Täytä lomake kerralla tai soita meille.',
    forget: 'Unohda vastaukseni',
    forgotten: 'Tallennetut vastauksesi on poistettu tästä laitteesta.',
    resumeTitle: 'Sinulla on tallennettuja vastauksia',
    resumeText: 'Tallensit vastauksia tähän lomakkeeseen {date}.',
    resume: 'Jatka siitä, mihin jäit',
    restart: 'Aloita alusta',
    resumed: 'Tallennetut vastauksesi on täytetty. Voit jatkaa.',
    answersKept: 'Vastauksesi ovat yhä tässä.',
    oneGo: 'Lomake täytetään kerralla. Vastauksia ei voi tallentaa myöhempää varten.',
    switchLanguage: 'Vaihda kieltä ja säilytä vastauksesi:',
    sentTitle: 'Ilmoitus lähetetty',
    reference: 'Viitenumerosi',
    referenceNote:
      'Säilytä tämä numero. Kerro numero, kun otat meihin yhteyttä, niin löydämme ilmoituksesi.',
    nextTitle: 'Mitä seuraavaksi tapahtuu',
    nextContact:
      '{days} päivän kuluessa joku vastaanottotiimistämme ottaa sinuun yhteyttä valitsemallasi tavalla. Puhutte siitä, mitä haluat ja mikä tuki sopii sinulle.',
    nextQueue: 'Sen jälkeen saat paikan jonossa. Odotusaika on nyt tämä:',
    questions: 'Onko sinulla kysyttävää?',
    thanksTitle: 'Kiitos',
    thanksText:
      'Olemme vastaanottaneet tietosi. Jos sinulla on kysyttävää, ota meihin rohkeasti yhteyttä.',
  },
})
