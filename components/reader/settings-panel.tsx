'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef } from 'react';
import { FONT_SIZES, type Settings } from '@/lib/reader/settings';
import { useSettings } from '@/lib/reader/use-settings';

type Props = { pinyinAllowed: boolean };

type ChoiceProps<K extends keyof Settings> = {
  name: K;
  legend: string;
  options: readonly { value: Settings[K]; label: string }[];
};

/** Reading settings in a dialog: kept in the browser and applied by CSS, before first paint on reload. */
export function SettingsPanel({ pinyinAllowed }: Props) {
  const t = useTranslations('ReaderSettings');
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button type="button" className="tool-btn" onClick={() => dialog.current?.showModal()}>
        {t('open')}
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} className="settings-dialog">
        <div className="flex items-center justify-between">
          <h2 id={titleId} className="text-lg font-semibold">
            {t('title')}
          </h2>
          <button type="button" className="sheet-btn" onClick={() => dialog.current?.close()} aria-label={t('close')}>
            <span aria-hidden="true">✕</span>
          </button>
        </div>
        <Choice name="size" legend={t('size')} options={FONT_SIZES.map((s) => ({ value: s, label: t(`sizes.${s}`) }))} />
        {pinyinAllowed ? (
          <Choice
            name="pinyin"
            legend={t('pinyin')}
            options={[
              { value: 'off', label: t('pinyinOff') },
              { value: 'all', label: t('pinyinAll') },
              { value: 'unknown', label: t('pinyinUnknown') },
            ]}
          />
        ) : null}
        <Choice name="tones" legend={t('tones')} options={[{ value: true, label: t('on') }, { value: false, label: t('off') }]} />
        <Choice
          name="sandhi"
          legend={t('sandhi')}
          options={[
            { value: 'spoken', label: t('sandhiSpoken') },
            { value: 'dictionary', label: t('sandhiDictionary') },
          ]}
        />
        <Choice
          name="script"
          legend={t('script')}
          options={[
            { value: 'simplified', label: t('simplified') },
            { value: 'traditional', label: t('traditional') },
          ]}
        />
        <Choice
          name="theme"
          legend={t('theme')}
          options={[
            { value: 'system', label: t('system') },
            { value: 'light', label: t('light') },
            { value: 'dark', label: t('dark') },
          ]}
        />
      </dialog>
    </>
  );
}

function Choice<K extends keyof Settings>({ name, legend, options }: ChoiceProps<K>) {
  const [settings, update] = useSettings();
  return (
    <fieldset className="mt-4">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-1">
        {options.map((o) => (
          <label key={String(o.value)} className="choice">
            <input
              type="radio"
              name={name}
              checked={settings[name] === o.value}
              onChange={() => {
                const patch: Partial<Settings> = {};
                patch[name] = o.value;
                update(patch);
              }}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
