// The one place that decides the webapps' language: English only for a user who chose it on our own pages
// (?lang=en, which LocaleConfig remembers in the cookie directive-cascade-lang), Vietnamese for everyone else,
// whatever languages the browser asks for.
const LANGUAGE_COOKIE = 'directive-cascade-lang';

function chosenOnOurPages() {
  const cookie = document.cookie.split('; ').find(entry => entry.startsWith(LANGUAGE_COOKIE + '='));
  // Spring writes the locale as a language tag ("en", "en-US"), possibly followed by a time zone.
  return cookie ? decodeURIComponent(cookie.slice(LANGUAGE_COOKIE.length + 1)).split(/[-_ ]/)[0].toLowerCase() : null;
}

export const language = chosenOnOurPages() === 'en' ? 'en' : 'vi';

/** The text of {vi: …, en: …} in the webapps' language. */
export const inLanguage = texts => texts[language];
