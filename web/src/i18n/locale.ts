import { configureLocalization } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';

export type Locale = (typeof allLocales)[number];
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-Hans': '简体中文' };
const STORAGE_KEY = 'rh-locale';

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => import(`../generated/locales/${locale}.ts`),
});

export { getLocale };

/** The remembered choice, else the browser's first language we speak, else English. */
export function preferredLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved && (allLocales as readonly string[]).includes(saved)) return saved as Locale;
  for (const lang of navigator.languages) {
    if (lang.toLowerCase().startsWith('zh')) return 'zh-Hans';
    if (lang.toLowerCase().startsWith('en')) return 'en';
  }
  return sourceLocale;
}

/** Switches the language, remembers it, and tells assistive technology via `<html lang>`. */
export async function useLocale(locale: Locale, remember = true): Promise<void> {
  if (remember) localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  await setLocale(locale);
}
