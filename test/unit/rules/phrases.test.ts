import { describe, expect, it } from 'vitest';
import { containsDisclaimerPhrase } from '../../../src/core/signals/phrases';

describe('disclaimer phrases', () => {
  it.each([
    'declared an "undesirable organization" by the Russian government',
    'is an undesirable foreign and international non-governmental organisation',
    'UNDESIRABLE ORGANIZATIONS',
    'named an extremist formation',
    // Russian: every case and number of «нежелательная организация».
    'нежелательная организация',
    'нежелательной организации',
    'нежелательную организацию',
    'признано «нежелательной организацией»',
    'нежелательные организации',
    'нежелательных организаций',
    'нежелательным организациям',
    'нежелательными организациями',
    'о нежелательных организациях',
    'Нежелательной Организацией',
    'деятельность которой признана нежелательной',
    'признано экстремистским формированием',
    // Ukrainian.
    'небажана організація',
    'визнане «небажаною організацією»',
    'небажаних організацій',
    'небажаними організаціями',
    'визнано небажаною',
    'екстремістським формуванням',
    // Belarusian.
    'непажаданая арганізацыя',
    'прызнана «непажаданай арганізацыяй»',
    'непажаданых арганізацый',
    'непажаданымі арганізацыямі',
    'прызнанае непажаданай',
    'экстрэмісцкім фармаваньнем',
    'экстрэмісцкімі матэрыяламі',
  ])('finds “%s”', (text) => {
    expect(containsDisclaimerPhrase(text)).toBe(true);
  });

  it.each([
    'an undesirable outcome for the organization',
    'нежелательные последствия для организации работы',
    'организация нежелательной не признана',
    'небажані наслідки',
    'extremist views in the comments',
    'Radio Free Europe/Radio Liberty',
  ])('does not find a phrase in “%s”', (text) => {
    expect(containsDisclaimerPhrase(text)).toBe(false);
  });
});
