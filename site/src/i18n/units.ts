import { translator } from './translator'

/** Strings of the find page (hitta-stod) and of the units shown on the check and service pages. */
export const t = translator({
  sv: {
    findCta: 'Hitta stöd där du bor',
    findTitle: 'Hitta stöd där du bor',
    findIntro:
      'Välj kommunen där du bor. Då ser du vem som ger stöd där, hur du kontaktar dem och hur länge du kan behöva vänta.',
    municipalityLabel: 'Kommunen där du bor',
    chooseMunicipality: 'Välj kommun',
    show: 'Visa stöd',
    errorPrefix: 'Fel:',
    'error.required': 'Välj kommunen där du bor.',
    'error.unknown': 'Vi känner inte igen kommunen. Välj kommunen där du bor i listan.',
    districtLabel: 'Vilken stadsdel bor du i?',
    districtIntro:
      'I {municipality} finns flera enheter. Vilken enhet som hjälper dig beror på stadsdelen där du bor.',
    chooseDistrict: 'Välj stadsdel',
    otherDistrict: 'Vet inte / annan',
    'error.districtRequired': 'Välj stadsdelen där du bor. Om du inte vet, välj Vet inte / annan.',
    'error.districtUnknown':
      'Vi känner inte igen stadsdelen. Välj stadsdelen där du bor i listan, eller Vet inte / annan.',
    districtTitle: 'Stöd för dig som bor i {district} i {municipality}',
    otherDistrictText:
      'Här är alla enheter i {municipality}. Ring eller skriv till någon av dem. De hjälper dig att hitta rätt.',
    servedTitle: 'Stöd för dig som bor i {municipality}',
    districts: 'Gäller dig som bor i {districts}.',
    givenBy: 'Stödet ges av {unit}.',
    contactUnit: 'Kontakta {unit}',
    unitServices: 'Stöd du kan anmäla dig till',
    noOpenServices:
      'Just nu tar enheten inte emot nya anmälningar. Ring eller skriv till dem, så berättar de vad som händer.',
    noneTitle: 'Vi har inget stöd i {municipality}',
    noneText:
      'Ingen av enheterna här tar emot personer som bor i {municipality}. Det finns annat stöd som kan hjälpa dig.',
    otherTitle: 'Stöd i andra kommuner',
    otherText:
      'Enheterna här tar bara emot personer som bor i vissa kommuner. Det finns annat stöd som kan hjälpa dig.',
    serviceArea: 'För dig som bor i {area}.',
    resultUnitTitle: 'Stöd där du bor',
    resultUnit: 'I {municipality} ges stödet av {unit}.',
    resultDistrictUnit: 'I {district} i {municipality} ges stödet av {unit}.',
    resultNoUnit: 'Ingen av enheterna här tar emot personer som bor i {municipality}.',
    resultNoUnitLink: 'Se vem som kan hjälpa dig',
    notForMunicipality:
      'Det här stödet är för dig som bor i {area}. Det gäller inte {municipality}.',
  },
  lattlast: {
    findIntro: 'Välj kommunen där du bor. Då ser du vem du kan få stöd av.',
    districtIntro:
      'Det finns flera ställen som ger stöd i {municipality}. Vilket beror på var du bor.',
    'error.districtRequired': 'Välj var du bor. Vet du inte? Välj Vet inte / annan.',
    'error.districtUnknown': 'Vi hittar inte stadsdelen. Välj i listan.',
    otherDistrictText:
      'Här är alla ställen i {municipality}. Ring eller skriv till ett av dem. De hjälper dig.',
    resultDistrictUnit: 'Du bor i {district} i {municipality}. Där får du stöd av {unit}.',
    'error.unknown': 'Vi hittar inte kommunen. Välj din kommun i listan.',
    noOpenServices: 'Just nu kan du inte anmäla dig. Ring dem. De berättar mer.',
    noneText:
      'Det finns inget stöd här för dig som bor i {municipality}. Men andra kan hjälpa dig.',
    otherText: 'Stödet här är bara för dig som bor i vissa kommuner. Men andra kan hjälpa dig.',
    notForMunicipality:
      'Stödet är för dig som bor i {area}. Inte för dig som bor i {municipality}.',
  },
  en: {
    findCta: 'Find support where you live',
    findTitle: 'Find support where you live',
    findIntro:
      'Choose the municipality you live in. You will see who gives support there, how to contact them and how long you may have to wait.',
    municipalityLabel: 'The municipality you live in',
    chooseMunicipality: 'Choose a municipality',
    show: 'Show support',
    errorPrefix: 'Error:',
    'error.required': 'Choose the municipality you live in.',
    'error.unknown':
      'We do not recognise that municipality. Choose the municipality you live in from the list.',
    districtLabel: 'Which district do you live in?',
    districtIntro:
      'There are several units in {municipality}. Which unit helps you depends on the district you live in.',
    chooseDistrict: 'Choose a district',
    otherDistrict: 'Don’t know / another',
    'error.districtRequired':
      'Choose the district you live in. If you don’t know, choose Don’t know / another.',
    'error.districtUnknown':
      'We do not recognise that district. Choose the district you live in from the list, or Don’t know / another.',
    districtTitle: 'Support for people living in {district}, {municipality}',
    otherDistrictText:
      'Here are all the units in {municipality}. Call or write to any of them. They will help you find the right one.',
    servedTitle: 'Support for people living in {municipality}',
    districts: 'For people living in {districts}.',
    givenBy: 'The support is given by {unit}.',
    contactUnit: 'Contact {unit}',
    unitServices: 'Support you can apply for',
    noOpenServices:
      'The unit is not taking new referrals right now. Call or write to them and they will tell you what happens next.',
    noneTitle: 'We have no support in {municipality}',
    noneText:
      'None of the units here takes people who live in {municipality}. There is other support that can help you.',
    otherTitle: 'Support in other municipalities',
    otherText:
      'The units here only take people who live in certain municipalities. There is other support that can help you.',
    serviceArea: 'For people living in {area}.',
    resultUnitTitle: 'Support where you live',
    resultUnit: 'In {municipality} the support is given by {unit}.',
    resultDistrictUnit: 'In {district}, {municipality}, the support is given by {unit}.',
    resultNoUnit: 'None of the units here takes people who live in {municipality}.',
    resultNoUnitLink: 'See who can help you',
    notForMunicipality:
      'This support is for people living in {area}. It does not cover {municipality}.',
  },
  ar: {
    findCta: 'ابحث عن الدعم حيث تسكن',
    findTitle: 'ابحث عن الدعم حيث تسكن',
    findIntro:
      'اختر البلدية التي تسكن فيها. سترى من يقدّم الدعم هناك، وكيف تتواصل معهم، وكم قد تنتظر.',
    municipalityLabel: 'البلدية التي تسكن فيها',
    chooseMunicipality: 'اختر بلدية',
    show: 'اعرض الدعم',
    errorPrefix: 'خطأ:',
    'error.required': 'اختر البلدية التي تسكن فيها.',
    'error.unknown': 'لا نعرف هذه البلدية. اختر البلدية التي تسكن فيها من القائمة.',
    districtLabel: 'في أي حيّ تسكن؟',
    districtIntro: 'في {municipality} عدة وحدات. الوحدة التي تساعدك تعتمد على الحيّ الذي تسكن فيه.',
    chooseDistrict: 'اختر حيّاً',
    otherDistrict: 'لا أعرف / حيّ آخر',
    'error.districtRequired': 'اختر الحيّ الذي تسكن فيه. إذا كنت لا تعرف، اختر لا أعرف / حيّ آخر.',
    'error.districtUnknown':
      'لا نعرف هذا الحيّ. اختر الحيّ الذي تسكن فيه من القائمة، أو لا أعرف / حيّ آخر.',
    districtTitle: 'الدعم لمن يسكن في {district}، {municipality}',
    otherDistrictText:
      'هذه كل الوحدات في {municipality}. اتصل بأيّ منها أو اكتب لها. سيساعدونك في الوصول إلى الوحدة المناسبة.',
    servedTitle: 'الدعم لمن يسكن في {municipality}',
    districts: 'لمن يسكن في {districts}.',
    givenBy: 'يقدّم الدعم {unit}.',
    contactUnit: 'تواصل مع {unit}',
    unitServices: 'الدعم الذي يمكنك التسجيل فيه',
    noOpenServices: 'لا تستقبل الوحدة طلبات جديدة الآن. اتصل بهم أو اكتب لهم، وسيخبرونك بما سيحدث.',
    noneTitle: 'ليس لدينا دعم في {municipality}',
    noneText: 'لا تستقبل أي وحدة هنا من يسكن في {municipality}. هناك دعم آخر يمكن أن يساعدك.',
    otherTitle: 'الدعم في بلديات أخرى',
    otherText: 'الوحدات هنا تستقبل فقط من يسكن في بلديات معيّنة. هناك دعم آخر يمكن أن يساعدك.',
    serviceArea: 'لمن يسكن في {area}.',
    resultUnitTitle: 'الدعم حيث تسكن',
    resultUnit: 'في {municipality} يقدّم الدعم {unit}.',
    resultDistrictUnit: 'في {district}، {municipality}، يقدّم الدعم {unit}.',
    resultNoUnit: 'لا تستقبل أي وحدة هنا من يسكن في {municipality}.',
    resultNoUnitLink: 'اعرف من يمكنه مساعدتك',
    notForMunicipality: 'هذا الدعم لمن يسكن في {area}. ولا يشمل {municipality}.',
  },
  fi: {
    findCta: 'Löydä tukea asuinkunnastasi',
    findTitle: 'Löydä tukea asuinkunnastasi',
    findIntro:
      'Valitse kunta, jossa asut. Näet, kuka antaa tukea siellä, miten otat yhteyttä ja kuinka kauan saatat joutua odottamaan.',
    municipalityLabel: 'Kunta, jossa asut',
    chooseMunicipality: 'Valitse kunta',
    show: 'Näytä tuki',
    errorPrefix: 'Virhe:',
    'error.required': 'Valitse kunta, jossa asut.',
    'error.unknown': 'Emme tunnista kuntaa. Valitse luettelosta kunta, jossa asut.',
    districtLabel: 'Millä asuinalueella asut?',
    districtIntro:
      'Kunnassa {municipality} on useita yksiköitä. Se, mikä yksikkö auttaa sinua, riippuu asuinalueestasi.',
    chooseDistrict: 'Valitse asuinalue',
    otherDistrict: 'En tiedä / muu',
    'error.districtRequired':
      'Valitse asuinalue, jolla asut. Jos et tiedä, valitse En tiedä / muu.',
    'error.districtUnknown':
      'Emme tunnista asuinaluetta. Valitse luettelosta asuinalue, jolla asut, tai En tiedä / muu.',
    districtTitle: 'Tukea asuinalueella {district} ({municipality}) asuville',
    otherDistrictText:
      'Tässä ovat kaikki yksiköt kunnassa {municipality}. Soita tai kirjoita mihin tahansa niistä. He auttavat sinua löytämään oikean.',
    servedTitle: 'Tukea kunnassa {municipality} asuville',
    districts: 'Koskee asuinalueita {districts}.',
    givenBy: 'Tukea antaa {unit}.',
    contactUnit: 'Ota yhteyttä: {unit}',
    unitServices: 'Tuki, johon voit ilmoittautua',
    noOpenServices:
      'Yksikkö ei ota juuri nyt vastaan uusia ilmoituksia. Soita tai kirjoita heille, niin he kertovat, mitä tapahtuu.',
    noneTitle: 'Meillä ei ole tukea kunnassa {municipality}',
    noneText:
      'Mikään yksikkö täällä ei ota vastaan kunnassa {municipality} asuvia. Sinua voi auttaa myös muu tuki.',
    otherTitle: 'Tuki muissa kunnissa',
    otherText:
      'Yksiköt täällä ottavat vastaan vain tietyissä kunnissa asuvia. Sinua voi auttaa myös muu tuki.',
    serviceArea: 'Sinulle, joka asut kunnassa {area}.',
    resultUnitTitle: 'Tuki asuinkunnassasi',
    resultUnit: 'Kunnassa {municipality} tukea antaa {unit}.',
    resultDistrictUnit: 'Asuinalueella {district} ({municipality}) tukea antaa {unit}.',
    resultNoUnit: 'Mikään yksikkö täällä ei ota vastaan kunnassa {municipality} asuvia.',
    resultNoUnitLink: 'Katso, kuka voi auttaa sinua',
    notForMunicipality: 'Tämä tuki on kunnassa {area} asuville. Se ei koske kuntaa {municipality}.',
  },
})

export type UnitsKey = Parameters<typeof t>[1]
