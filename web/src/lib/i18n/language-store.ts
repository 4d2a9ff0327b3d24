import { en } from './messages-en';
import { zhCN, type MessageKey } from './messages-zh';

export type Language = 'zh-CN' | 'en';
export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];
export type MessageVars = Record<string, string | number>;

const STORAGE_KEY = 'shouwang.language';
const dictionaries: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'zh-CN') return stored;
  } catch {
    // storage may be disabled (private mode); fall back to the default
  }
  return 'zh-CN';
}

let current: Language = readStoredLanguage();
const listeners = new Set<() => void>();

/** Non-React code (fetch client, map layers) reads the language from here. */
export const getLanguage = (): Language => current;

export function setLanguage(language: Language): void {
  if (language === current) return;
  current = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not persisted, still switched for this page
  }
  document.documentElement.lang = language;
  listeners.forEach((listener) => listener());
}

export function subscribeLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function translate(key: MessageKey, vars?: MessageVars, language: Language = current): string {
  const template = dictionaries[language][key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** Whether a computed key (e.g. from an event type) has a message. */
export const isMessageKey = (key: string): key is MessageKey => key in dictionaries['zh-CN'];

/** Picks the right side of a {zh, en} pair, e.g. a map layer title. */
export const pickLocalized = (text: { zh: string; en: string }, language: Language = current): string =>
  language === 'en' ? text.en : text.zh;
