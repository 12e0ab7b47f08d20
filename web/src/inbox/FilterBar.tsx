import type { ChangeEvent, RefObject } from 'react';
import { TOPIC_NAMES, URGENCY_NAMES, PLATFORM_NAMES, STATUS_NAMES, regionName, useI18n } from '../i18n';
import { useSession } from '../session';
import type { InboxFilters, Scope } from './filters';

interface Props {
  filters: InboxFilters;
  onChange: (next: InboxFilters) => void;
  regions: string[];
  searchRef: RefObject<HTMLInputElement | null>;
}

export function FilterBar({ filters, onChange, regions, searchRef }: Props) {
  const { t, lang } = useI18n();
  const { user, agencies } = useSession();
  const set = (key: keyof InboxFilters) => (e: ChangeEvent<HTMLSelectElement | HTMLInputElement>) =>
    onChange({ ...filters, [key]: e.target.value });

  const select = (
    key: keyof InboxFilters,
    label: string,
    options: [string, string][],
    anyLabel = t('all'),
  ) => (
    <label className="filter">
      <span className="filter-label">{label}</span>
      <select value={filters[key]} onChange={set(key)} aria-label={label}>
        <option value="">{anyLabel}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  const fromTable = (table: Record<string, { id: string; en: string }>) =>
    Object.entries(table).map(([code, names]) => [code, names[lang]] as [string, string]);

  const scopes: [Scope, string][] = [
    ['all', t('all')],
    ['me', t('assignedToMe')],
    ...(user.seesAllAgencies && user.agencyId ? [['agency', t('myAgency')] as [Scope, string]] : []),
    ['unassigned', t('unassigned')],
  ];

  return (
    <div className="filterbar" role="search">
      <input
        ref={searchRef}
        type="search"
        className="search"
        placeholder={t('searchPlaceholder')}
        aria-label={t('search')}
        value={filters.q}
        onChange={set('q')}
      />
      <div className="scope" role="group" aria-label={t('assignee')}>
        {scopes.map(([scope, label]) => (
          <button
            key={scope}
            type="button"
            className={filters.scope === scope ? 'chip active' : 'chip'}
            aria-pressed={filters.scope === scope}
            onClick={() => onChange({ ...filters, scope })}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="filters">
        {select('status', t('status'), [['open', t('open')], ...fromTable(STATUS_NAMES)])}
        {select('urgency', t('urgency'), fromTable(URGENCY_NAMES))}
        {select('topic', t('topic'), fromTable(TOPIC_NAMES))}
        {select('platform', t('channel'), fromTable(PLATFORM_NAMES))}
        {select(
          'region',
          t('region'),
          regions.map((r) => [r, regionName(r, lang)]),
        )}
        {user.seesAllAgencies &&
          select(
            'agencyId',
            t('agency'),
            agencies.map((a) => [a.id, a.shortName]),
          )}
      </div>
    </div>
  );
}
