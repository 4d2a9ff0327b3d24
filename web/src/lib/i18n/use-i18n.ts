import { useCallback, useSyncExternalStore } from 'react';
import type { MessageKey } from './messages-zh';
import {
  getLanguage,
  pickLocalized,
  setLanguage,
  subscribeLanguage,
  translate,
  type Language,
  type MessageVars,
} from './language-store';

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey, vars?: MessageVars) => string;
  pick: (text: { zh: string; en: string }) => string;
}

export function useI18n(): I18n {
  const language = useSyncExternalStore(subscribeLanguage, getLanguage);
  const t = useCallback((key: MessageKey, vars?: MessageVars) => translate(key, vars, language), [language]);
  const pick = useCallback((text: { zh: string; en: string }) => pickLocalized(text, language), [language]);
  return { language, setLanguage, t, pick };
}
