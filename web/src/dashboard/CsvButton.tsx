import { downloadCsv } from '../api/client';
import { useI18n } from '../i18n';
import { toastError } from '../lib/toast';

export function CsvButton({ url, filename }: { url: string; filename: string }) {
  const { t } = useI18n();
  const withFormat = `${url}${url.includes('?') ? '&' : '?'}format=csv`;
  return (
    <button
      type="button"
      className="btn btn-small"
      onClick={() => downloadCsv(withFormat, filename).catch(toastError)}
      aria-label={`${t('downloadCsv')}: ${filename}`}
    >
      ⬇ {t('downloadCsv')}
    </button>
  );
}
