// A small modal built on <dialog>: focus trapping, Escape and the backdrop come from the browser.
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n';

interface Props {
  title: string;
  submitLabel: string;
  onSubmit: () => void | Promise<void>;
  onClose: () => void;
  children: ReactNode;
  danger?: boolean;
}

export function Dialog({ title, submitLabel, onSubmit, onClose, children, danger }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);
  async function submit(e: FormEvent) {
    e.preventDefault();
    await onSubmit();
  }
  return (
    <dialog ref={ref} className="dialog" aria-label={title} onClose={onClose}>
      <form onSubmit={submit}>
        <h2>{title}</h2>
        {children}
        <div className="dialog-actions">
          <button type="button" className="btn btn-ghost" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className={danger ? 'btn btn-danger' : 'btn btn-primary'}>
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
