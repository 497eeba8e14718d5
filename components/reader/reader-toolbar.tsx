'use client';

import { useTranslations } from 'next-intl';
import { useIsWide, useSettings } from '@/lib/reader/use-settings';
import { SettingsPanel } from './settings-panel';

type Props = { translation: boolean; pinyin: boolean };

/** Sticky bar above the text: all translations on/off, and the reading settings. */
export function ReaderToolbar({ translation, pinyin }: Props) {
  const t = useTranslations('Reader');
  const [settings, update] = useSettings();
  const wide = useIsWide();
  const allShown = settings.translations === 'all' || (settings.translations === 'auto' && wide);
  return (
    <div className="reader-toolbar">
      {translation ? (
        <button
          type="button"
          className="tool-btn"
          aria-pressed={allShown}
          onClick={() => update({ translations: allShown ? 'none' : 'all' })}
        >
          {t('allEnglish')}
        </button>
      ) : null}
      <SettingsPanel pinyinAllowed={pinyin} />
    </div>
  );
}
