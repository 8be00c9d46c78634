/**
 * Phrases with which a site marks itself as listed, in every inflected form: "undesirable
 * organization" (en), «нежелательная организация» and «признана нежелательной» (ru), «небажана
 * організація» (uk), «непажаданая арганізацыя» (be), and Belarus's "extremist formation /
 * materials" in all four languages. Adjective and noun must stand together (quotes and spaces
 * aside), so "нежелательные последствия для организации" is not a disclaimer; the register's
 * other wording, «деятельность которой признана нежелательной», has its own phrase. Kept small:
 * the content script carries it.
 */
const QUOTES = String.raw`[\s«»"„“”'’*]+`;

const PHRASES = [
  String.raw`undesirable[\s"“”'’*]+(?:(?:foreign|international|non-governmental|and)[\s"“”'’*]+){0,4}organi[sz]ations?`,
  String.raw`extremist[\s"“”'’*]+(?:formations?|materials?)`,
  String.raw`нежелательн[а-яё]{0,4}${QUOTES}организаци[а-яё]{0,3}`,
  String.raw`признан[а-яё]{0,4}${QUOTES}нежелательн[а-яё]{0,4}`,
  String.raw`экстремистск[а-яё]{0,4}${QUOTES}(?:формировани|материал)[а-яё]{0,4}`,
  String.raw`небажан[а-яіїєґ]{0,4}${QUOTES}організаці[а-яіїєґ]{0,3}`,
  String.raw`визнан[а-яіїєґ]{0,4}${QUOTES}небажан[а-яіїєґ]{0,4}`,
  String.raw`екстремістськ[а-яіїєґ]{0,4}${QUOTES}(?:формуванн|матеріал)[а-яіїєґ]{0,4}`,
  String.raw`непажадан[а-яўіё]{0,4}${QUOTES}арганізацы[а-яўіё]{0,3}`,
  String.raw`прызнан[а-яўіё]{0,4}${QUOTES}непажадан[а-яўіё]{0,4}`,
  String.raw`экстрэмісцк[а-яўіё]{0,4}${QUOTES}(?:фармаван|матэрыял)[а-яўіё]{0,4}`,
];

/** A fresh global pattern each time, so callers never share lastIndex state. */
export function disclaimerPattern(): RegExp {
  return new RegExp(PHRASES.join('|'), 'giu');
}

export function containsDisclaimerPhrase(text: string): boolean {
  return disclaimerPattern().test(text);
}
