import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SubscribeMenu } from './subscribe-menu.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ICS = 'https://cdn.example/intercotour/intercotour.ics';

function open(label?: string) {
  const result = render(<SubscribeMenu icsUrl={ICS} name="IntercoTOUR 2031" lang="fr" {...(label ? { label } : {})} />);
  fireEvent.click(screen.getByRole('button', { name: /^(S’abonner|Être prévenu)/ }));
  return { ...result, status: result.container.querySelector('[role="status"]')! };
}

describe('SubscribeMenu', () => {
  it('offers webcal, Google, Outlook.com and the link itself', () => {
    open();
    const items = screen.getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Apple, Thunderbird… (webcal)',
      'Google Agenda (nouvelle fenêtre)',
      'Outlook.com (nouvelle fenêtre)',
      'Copier le lien',
    ]);
    expect(items[0]!.getAttribute('href')).toBe('webcal://cdn.example/intercotour/intercotour.ics');
    expect(new URL(items[1]!.getAttribute('href')!).host).toBe('calendar.google.com');
    expect(items[2]!.getAttribute('href')).toContain(encodeURIComponent(ICS));
  });

  it('copies the link and says so', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { status } = open();
    fireEvent.click(screen.getByRole('menuitem', { name: 'Copier le lien' }));
    expect(writeText).toHaveBeenCalledWith(ICS);
    await waitFor(() => expect(status.textContent).toBe('Lien copié.'));
  });

  it('shows the link to copy by hand when the browser refuses', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    const { status } = open();
    fireEvent.click(screen.getByRole('menuitem', { name: 'Copier le lien' }));
    await waitFor(() => expect(status.textContent).toBe(`Copiez ce lien\u202f: ${ICS}`));
  });

  it('takes other words where the tour is over', () => {
    open('Être prévenu de la prochaine édition');
    expect(screen.getByRole('button', { name: /^Être prévenu de la prochaine édition/ })).toBeDefined();
  });
});
