'use client';

import { useEffect } from 'react';
import { GRADES, type Grade } from '@/lib/vocabulary/types';

/**
 * Keyboard review, as in Anki: Space shows the answer, 1–4 answer Again…Easy. Keys typed into a
 * field, or Space on a focused control (which presses that control), are left alone.
 */
export function useReviewKeys(active: boolean, revealed: boolean, onReveal: () => void, onGrade: (grade: Grade) => void) {
  useEffect(() => {
    if (!active) return;
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
      if (!revealed && event.key === ' ' && !target?.closest('button, a')) {
        event.preventDefault();
        onReveal();
      }
      const grade = revealed ? GRADES[Number(event.key) - 1] : undefined;
      if (grade) {
        event.preventDefault();
        onGrade(grade);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, revealed, onReveal, onGrade]);
}
