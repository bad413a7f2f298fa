/** "Organisé par Les Interconnectés", the name a link to their site when the feed gives one. */
import { UI, type Lang, type Organizer } from '../../index.ts';
import { ExternalLink } from '../external-link.tsx';
import { fillNodes } from '../fill-nodes.ts';

/** The organiser's name, linked to their site when known; feed text, hence French. */
export function OrganizerName({ organizer, lang }: { organizer: Organizer; lang: Lang }) {
  const name = <span lang="fr">{organizer.name}</span>;
  return organizer.url ? (
    <ExternalLink href={organizer.url} lang={lang}>
      {name}
    </ExternalLink>
  ) : (
    name
  );
}

export function OrganizerLine({ organizer, lang }: { organizer: Organizer; lang: Lang }) {
  return (
    <p class="ic-organizer">{fillNodes(UI[lang].organizer, <OrganizerName organizer={organizer} lang={lang} />)}</p>
  );
}
