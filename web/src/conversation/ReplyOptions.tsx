import type { CannedResponse } from '../api/types';
import { useI18n } from '../i18n';

type Visibility = 'public' | 'private';

/** Public comment or private DM (a DM thread has only the private choice), and the canned-response picker. */
export function ReplyOptions(props: {
  conversationVisibility: Visibility;
  visibility: Visibility;
  onVisibility: (v: Visibility) => void;
  canned: CannedResponse[];
  onCanned: (id: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <label className="inline">
        <span className="sr-only">{t('visibility')}</span>
        <select
          aria-label={t('visibility')}
          value={props.visibility}
          onChange={(e) => props.onVisibility(e.target.value as Visibility)}
        >
          {props.conversationVisibility === 'public' && <option value="public">{t('publicReply')}</option>}
          <option value="private">{t('privateReply')}</option>
        </select>
      </label>
      <label className="inline">
        <span className="sr-only">{t('canned')}</span>
        <select aria-label={t('canned')} value="" onChange={(e) => props.onCanned(e.target.value)}>
          <option value="">{t('cannedChoose')}</option>
          {props.canned.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
