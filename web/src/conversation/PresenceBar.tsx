import type { Viewer } from '../api/types';
import { useI18n } from '../i18n';

/** "Budi sedang melihat · Sari sedang mengetik…" so two officers do not answer the same citizen twice. */
export function PresenceBar({ viewers }: { viewers: Viewer[] }) {
  const { t } = useI18n();
  if (viewers.length === 0) return null;
  return (
    <p className="presence" role="status" data-testid="presence">
      {viewers.map((v, i) => (
        <span key={v.id} className={v.typing ? 'typing' : undefined}>
          {i > 0 && ' · '}
          {v.name} {v.typing ? t('typing') : t('viewing')}
        </span>
      ))}
    </p>
  );
}
