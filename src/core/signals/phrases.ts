/**
 * Phrases with which a site marks itself as listed, in every inflected form: "undesirable
 * organization" (en), «нежелательная организация» and «признана нежелательной» (ru), «небажана
 * організація» (uk), «непажаданая арганізацыя» (be), and Belarus's "extremist formation /
 * materials" in all four languages. Up to three words may stand between adjective and noun
 * ("нежелательной на территории РФ организацией"). Kept small: the content script carries it.
 */
const GAP_RU = String.raw`[\s«»"„“”'’*]+(?:[а-яё-]+[\s«»"„“”'’*]+){0,3}?`;
const GAP_UK = String.raw`[\s«»"„“”'’*]+(?:[а-яіїєґ'’-]+[\s«»"„“”'’*]+){0,3}?`;
const GAP_BE = String.raw`[\s«»"„“”'’*]+(?:[а-яўіё'’-]+[\s«»"„“”'’*]+){0,3}?`;
const QUOTES = String.raw`[\s«»"„“”'’*]+`;

const PHRASES = [
  String.raw`undesirable[\s"“”'’*]+(?:(?:foreign|international|non-governmental|and)[\s"“”'’*]+){0,4}organi[sz]ations?`,
  String.raw`extremist[\s"“”'’*]+(?:formations?|materials?)`,
  String.raw`нежелательн[а-яё]{0,4}${GAP_RU}организаци[а-яё]{0,3}`,
  String.raw`признан[а-яё]{0,4}${QUOTES}нежелательн[а-яё]{0,4}`,
  String.raw`экстремистск[а-яё]{0,4}${QUOTES}(?:формировани|материал)[а-яё]{0,4}`,
  String.raw`небажан[а-яіїєґ]{0,4}${GAP_UK}організаці[а-яіїєґ]{0,3}`,
  String.raw`визнан[а-яіїєґ]{0,4}${QUOTES}небажан[а-яіїєґ]{0,4}`,
  String.raw`екстремістськ[а-яіїєґ]{0,4}${QUOTES}(?:формуванн|матеріал)[а-яіїєґ]{0,4}`,
  String.raw`непажадан[а-яўіё]{0,4}${GAP_BE}арганізацы[а-яўіё]{0,3}`,
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
