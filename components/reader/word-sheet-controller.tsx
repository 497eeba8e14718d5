'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReaderSentence, ReaderWord, ReadingSource, WordDetail } from '@/lib/reader/types';
import { useSpeak } from '@/lib/reader/use-speech';
import { SaveWordButton } from '@/components/vocabulary/save-word-button';
import { saveInputFromReader } from '@/lib/vocabulary/saved-word';
import { placeSheet } from './place-sheet';
import { WordSheet } from './word-sheet';

type Props = {
  words: readonly ReaderWord[];
  details: readonly WordDetail[] | undefined;
  failed: boolean;
  sentences: readonly ReaderSentence[];
  source: ReadingSource;
  /** Makes a light word's block full at once (see lib/reader/use-full-blocks.ts), then calls `then`. */
  fill: (blockId: string | undefined, then: () => void) => void;
};

type OpenedBy = 'touch' | 'click' | 'key';

/** Runs `f` once the next frame has been painted; returns a cancel function. */
function afterNextPaint(f: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(f, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * `value`, caught up with in a render React may interrupt, once the frame that shows the change
 * elsewhere has been painted. (useDeferredValue would start that render at once, and a browser
 * not hurried by a real touch often runs it before painting.)
 */
function useAfterPaint<T>(value: T): T {
  const [later, setLater] = useState(value);
  useLayoutEffect(() => {
    if (Object.is(later, value)) return;
    return afterNextPaint(() => startTransition(() => setLater(value)));
  }, [value, later]);
  return later;
}

/** A word as the reader renders it in full; light words (characters only) match only WORD. */
const FULL_WORD = '[role=button].w[data-d]';
const WORD = '[role=button].w';

/**
 * Public: every time the sheet shows a word, the reader dispatches `dubao:lookup` on `document`
 * with this detail (the assignment view counts lookups with it).
 */
export type LookupEventDetail = { text: string; sentence: string };

/**
 * Opens the word sheet for whichever word is tapped (one listener for the whole text), moves to
 * the previous or next word, and closes on Escape or a tap outside, returning focus to the word.
 */
export function WordSheetController({ words: table, details, failed, sentences, source, fill }: Props) {
  const t = useTranslations('WordSheet');
  const dialog = useRef<HTMLDialogElement>(null);
  // How the word was opened. After a touch or a click, focus moves into the sheet once its first
  // frame is painted (moving focus costs the phone time before it can paint; a key pressed in
  // between still reaches the sheet, see onPageKey); after a key, at once.
  const [current, setCurrent] = useState<{ el: HTMLElement; n: number; total: number; by: OpenedBy } | null>(null);
  const word = current?.el ?? null;
  const speak = useSpeak();
  const index = word ? Number(word.dataset.d) : -1;
  const printed = table[index];
  // The sheet opens with the word and its pinyin in the first frame after the tap; senses,
  // breakdown and the Save button follow once that frame is painted (useAfterPaint).
  // Until then the sheet keeps the last word's, hidden, and the render replaces them in place.
  const shown = useAfterPaint(current);
  const stale = shown !== current;
  const shownWord = shown?.el ?? null;
  const detail = shownWord ? details?.[Number(shownWord.dataset.d)] : undefined;

  // The words in reading order and each one's place, collected on the first tap after the text
  // changed rather than on every tap: a long article has thousands of them.
  // Light words count too (a word keeps its element when it becomes full).
  const order = useRef<{ table: readonly ReaderWord[]; all: HTMLElement[]; at: Map<Element, number> } | null>(null);
  const words = useCallback((): { all: HTMLElement[]; at: Map<Element, number> } => {
    const cached = order.current;
    if (cached?.table === table && cached.all[0]?.isConnected) return cached;
    const root = dialog.current?.closest('[data-reader]');
    const all = root ? Array.from(root.querySelectorAll<HTMLElement>(WORD)) : [];
    order.current = { table, all, at: new Map(all.map((el, i) => [el, i])) };
    return order.current;
  }, [table]);

  // Whether the sheet should be showing. The last word stays rendered after the sheet closes, so
  // the next tap updates the sheet's text instead of building it again.
  const wanted = useRef(false);

  const open = useCallback((el: HTMLElement, by: OpenedBy) => {
    const { all, at } = words();
    wanted.current = true;
    setCurrent({ el, n: (at.get(el) ?? -1) + 1, total: all.length, by });
    const sentence = el.closest<HTMLElement>('[data-s]')?.dataset.s ?? '';
    const lookup: LookupEventDetail = { text: table[Number(el.dataset.d)]?.text ?? '', sentence };
    document.dispatchEvent(new CustomEvent('dubao:lookup', { detail: lookup }));
  }, [words, table]);

  // A light word (far down, before its block neared the screen) makes its block full now; the
  // element stays the same, only full.
  const activate = useCallback(
    (el: HTMLElement, by: OpenedBy) => {
      if (el.matches(FULL_WORD)) open(el, by);
      else fill(el.closest<HTMLElement>('.block')?.id, () => el.matches(FULL_WORD) && open(el, by));
    },
    [open, fill],
  );

  /** Set when focus has already gone elsewhere on purpose: closing then does not take it back to the word. */
  const keepFocus = useRef(false);
  const close = useCallback(() => {
    // Not wanted from now on: the dialog's close event comes a task later, and a word's meanings
    // arriving in between must not open the sheet again (it did, under load, after Escape).
    wanted.current = false;
    if (dialog.current?.open) dialog.current.close();
  }, []);

  const step = useCallback(
    (delta: number) => {
      const { all, at } = words();
      const i = word ? (at.get(word) ?? -1) : -1;
      const next = all[Math.min(all.length - 1, Math.max(0, i + delta))];
      if (next) activate(next, 'key');
    },
    [word, words, activate],
  );

  useEffect(() => {
    const root = dialog.current?.closest<HTMLElement>('[data-reader]');
    if (!root) return;
    const wordAt = (target: EventTarget | null) => {
      const el = target instanceof Element ? target.closest<HTMLElement>(WORD) : null;
      return el && root.contains(el) ? el : null;
    };
    const onClick = (e: Event) => {
      const el = wordAt(e.target);
      if (el) activate(el, 'click');
    };
    // A touch screen sends the click only after its compatibility mouse events, a frame or more
    // after the finger lifts, and those focus the word first. A touch that lifts where it landed,
    // quickly, is a tap: it opens the word at once, and the click and mouse events are cancelled.
    let touch: { x: number; y: number; at: number } | null = null;
    const onTouchStart = (e: TouchEvent) => {
      const t = e.touches.length === 1 ? e.touches[0] : undefined;
      touch = t ? { x: t.clientX, y: t.clientY, at: e.timeStamp } : null;
    };
    const onTouchEnd = (e: TouchEvent) => {
      const start = touch;
      touch = null;
      const t = e.changedTouches[0];
      if (!start || !t || e.touches.length > 0 || e.timeStamp - start.at > 500) return;
      if (Math.hypot(t.clientX - start.x, t.clientY - start.y) > 10) return;
      const el = wordAt(e.target);
      if (!el) return;
      e.preventDefault();
      activate(el, 'touch');
    };
    // The words are spans with the button role, so Enter and Space are ours to handle.
    const onKey = (e: Event) => {
      if (!(e instanceof KeyboardEvent) || (e.key !== 'Enter' && e.key !== ' ')) return;
      const el = e.target instanceof Element ? e.target.closest<HTMLElement>(WORD) : null;
      if (!el || !root.contains(el)) return;
      e.preventDefault();
      activate(el, 'key');
    };
    root.addEventListener('click', onClick);
    root.addEventListener('keydown', onKey);
    root.addEventListener('touchstart', onTouchStart, { passive: true });
    root.addEventListener('touchend', onTouchEnd, { passive: false });
    // A tap that came before this code ran was kept by public/reader-settings.js.
    const pending: unknown = Reflect.get(window, '__dubaoPendingWord');
    Reflect.deleteProperty(window, '__dubaoPendingWord');
    root.setAttribute('data-ready', '');
    // Outside the effect: a light word makes its block full, which cannot happen during a commit.
    if (pending instanceof HTMLElement && root.contains(pending)) queueMicrotask(() => activate(pending, 'click'));
    return () => {
      root.removeAttribute('data-ready');
      root.removeEventListener('click', onClick);
      root.removeEventListener('keydown', onKey);
      root.removeEventListener('touchstart', onTouchStart);
      root.removeEventListener('touchend', onTouchEnd);
    };
  }, [activate]);

  const marked = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const d = dialog.current;
    if (!d || !word || !wanted.current) return;
    if (marked.current !== word) {
      marked.current?.classList.remove('is-current');
      word.classList.add('is-current');
      marked.current = word;
    }
    if (!d.open) {
      // Opened through the attribute rather than show(): show() focuses the first button, and
      // the sheet wants focus on itself (where the arrow keys and Escape are handled), so show()
      // would move focus, and make the browser update styles and layout, twice per tap.
      d.open = true;
      if (current?.by === 'key') d.focus({ preventScroll: true });
      else afterNextPaint(() => d.open && !d.contains(document.activeElement) && d.focus({ preventScroll: true }));
    }
    placeSheet(d, word);
  }, [current, word, printed, detail, stale]);

  useEffect(() => {
    const d = dialog.current;
    if (!d || !word) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        close();
      } else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') {
        e.preventDefault();
        step(1);
      } else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
        e.preventDefault();
        step(-1);
      }
    };
    // A tap outside the sheet closes it, unless it lands on another word, which the sheet then shows.
    const onPointer = (e: PointerEvent) => {
      const target = e.target instanceof Node ? e.target : null;
      if (!target || d.contains(target)) return;
      if (target instanceof Element && target.closest(WORD)) return;
      close();
    };
    // A key pressed after a touch or a click, before focus has moved into the sheet, lands on the
    // page or on the word that was clicked.
    const onPageKey = (e: KeyboardEvent) => {
      const at = document.activeElement;
      if (d.open && (at === document.body || (at instanceof HTMLElement && at.matches(WORD)))) onKey(e);
    };
    // Tabbing out of the sheet (to the page's footer, or back before it) closes it and leaves focus
    // where the learner moved it; focus moving to a word shows that word instead.
    const onFocusOut = (e: FocusEvent) => {
      const to = e.relatedTarget;
      if (!(to instanceof Element) || d.contains(to) || to.closest(WORD)) return;
      keepFocus.current = true;
      close();
    };
    d.addEventListener('keydown', onKey);
    d.addEventListener('focusout', onFocusOut);
    document.addEventListener('keydown', onPageKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      d.removeEventListener('keydown', onKey);
      d.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('keydown', onPageKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [word, step, close]);

  function onClosed() {
    wanted.current = false;
    marked.current?.classList.remove('is-current');
    marked.current = null;
    if (!keepFocus.current) word?.focus();
    keepFocus.current = false;
  }

  // Built once per shown word: the render for a new tap leaves the (hidden) button alone.
  const save = useMemo(() => {
    const sentence = sentences.find((s) => s.id === shownWord?.closest<HTMLElement>('[data-s]')?.dataset.s);
    return detail && sentence ? <SaveWordButton input={saveInputFromReader(detail, sentence, source)} /> : null;
  }, [detail, shownWord, sentences, source]);
  return (
    <WordSheet
      dialog={dialog}
      word={printed}
      detail={detail}
      stale={stale}
      failed={failed}
      position={current ? t('position', { n: current.n, total: current.total }) : ''}
      onPrev={() => step(-1)}
      onNext={() => step(1)}
      onClose={close}
      onClosed={onClosed}
      onListen={speak && printed ? () => speak(printed.text) : null}
      save={save}
    />
  );
}

