import { useI18n } from '../i18n';
import { findPii, maskPii, PII_KIND_NAMES } from '../lib/pii';

/** Names the personal data found in a reply and offers to mask it before it goes out. */
export function PiiWarning({ text, onMask }: { text: string; onMask: (masked: string) => void }) {
  const { t, lang } = useI18n();
  const kinds = [...new Set(findPii(text).map((p) => PII_KIND_NAMES[p.kind][lang]))];
  if (kinds.length === 0) return null;
  return (
    <p className="banner banner-warn" role="alert" data-testid="pii-warning">
      ⚠ {t('piiWarning')} {kinds.join(', ')}.
      <button type="button" className="btn btn-small" onClick={() => onMask(maskPii(text))}>
        {t('mask')}
      </button>
    </p>
  );
}
