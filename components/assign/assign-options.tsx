'use client';

import { useTranslations } from 'next-intl';
import { MAX_INSTRUCTIONS } from '@/lib/assign/limits';
import type { HandoutPinyin } from '@/lib/assign/types';

export type AssignOptionsValue = {
  instructions: string;
  due: string;
  translation: boolean;
  pinyin: boolean;
  handoutPinyin: HandoutPinyin;
};

type Props = { value: AssignOptionsValue; onChange: (value: AssignOptionsValue) => void };

const FIELD = 'w-full rounded-lg border border-stone-300 bg-white p-2 dark:border-stone-600 dark:bg-stone-900';

/** Step 3: instructions (plain text), due date and what help students get. */
export function AssignOptions({ value, onChange }: Props) {
  const t = useTranslations('Assign');
  const set = <K extends keyof AssignOptionsValue>(key: K, v: AssignOptionsValue[K]) => onChange({ ...value, [key]: v });
  return (
    <div className="space-y-4">
      <div>
        <label htmlFor="assign-instructions" className="block font-medium">
          {t('instructionsLabel')}
        </label>
        <p id="assign-instructions-hint" className="text-sm text-stone-600 dark:text-stone-400">
          {t('instructionsHint', { limit: MAX_INSTRUCTIONS })}
        </p>
        <textarea
          id="assign-instructions"
          aria-describedby="assign-instructions-hint"
          rows={3}
          maxLength={MAX_INSTRUCTIONS}
          value={value.instructions}
          onChange={(e) => set('instructions', e.target.value)}
          className={`${FIELD} mt-1`}
        />
      </div>
      <div>
        <label htmlFor="assign-due" className="block font-medium">
          {t('dueLabel')}
        </label>
        <input id="assign-due" type="date" value={value.due} onChange={(e) => set('due', e.target.value)} className={`${FIELD} mt-1 max-w-56`} />
      </div>
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" className="size-5 accent-accent" checked={value.translation} onChange={(e) => set('translation', e.target.checked)} />
        {t('translationLabel')}
      </label>
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" className="size-5 accent-accent" checked={value.pinyin} onChange={(e) => set('pinyin', e.target.checked)} />
        {t('pinyinLabel')}
      </label>
      <fieldset>
        <legend className="font-medium">{t('handoutLabel')}</legend>
        {(['focus', 'all'] as const).map((v) => (
          <label key={v} className="flex min-h-11 items-center gap-3">
            <input type="radio" name="handout-pinyin" className="size-5 accent-accent" checked={value.handoutPinyin === v} onChange={() => set('handoutPinyin', v)} />
            {t(v === 'focus' ? 'handoutFocus' : 'handoutAll')}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
