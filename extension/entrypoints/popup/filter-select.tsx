/** Which upcoming stops the list shows: the user's regions, all, or one region that has a stop ahead. */
import { regionName, type Lang, type RegionSlug } from '../../../shared/index.ts';
import type { Translate } from '../../lib/i18n.ts';
import type { RegionFilter } from '../../lib/popup-model.ts';

interface Props {
  value: RegionFilter;
  regions: RegionSlug[];
  /** The user follows some regions: "Mes régions" is a choice. */
  mine: boolean;
  lang: Lang;
  t: Translate;
  onChange: (value: RegionFilter) => void;
}

export function FilterSelect({ value, regions, mine, lang, t, onChange }: Props) {
  return (
    <p class="filter">
      <label for="region-filter">{t('showRegion')}</label>
      <select
        id="region-filter"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as RegionFilter)}
      >
        {mine && <option value="mine">{t('filterMine')}</option>}
        <option value="all">{t('filterAll')}</option>
        {regions.map((slug) => (
          <option key={slug} value={slug}>
            {regionName(slug, lang)}
          </option>
        ))}
      </select>
    </p>
  );
}
