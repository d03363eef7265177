/**
 * The headings (rubriker) of the Kommunkompassen 2.0 areas, as the Avesta 2014 report lists them
 * in its `•` bullet lists. The importer uses them only to split headings that the text extraction
 * ran together ("Rubriker Personalstrategi Rekrytering … Poäng 69"): a run-on list is split only
 * when every part matches one of these; the published wording is what is written.
 *
 * Kept in the CLI, not in the core: the core's framework definitions carry what the validator
 * checks, and headings are not checked.
 */
export const KNOWN_HEADINGS_20: Readonly<Record<number, readonly string[]>> = {
  1: [
    "Strategi för demokratiutveckling och information",
    "Information till medborgare",
    "Dialog och medborgarmedverkan",
    "Etik – motverkan av korruption",
  ],
  2: [
    "Strategi för brukarorientering",
    "Tillgänglighet och bemötande",
    "Information om service och tjänster",
    "Valfrihet",
    "Brukarundersökningar",
    "Deklarationer och synpunkts-/klagomålshantering",
  ],
  3: [
    "System för styrning och uppföljning",
    "Politiska mål",
    "Uppföljning och rapportering",
    "Ansvarsfördelning politiker/tjänstemän",
    "Samspel och dialog",
  ],
  4: [
    "Strategi för ledarskap, ansvar och delegation",
    "Enheternas ansvar",
    "Tvärsektoriellt samarbete",
    "Personligt ansvar och uppdrag för chefer",
    "Kommunledningens kommunikation",
    "Ledarutveckling",
  ],
  5: [
    "Strategi för resultatstyrning och effektivitetsutveckling",
    "Kostnader och resultat i budgetprocessen",
    "Arbetsprocesser, uppföljning och kontroll",
    "Kommunikation kring resurser och resultat",
    "Jämförelser",
    "Extern samverkan",
  ],
  6: [
    "Personalstrategi",
    "Rekrytering",
    "Kompetens- och medarbetarutveckling",
    "Individuell lönesättning",
    "Arbetsmiljöarbete",
    "Mångfald",
  ],
  7: [
    "Strategiskt kvalitetsarbete",
    "Verktyg för kvalitets-/verksamhetsutveckling",
    "Lärande genom omvärldsspaning och samverkan",
    "Kreativitet och innovationer",
    "IT-stöd",
  ],
  8: [
    "Strategier för samhällsbyggande",
    "Samarbete med civilsamhället",
    "Samarbete med kulturlivet",
    "Stöd till näringslivet",
    "Internationella kontakter",
    "Hållbar utveckling",
  ],
};
