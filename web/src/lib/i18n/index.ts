export type { MessageKey } from './messages-zh';
export { getLanguage, isMessageKey, LANGUAGES, pickLocalized, setLanguage, translate, type Language } from './language-store';
export { useI18n, type I18n } from './use-i18n';
