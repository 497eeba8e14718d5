'use client';

import { useCallback, useSyncExternalStore } from 'react';

function zhVoice(): SpeechSynthesisVoice | null {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return null;
  const voices = window.speechSynthesis.getVoices();
  return voices.find((v) => /^zh[-_]CN/i.test(v.lang)) ?? voices.find((v) => /^(zh|cmn)\b/i.test(v.lang)) ?? null;
}

function subscribe(listener: () => void): () => void {
  if (!('speechSynthesis' in window)) return () => {};
  window.speechSynthesis.addEventListener('voiceschanged', listener);
  return () => window.speechSynthesis.removeEventListener('voiceschanged', listener);
}

/** Speaks Chinese with a zh-CN voice; null where the browser has no Chinese voice, so the button hides. */
export function useSpeak(): ((text: string) => void) | null {
  const voice = useSyncExternalStore(subscribe, zhVoice, () => null);
  const speak = useCallback(
    (text: string) => {
      if (!voice) return;
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.8;
      window.speechSynthesis.cancel();
      window.speechSynthesis.speak(utterance);
    },
    [voice],
  );
  return voice ? speak : null;
}
