import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { CannedResponse } from '../api/types';
import { toastError } from '../lib/toast';

let cache: Promise<CannedResponse[]> | null = null;

/** Canned responses for one agency: its own plus the shared ones (agencyId null). Fetched once per page load. */
export function useCannedResponses(agencyId: string | null): CannedResponse[] {
  const [items, setItems] = useState<CannedResponse[]>([]);
  useEffect(() => {
    cache ??= api<{ items: CannedResponse[] }>('/api/canned-responses').then(
      (r) => r.items,
      (err) => {
        cache = null;
        toastError(err, 'Memuat jawaban siap pakai');
        return [];
      },
    );
    let alive = true;
    void cache.then((all) => alive && setItems(all.filter((c) => !c.agencyId || c.agencyId === agencyId)));
    return () => {
      alive = false;
    };
  }, [agencyId]);
  return items;
}
