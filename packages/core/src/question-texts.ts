/**
 * `@kommunkompassen/core/question-texts`: the wording of every Kommunkompassen 2.0 sub-question, as printed in section 4 ("Översikt av
 * poängfördelning") of the Avesta 2014 report, by question id.
 *
 * Not used by validation or scoring: tables show the text an evaluation publishes. Use this to
 * label questions of an evaluation that gives only numbers, or to match question texts when
 * importing (the wording drifts slightly between reports). A separate entry point, so that code
 * which does not show the wording does not carry it (about 1.2 kB gzip).
 *
 * @packageDocumentation
 */

/** The Kommunkompassen 2.0 sub-questions' wording, by question id (`"1.1"`). */
export const kommunkompassen20QuestionTexts: Readonly<Record<string, string>> = {
  "1.1": "Finns en plan/strategi för demokratiutveckling och information?",
  "1.2": "Hur informeras medborgarna?",
  "1.3": "Hur informeras medborgarna om resultat",
  "1.4": "Hur främjas medborgardialog och deltagande",
  "1.5": "Etik - hur hantera korruption?",
  "2.1": "Finns det en kommunövergripande strategi för brukarorientering",
  "2.2": "Hur arbetar kommunen med tillgänglighet och bemötande?",
  "2.3": "Hur Informerar kommunen om service och tjänster?",
  "2.4": "Hur arbetar kommunen med valfrihet och brukarens påverkan på serviceutbudet?",
  "2.5": "Hur arbetar kommunen med brukarundersökningar?",
  "2.6":
    "Hur arbetar kommunen med system för service-/kvalitetsdeklarationer, samt synpunkts- och klagomåls-hantering för medborgare/brukare?",
  "3.1": "Genomsyras hela organisationen av ett helhetstänkande avseende styrning/uppföljning?",
  "3.2": "Styrs kommunen av tydliga politiska mål",
  "3.3":
    "Hur rapporterar förvaltningen till den politiska nivån och vilka möjligheter har politikerna att utöva tillsyn över förvaltningen?",
  "3.4": "Hur är delegation och ansvarsfördelning mellan politisk och tjänstemannanivå?",
  "3.5": "Hur främjas den ömsesidiga förståelsen av uppgifter, roller och spelregler mellan politiker och tjänstemän",
  "4.1": "Finns kommunövergripande strategi för ledarskap, ansvar och delegation?",
  "4.2": "Vilket ansvar har resultatenheterna för budget, personal och organisation?",
  "4.3": "Hur beskrivs inriktning och ansvar för tvärsektorielt samarbete?",
  "4.4": "Hur tydliggörs det personliga uppdraget för alla chefer i organisationen?",
  "4.5": "Hur utövas den centrala ledningen över underställda avdelningar/enheter?",
  "4.6": "Hur bedrivs kommunens ledarutveckling?",
  "5.1": "Strategi för resultatstyrning och effektivitetsutveckling",
  "5.2": "Hur tydliggör kommunen sambandet mellan kostnader och resultat i budgetprocessen",
  "5.3": "Hur arbetar kommunen med utveckling arbetsprocesser, uppföljning och kontroll",
  "5.4": "Hur kommuniceras och förs strategiska diskussioner kring resurser och resultat?",
  "5.5": "Hur aktivt används jämförelser som ett led i serviceutveckling och effektivisering?",
  "5.6": "Hur sker extern samverkan för att stärka serviceutbudet och öka effektivitet?",
  "6.1": "Finns en kommunövergripande personalstrategi?",
  "6.2": "Hur tillvaratas befintliga och hur rekryteras nya medarbetare? Kommunen som ”attraktiv arbetsgivare”.",
  "6.3": "Hur stor vikt läggs vid kompetens- och medarbetarutveckling?",
  "6.4": "Hur sker individuell lönesättning och belöning av goda prestationer?",
  "6.5": "Hur bedrivs kommunens arbetsmiljöarbete?",
  "6.6": "Hur arbetar kommunen med mångfald, (etnicitet, kulturellt och kön)?",
  "7.1": "Hur beskrivs övergripande strategiskt kvalitetsarbete och serviceutveckling?",
  "7.2": "Vilka metoder och verktyg finns för kvalitets-/verksamhetsutveckling?",
  "7.3": "Hur sker lärande och utveckling genom omvärldsspanning och samverkan?",
  "7.4": "Hur arbetar kommunen med kreativitet och innovationer?",
  "7.5": "Hur arbetar kommunen med IT-stöd för att effektivisera det interna arbetet?",
  "8.1": "Har kommunen övergripande planer/strategier för samhällsbyggande",
  "8.2": "Hur samverkar kommunen med aktörer inom civilsamhället kring utveckling av lokalsamhället?",
  "8.3": "Hur samverkar kommunen med kulturlivet?",
  "8.4": "Vilken är kommunens roll i utveckling av näringslivet?",
  "8.5": "Hur arbetar kommunen med internationella kontakter?",
  "8.6": "Hur arbetar kommunen med hållbar utveckling? (miljö – ekonomiskt – socialt)",
};
