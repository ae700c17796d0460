import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import es from './es.json';

export type UiLanguage = 'en' | 'es';
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'es'];

export function initI18n(language: UiLanguage = 'en') {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}

export function asUiLanguage(value: string | undefined): UiLanguage {
  return value?.startsWith('es') ? 'es' : 'en';
}
