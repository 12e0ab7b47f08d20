import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { toastError } from '../lib/toast';

/** Fetches one report whenever its URL changes; keeps the previous data while loading. */
export function useReport<T>(url: string): { data: T | null; loading: boolean } {
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let alive = true;
    setLoading(true);
    api<T>(url)
      .then((d) => alive && setData(d), toastError)
      .finally(() => alive && setLoading(false));
    return () => {
      alive = false;
    };
  }, [url]);
  return { data, loading };
}
