import { translator } from './translator'

/** Strings of the "Is this for me?" check (passar-det-mig). */
export const t = translator({
  sv: {
    title: 'Passar stödet mig?',
    startIntro:
      'Svara på några frågor, så ser du vilket stöd som kan passa dig. Det tar ungefär två minuter.',
    startSkip: 'Du kan hoppa över en fråga om du inte vill svara.',
    startNeverBlock:
      'Du kan alltid göra en anmälan, även om svaret blir att stödet kanske inte passar.',
    notSaved: 'Vi sparar inte dina svar.',
    start: 'Börja',
    progress: 'Fråga {n} av {total}',
    continue: 'Fortsätt',
    skip: 'Hoppa över frågan',
    back: 'Tillbaka',
    errorSummary: 'Det finns ett problem',
    errorPrefix: 'Fel:',

    'question.age': 'Hur gammal är du?',
    'hint.age': 'Stöden är för personer i vissa åldrar.',
    'label.age': 'Ålder i år',
    'question.municipality': 'Vilken kommun bor du i?',
    'hint.municipality': 'Välj kommunen där du är folkbokförd.',
    'question.goal': 'Vad vill du ha stöd med?',
    'question.careContacts': 'Har du kontakt med någon av de här?',
    'hint.careContacts': 'Välj alla som stämmer.',
    'question.consent': 'Får din coach och din vård prata med varandra om ditt stöd?',
    'hint.consent':
      'I stödet samarbetar din coach med din vård, till exempel psykiatrin. Det får de bara göra om du säger ja. Du kan ändra dig senare.',
    or: 'eller',
    'option.goal.work': 'Att arbeta',
    'option.goal.studies': 'Att studera',
    'option.goal.both': 'Både arbete och studier',
    'option.goal.unknown': 'Jag vet inte än',
    'option.yes': 'Ja',
    'option.no': 'Nej',
    'option.unknown': 'Vet inte',

    'error.required.age':
      'Skriv hur gammal du är. Om du inte vill svara väljer du ”Hoppa över frågan”.',
    'error.required.municipality':
      'Välj kommunen där du bor. Om du inte vill svara väljer du ”Hoppa över frågan”.',
    'error.required.goal':
      'Välj vad du vill ha stöd med. Om du inte vill svara väljer du ”Hoppa över frågan”.',
    'error.required.careContacts':
      'Välj den vård du har kontakt med, eller ”Ingen av dessa”. Om du inte vill svara väljer du ”Hoppa över frågan”.',
    'error.required.choice':
      'Välj ja, nej eller vet inte. Om du inte vill svara väljer du ”Hoppa över frågan”.',
    'error.notANumber': 'Skriv din ålder med siffror, till exempel 34.',
    'error.implausibleAge': 'Kontrollera åldern. Skriv hur många år du är, till exempel 34.',
    'error.notAnOption': 'Välj ett av alternativen.',
    'error.noneAndOthers': 'Välj antingen den vård du har kontakt med, eller ”Ingen av dessa”.',

    resultTitle: 'Stöd som kan passa dig',
    resultIntro:
      'Här ser du hur dina svar stämmer med varje stöd. Det stöd som passar bäst står först.',
    resultNeverBlock:
      'Du kan alltid göra en anmälan, även om något inte stämmer. Då hjälper vi dig att hitta rätt stöd.',
    resultNotSaved:
      'Vi har inte sparat dina svar. När du gör en anmälan svarar du på frågorna igen.',
    'verdict.fits': 'Verkar passa dig',
    'verdict.needsMoreInfo': 'Vi behöver veta mer',
    'verdict.mayNotFit': 'Passar kanske inte just nu',
    'status.met': 'Stämmer',
    'status.notMet': 'Stämmer inte',
    'status.unknown': 'Vet inte än',
    yourAnswers: 'Så stämmer dina svar',
    'criterion.age': 'Ålder',
    'criterion.residence': 'Kommun',
    'criterion.careContact': 'Kontakt med vården',
    'criterion.consent': 'Samarbete med vården',
    'criterion.goal': 'Arbete eller studier',
    callService: 'Har du frågor? Ring {phone}.',
    noServices: 'Det finns inga stöd att anmäla sig till just nu.',
    alternativesTitle: 'Annat stöd som kan hjälpa dig',
    alternativesIntro: 'Inget av stöden passar helt just nu. Här finns andra som kan hjälpa dig.',
    callUsTitle: 'Ring oss',
    callUs:
      'Du kan också ringa oss. Vi hjälper dig att hitta rätt stöd, även om det finns någon annanstans.',
    changeAnswers: 'Ändra dina svar',
    startAgain: 'Börja om',
    'redirect.ungIntro': 'Ung Intro',
    'redirect.ungIntro.text': 'Kommunen hjälper unga att komma vidare till arbete eller studier.',
    'redirect.adultEducation': 'Komvux och Lärvux',
    'redirect.adultEducation.text':
      'Komvux är kommunens utbildning för vuxna, och Lärvux är för dig med intellektuell funktionsnedsättning.',
    'redirect.employmentService': 'Arbetsförmedlingen',
    'redirect.employmentService.text':
      'Arbetsförmedlingen hjälper dig att söka arbete och kan berätta om arbete med lönestöd.',
    'redirect.workTraining': 'Arbetsträning och skyddat arbete (OSA)',
    'redirect.workTraining.text':
      'Kommunen kan erbjuda arbetsträning eller skyddat arbete, där du provar att arbeta i din egen takt.',
    'redirect.socialInsurance': 'Försäkringskassan',
    'redirect.socialInsurance.text':
      'Försäkringskassan svarar på frågor om pengar när du är sjuk eller har en funktionsnedsättning.',
    'redirect.socialServices': 'Socialtjänsten',
    'redirect.socialServices.text':
      'Socialtjänsten i kommunen kan ge dig stöd i vardagen, till exempel boendestöd.',
    'redirect.care': 'Vården',
    'redirect.care.text':
      'Vårdcentralen kan hjälpa dig om du mår dåligt, och på 1177 får du råd om vart du ska vända dig.',
  },
  lattlast: {
    startIntro: 'Svara på några frågor. Då ser du vilket stöd som kan passa dig. Det går fort.',
    startSkip: 'Du behöver inte svara på alla frågor.',
    startNeverBlock: 'Du kan alltid skicka en anmälan. Även om stödet kanske inte passar.',
    'hint.municipality': 'Välj kommunen där du bor.',
    'question.careContacts': 'Träffar du någon av de här?',
    'question.consent': 'Får din coach prata med din vård?',
    'hint.consent':
      'Din coach vill prata med din vård, till exempel psykiatrin. Det får coachen bara göra om du säger ja. Du kan ändra dig sedan.',
    'option.goal.work': 'Jobba',
    'option.goal.studies': 'Studera',
    'option.goal.both': 'Både jobba och studera',
    'error.required.age': 'Skriv hur gammal du är. Du kan också välja ”Hoppa över frågan”.',
    'error.required.municipality':
      'Välj kommunen där du bor. Du kan också välja ”Hoppa över frågan”.',
    'error.required.goal': 'Välj vad du vill göra. Du kan också välja ”Hoppa över frågan”.',
    'error.required.careContacts':
      'Välj vilka du träffar. Eller välj ”Ingen av dessa”. Du kan också välja ”Hoppa över frågan”.',
    'error.required.choice': 'Välj ja, nej eller vet inte. Du kan också välja ”Hoppa över frågan”.',
    'error.noneAndOthers': 'Välj vilka du träffar. Eller välj bara ”Ingen av dessa”.',
    resultIntro: 'Här ser du om stöden passar dig. Det stöd som passar bäst står först.',
    resultNeverBlock:
      'Du kan alltid skicka en anmälan. Även om något inte stämmer. Vi hjälper dig att hitta rätt stöd.',
    resultNotSaved:
      'Vi sparar inte dina svar. När du skickar en anmälan får du svara på frågorna igen.',
    'verdict.fits': 'Passar nog dig',
    'verdict.needsMoreInfo': 'Vi vet inte än',
    'verdict.mayNotFit': 'Passar kanske inte nu',
    'criterion.careContact': 'Vården',
    'criterion.consent': 'Coachen och vården',
    'criterion.goal': 'Jobb eller studier',
    alternativesIntro: 'Inget stöd passar helt just nu. Här är andra som kan hjälpa dig.',
    callUs: 'Du kan också ringa oss. Vi hjälper dig att hitta rätt stöd.',
    'redirect.ungIntro.text': 'Hjälp för unga som vill jobba eller studera.',
    'redirect.adultEducation.text':
      'Här kan vuxna studera. Lärvux är för dig med intellektuell funktionsnedsättning.',
    'redirect.employmentService.text': 'De hjälper dig att söka jobb.',
    'redirect.workTraining': 'Arbetsträning och skyddat arbete',
    'redirect.workTraining.text': 'Du får prova att jobba i din egen takt.',
    'redirect.socialInsurance.text': 'De svarar på frågor om pengar när du är sjuk.',
    'redirect.socialServices.text': 'De kan hjälpa dig i vardagen.',
    'redirect.care.text': 'Mår du dåligt? Gå till vårdcentralen. Du kan också ringa 1177.',
  },
  en: {
    title: 'Is this support for me?',
    startIntro:
      'Answer a few questions to see which support could suit you. It takes about two minutes.',
    startSkip: 'You can skip any question you do not want to answer.',
    startNeverBlock:
      'You can always send a referral, even if the answer is that the support may not suit you.',
    notSaved: 'We do not save your answers.',
    start: 'Start',
    progress: 'Question {n} of {total}',
    continue: 'Continue',
    skip: 'Skip this question',
    back: 'Back',
    errorSummary: 'There is a problem',
    errorPrefix: 'Error:',

    'question.age': 'How old are you?',
    'hint.age': 'The services are for people of certain ages.',
    'label.age': 'Age in years',
    'question.municipality': 'Which municipality do you live in?',
    'hint.municipality':
      'Choose the municipality where you are registered as living (folkbokförd).',
    'question.goal': 'What do you want support with?',
    'question.careContacts': 'Are you in contact with any of these?',
    'hint.careContacts': 'Select all that apply.',
    'question.consent':
      'May your coach and your care providers talk to each other about your support?',
    'hint.consent':
      'In this support, your coach works together with your care providers, for example psychiatry. They may only do so if you say yes. You can change your mind later.',
    or: 'or',
    'option.goal.work': 'Working',
    'option.goal.studies': 'Studying',
    'option.goal.both': 'Both work and studies',
    'option.goal.unknown': 'I do not know yet',
    'option.yes': 'Yes',
    'option.no': 'No',
    'option.unknown': 'I do not know',

    'error.required.age':
      'Enter how old you are. If you do not want to answer, choose “Skip this question”.',
    'error.required.municipality':
      'Choose the municipality you live in. If you do not want to answer, choose “Skip this question”.',
    'error.required.goal':
      'Choose what you want support with. If you do not want to answer, choose “Skip this question”.',
    'error.required.careContacts':
      'Select the care you are in contact with, or “None of these”. If you do not want to answer, choose “Skip this question”.',
    'error.required.choice':
      'Choose yes, no or I do not know. If you do not want to answer, choose “Skip this question”.',
    'error.notANumber': 'Enter your age in numbers, for example 34.',
    'error.implausibleAge': 'Check your age. Enter how many years old you are, for example 34.',
    'error.notAnOption': 'Choose one of the options.',
    'error.noneAndOthers': 'Select either the care you are in contact with, or “None of these”.',

    resultTitle: 'Support that could suit you',
    resultIntro: 'Here you can see how your answers match each service. The best fit comes first.',
    resultNeverBlock:
      'You can always send a referral, even if something does not match. We will then help you find the right support.',
    resultNotSaved:
      'We have not saved your answers. When you send a referral, you answer the questions again.',
    'verdict.fits': 'Seems to suit you',
    'verdict.needsMoreInfo': 'We need to know more',
    'verdict.mayNotFit': 'May not suit you right now',
    'status.met': 'Matches',
    'status.notMet': 'Does not match',
    'status.unknown': 'Not known yet',
    yourAnswers: 'How your answers match',
    'criterion.age': 'Age',
    'criterion.residence': 'Municipality',
    'criterion.careContact': 'Contact with care',
    'criterion.consent': 'Working with your care',
    'criterion.goal': 'Work or studies',
    callService: 'Questions? Call {phone}.',
    noServices: 'There are no services to refer yourself to right now.',
    alternativesTitle: 'Other support that can help you',
    alternativesIntro: 'None of the services fits fully right now. These can also help you.',
    callUsTitle: 'Call us',
    callUs:
      'You can also call us. We will help you find the right support, even if it is somewhere else.',
    changeAnswers: 'Change your answers',
    startAgain: 'Start again',
    'redirect.ungIntro': 'Ung Intro',
    'redirect.ungIntro.text': 'The municipality helps young people move on to work or studies.',
    'redirect.adultEducation': 'Komvux and Lärvux',
    'redirect.adultEducation.text':
      'Komvux is the municipality’s education for adults, and Lärvux is for people with an intellectual disability.',
    'redirect.employmentService': 'Arbetsförmedlingen (the Public Employment Service)',
    'redirect.employmentService.text':
      'Arbetsförmedlingen helps you look for work and can tell you about jobs with a wage subsidy.',
    'redirect.workTraining': 'Work training and sheltered employment (OSA)',
    'redirect.workTraining.text':
      'The municipality can offer work training or sheltered employment, where you try working at your own pace.',
    'redirect.socialInsurance': 'Försäkringskassan (the Social Insurance Agency)',
    'redirect.socialInsurance.text':
      'Försäkringskassan answers questions about money when you are ill or have a disability.',
    'redirect.socialServices': 'Social services',
    'redirect.socialServices.text':
      'The municipality’s social services can support you in everyday life, for example with housing support.',
    'redirect.care': 'Health care',
    'redirect.care.text':
      'Your health centre (vårdcentral) can help if you are feeling unwell, and 1177 gives advice on where to turn.',
  },
  ar: {
    title: 'هل هذا الدعم مناسب لي؟',
    startIntro: 'أجب عن بعض الأسئلة لترى أي دعم قد يناسبك. يستغرق ذلك دقيقتين تقريباً.',
    startSkip: 'يمكنك تخطي أي سؤال لا تريد الإجابة عنه.',
    startNeverBlock: 'يمكنك دائماً إرسال طلب، حتى لو كانت النتيجة أن الدعم قد لا يناسبك.',
    notSaved: 'نحن لا نحفظ إجاباتك.',
    start: 'ابدأ',
    progress: 'السؤال {n} من {total}',
    continue: 'متابعة',
    skip: 'تخطَّ هذا السؤال',
    back: 'رجوع',
    errorSummary: 'هناك مشكلة',
    errorPrefix: 'خطأ:',

    'question.age': 'كم عمرك؟',
    'hint.age': 'هذه الخدمات مخصّصة لأشخاص في أعمار معيّنة.',
    'label.age': 'العمر بالسنوات',
    'question.municipality': 'في أي بلدية تسكن؟',
    'hint.municipality': 'اختر البلدية المسجَّل فيها سكنك (folkbokförd).',
    'question.goal': 'في أي شيء تريد الدعم؟',
    'question.careContacts': 'هل أنت على تواصل مع أيٍّ من هذه الجهات؟',
    'hint.careContacts': 'اختر كل ما ينطبق عليك.',
    'question.consent': 'هل يجوز لمدربك وجهة رعايتك الصحية أن يتحدثا مع بعضهما عن دعمك؟',
    'hint.consent':
      'في هذا الدعم يتعاون مدربك مع جهة رعايتك الصحية، مثل الطب النفسي. ولا يجوز لهما ذلك إلا إذا وافقت. يمكنك تغيير رأيك لاحقاً.',
    or: 'أو',
    'option.goal.work': 'العمل',
    'option.goal.studies': 'الدراسة',
    'option.goal.both': 'العمل والدراسة معاً',
    'option.goal.unknown': 'لا أعرف بعد',
    'option.yes': 'نعم',
    'option.no': 'لا',
    'option.unknown': 'لا أعرف',

    'error.required.age': 'اكتب عمرك. إذا كنت لا تريد الإجابة، اختر «تخطَّ هذا السؤال».',
    'error.required.municipality':
      'اختر البلدية التي تسكن فيها. إذا كنت لا تريد الإجابة، اختر «تخطَّ هذا السؤال».',
    'error.required.goal':
      'اختر ما تريد الدعم فيه. إذا كنت لا تريد الإجابة، اختر «تخطَّ هذا السؤال».',
    'error.required.careContacts':
      'اختر جهة الرعاية التي أنت على تواصل معها، أو «لا شيء مما سبق». إذا كنت لا تريد الإجابة، اختر «تخطَّ هذا السؤال».',
    'error.required.choice':
      'اختر نعم أو لا أو لا أعرف. إذا كنت لا تريد الإجابة، اختر «تخطَّ هذا السؤال».',
    'error.notANumber': 'اكتب عمرك بالأرقام، مثلاً 34.',
    'error.implausibleAge': 'تحقّق من عمرك. اكتب عدد سنوات عمرك، مثلاً 34.',
    'error.notAnOption': 'اختر أحد الخيارات.',
    'error.noneAndOthers': 'اختر إما جهة الرعاية التي أنت على تواصل معها، أو «لا شيء مما سبق».',

    resultTitle: 'الدعم الذي قد يناسبك',
    resultIntro: 'هنا ترى كيف تتوافق إجاباتك مع كل خدمة. الخدمة الأنسب تأتي أولاً.',
    resultNeverBlock:
      'يمكنك دائماً إرسال طلب، حتى لو كان هناك شيء لا يتوافق. وسنساعدك عندها في إيجاد الدعم المناسب.',
    resultNotSaved: 'لم نحفظ إجاباتك. عندما ترسل طلباً ستجيب عن الأسئلة مرة أخرى.',
    'verdict.fits': 'يبدو مناسباً لك',
    'verdict.needsMoreInfo': 'نحتاج إلى معرفة المزيد',
    'verdict.mayNotFit': 'قد لا يناسبك الآن',
    'status.met': 'يتوافق',
    'status.notMet': 'لا يتوافق',
    'status.unknown': 'غير معروف بعد',
    yourAnswers: 'كيف تتوافق إجاباتك',
    'criterion.age': 'العمر',
    'criterion.residence': 'البلدية',
    'criterion.careContact': 'التواصل مع الرعاية الصحية',
    'criterion.consent': 'التعاون مع جهة رعايتك',
    'criterion.goal': 'العمل أو الدراسة',
    callService: 'لديك أسئلة؟ اتصل على {phone}.',
    noServices: 'لا توجد خدمات يمكن التسجيل فيها الآن.',
    alternativesTitle: 'دعم آخر يمكن أن يساعدك',
    alternativesIntro: 'لا توجد خدمة تناسبك تماماً الآن. هذه الجهات يمكنها أيضاً مساعدتك.',
    callUsTitle: 'اتصل بنا',
    callUs: 'يمكنك أيضاً الاتصال بنا. سنساعدك في إيجاد الدعم المناسب، حتى لو كان في مكان آخر.',
    changeAnswers: 'غيّر إجاباتك',
    startAgain: 'ابدأ من جديد',
    'redirect.ungIntro': 'Ung Intro',
    'redirect.ungIntro.text': 'تساعد البلدية الشباب على الانتقال إلى العمل أو الدراسة.',
    'redirect.adultEducation': 'Komvux وLärvux',
    'redirect.adultEducation.text':
      'Komvux هو تعليم البلدية للبالغين، وLärvux مخصّص للأشخاص ذوي الإعاقة الذهنية.',
    'redirect.employmentService': 'مكتب العمل (Arbetsförmedlingen)',
    'redirect.employmentService.text':
      'يساعدك مكتب العمل في البحث عن عمل، ويمكنه إخبارك عن العمل بدعم للأجر.',
    'redirect.workTraining': 'التدريب على العمل والعمل المحمي (OSA)',
    'redirect.workTraining.text':
      'يمكن للبلدية أن تقدّم تدريباً على العمل أو عملاً محمياً، تجرّب فيه العمل بالوتيرة التي تناسبك.',
    'redirect.socialInsurance': 'مصلحة التأمينات الاجتماعية (Försäkringskassan)',
    'redirect.socialInsurance.text':
      'تجيب مصلحة التأمينات الاجتماعية عن أسئلة المال عندما تكون مريضاً أو لديك إعاقة.',
    'redirect.socialServices': 'الخدمات الاجتماعية (socialtjänsten)',
    'redirect.socialServices.text':
      'يمكن للخدمات الاجتماعية في البلدية أن تدعمك في حياتك اليومية، مثل الدعم في السكن.',
    'redirect.care': 'الرعاية الصحية',
    'redirect.care.text':
      'يمكن للمركز الصحي مساعدتك إذا كنت لا تشعر بخير، ويقدّم 1177 النصيحة حول الجهة التي تتوجّه إليها.',
  },
  fi: {
    title: 'Sopiiko tuki minulle?',
    startIntro:
      'Vastaa muutamaan kysymykseen, niin näet, mikä tuki voisi sopia sinulle. Se vie noin kaksi minuuttia.',
    startSkip: 'Voit ohittaa kysymykset, joihin et halua vastata.',
    startNeverBlock:
      'Voit aina lähettää ilmoituksen, vaikka vastaus olisi, ettei tuki ehkä sovi sinulle.',
    notSaved: 'Emme tallenna vastauksiasi.',
    start: 'Aloita',
    progress: 'Kysymys {n}/{total}',
    continue: 'Jatka',
    skip: 'Ohita tämä kysymys',
    back: 'Takaisin',
    errorSummary: 'Jotain pitää korjata',
    errorPrefix: 'Virhe:',

    'question.age': 'Kuinka vanha olet?',
    'hint.age': 'Tuet on tarkoitettu tietyn ikäisille.',
    'label.age': 'Ikä vuosina',
    'question.municipality': 'Missä kunnassa asut?',
    'hint.municipality': 'Valitse kunta, johon olet kirjoilla (folkbokförd).',
    'question.goal': 'Mihin haluat tukea?',
    'question.careContacts': 'Oletko yhteydessä johonkin näistä?',
    'hint.careContacts': 'Valitse kaikki, jotka sopivat.',
    'question.consent': 'Saavatko valmentajasi ja hoitotahosi puhua keskenään tuestasi?',
    'hint.consent':
      'Tässä tuessa valmentajasi tekee yhteistyötä hoitotahosi, esimerkiksi psykiatrian, kanssa. He saavat tehdä niin vain, jos sanot kyllä. Voit muuttaa mieltäsi myöhemmin.',
    or: 'tai',
    'option.goal.work': 'Työhön',
    'option.goal.studies': 'Opiskeluun',
    'option.goal.both': 'Sekä työhön että opiskeluun',
    'option.goal.unknown': 'En tiedä vielä',
    'option.yes': 'Kyllä',
    'option.no': 'Ei',
    'option.unknown': 'En tiedä',

    'error.required.age': 'Kirjoita ikäsi. Jos et halua vastata, valitse ”Ohita tämä kysymys”.',
    'error.required.municipality':
      'Valitse kunta, jossa asut. Jos et halua vastata, valitse ”Ohita tämä kysymys”.',
    'error.required.goal':
      'Valitse, mihin haluat tukea. Jos et halua vastata, valitse ”Ohita tämä kysymys”.',
    'error.required.careContacts':
      'Valitse hoitotaho, jonka kanssa olet yhteydessä, tai ”Ei mikään näistä”. Jos et halua vastata, valitse ”Ohita tämä kysymys”.',
    'error.required.choice':
      'Valitse kyllä, ei tai en tiedä. Jos et halua vastata, valitse ”Ohita tämä kysymys”.',
    'error.notANumber': 'Kirjoita ikäsi numeroina, esimerkiksi 34.',
    'error.implausibleAge': 'Tarkista ikäsi. Kirjoita, kuinka monta vuotta olet, esimerkiksi 34.',
    'error.notAnOption': 'Valitse yksi vaihtoehdoista.',
    'error.noneAndOthers':
      'Valitse joko hoitotaho, jonka kanssa olet yhteydessä, tai ”Ei mikään näistä”.',

    resultTitle: 'Tuki, joka voisi sopia sinulle',
    resultIntro:
      'Tässä näet, miten vastauksesi sopivat kuhunkin tukeen. Parhaiten sopiva on ensimmäisenä.',
    resultNeverBlock:
      'Voit aina lähettää ilmoituksen, vaikka kaikki ei täsmäisi. Autamme sinua silloin löytämään oikean tuen.',
    resultNotSaved:
      'Emme ole tallentaneet vastauksiasi. Kun lähetät ilmoituksen, vastaat kysymyksiin uudelleen.',
    'verdict.fits': 'Näyttää sopivan sinulle',
    'verdict.needsMoreInfo': 'Tarvitsemme lisää tietoa',
    'verdict.mayNotFit': 'Ei ehkä sovi sinulle juuri nyt',
    'status.met': 'Täsmää',
    'status.notMet': 'Ei täsmää',
    'status.unknown': 'Ei vielä tiedossa',
    yourAnswers: 'Miten vastauksesi sopivat',
    'criterion.age': 'Ikä',
    'criterion.residence': 'Kunta',
    'criterion.careContact': 'Yhteys hoitoon',
    'criterion.consent': 'Yhteistyö hoitotahosi kanssa',
    'criterion.goal': 'Työ tai opiskelu',
    callService: 'Kysyttävää? Soita numeroon {phone}.',
    noServices: 'Juuri nyt ei ole tukia, joihin voisit tehdä ilmoituksen.',
    alternativesTitle: 'Muuta tukea, joka voi auttaa sinua',
    alternativesIntro: 'Mikään tuista ei sovi juuri nyt täysin. Myös nämä voivat auttaa sinua.',
    callUsTitle: 'Soita meille',
    callUs:
      'Voit myös soittaa meille. Autamme sinua löytämään oikean tuen, vaikka se olisi muualla.',
    changeAnswers: 'Muuta vastauksiasi',
    startAgain: 'Aloita alusta',
    'redirect.ungIntro': 'Ung Intro',
    'redirect.ungIntro.text': 'Kunta auttaa nuoria eteenpäin työhön tai opiskeluun.',
    'redirect.adultEducation': 'Komvux ja Lärvux',
    'redirect.adultEducation.text':
      'Komvux on kunnan aikuiskoulutus, ja Lärvux on tarkoitettu niille, joilla on kehitysvamma.',
    'redirect.employmentService': 'Arbetsförmedlingen (työnvälitys)',
    'redirect.employmentService.text':
      'Arbetsförmedlingen auttaa sinua etsimään työtä ja voi kertoa palkkatuetuista työpaikoista.',
    'redirect.workTraining': 'Työharjoittelu ja suojatyö (OSA)',
    'redirect.workTraining.text':
      'Kunta voi tarjota työharjoittelua tai suojatyötä, jossa kokeilet työntekoa omaan tahtiisi.',
    'redirect.socialInsurance': 'Försäkringskassan (vakuutuskassa)',
    'redirect.socialInsurance.text':
      'Försäkringskassan vastaa kysymyksiin rahasta, kun olet sairas tai sinulla on toimintarajoite.',
    'redirect.socialServices': 'Sosiaalipalvelut',
    'redirect.socialServices.text':
      'Kunnan sosiaalipalvelut voivat tukea sinua arjessa, esimerkiksi asumisen tuella.',
    'redirect.care': 'Terveydenhuolto',
    'redirect.care.text':
      'Terveyskeskuksesi (vårdcentral) voi auttaa, jos voit huonosti, ja 1177 neuvoo, mihin voit kääntyä.',
  },
})

export type CheckKey = Parameters<typeof t>[1]
