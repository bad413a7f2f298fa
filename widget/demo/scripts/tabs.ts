/**
 * Tabs as the WAI-ARIA Authoring Practices describe them (automatic activation): one tab in the
 * Tab order, arrow keys move between tabs and show their panel, Home and End reach the ends.
 * https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
export function tabs(list: HTMLElement): void {
  const all = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
  const panelOf = (tab: HTMLElement) => document.getElementById(tab.getAttribute('aria-controls') ?? '');

  function select(chosen: HTMLElement, focus: boolean): void {
    for (const tab of all) {
      const selected = tab === chosen;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      panelOf(tab)?.toggleAttribute('hidden', !selected);
    }
    if (focus) chosen.focus();
  }

  list.addEventListener('click', (event) => {
    const tab = (event.target as Element).closest<HTMLElement>('[role="tab"]');
    if (tab) select(tab, false);
  });
  list.addEventListener('keydown', (event) => {
    const current = all.indexOf(event.target as HTMLElement);
    if (current < 0) return;
    const last = all.length - 1;
    const next = {
      ArrowRight: current === last ? 0 : current + 1,
      ArrowLeft: current === 0 ? last : current - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(all[next]!, true);
  });

  const linked = all.find((tab) => `#${tab.id}` === location.hash);
  select(linked ?? all.find((tab) => tab.getAttribute('aria-selected') === 'true') ?? all[0]!, false);
}
