/** A short message after an action ("Lien copié."), gone after a while so that it never goes stale. */
import { useEffect, useState } from 'preact/hooks';

const SHOWN_MS = 8_000;

export function useNote(): [string, (note: string) => void] {
  const [note, setNote] = useState('');
  useEffect(() => {
    if (!note) return;
    const timer = setTimeout(() => setNote(''), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [note]);
  return [note, setNote];
}
