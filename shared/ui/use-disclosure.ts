/**
 * A disclosure (WAI-ARIA): a real button with `aria-expanded`, controlling the region it shows.
 * The two halves are returned apart, so that the button and the region can sit where they read best.
 */
import { useId, useState } from 'preact/hooks';

export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const id = useId();
  return {
    open,
    button: { type: 'button' as const, 'aria-expanded': open, 'aria-controls': id, onClick: () => setOpen(!open) },
    region: { id, hidden: !open },
  };
}
