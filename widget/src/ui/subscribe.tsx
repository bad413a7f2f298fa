/** "S'abonner à toute la tournée": the tour's hosted calendar, kept up to date by the visitor's app. */
/** @jsxImportSource ./jsx */
import { subscribeLink, type Lang } from '../../../shared/index.ts';
import { SUBSCRIBE } from '../state.ts';
import { WORDS } from '../words.ts';
import { ExternalLink } from './external-link.tsx';
import { Menu } from './menu.tsx';

export interface SubscribeProps {
  icsUrl: string;
  name: string;
  lang: Lang;
  open: boolean;
  onToggle: () => void;
  onClose: () => void;
}

export function Subscribe({ icsUrl, name, lang, open, onToggle, onClose }: SubscribeProps) {
  const words = WORDS[lang];
  return (
    <div class="sub">
      <Menu
        id={SUBSCRIBE}
        label={words.subscribe}
        detail={words.about(name)}
        open={open}
        onToggle={onToggle}
        onClose={onClose}
      >
        <li>
          <a href={subscribeLink('webcal', icsUrl, name)}>{words.webcal}</a>
        </li>
        <li>
          <ExternalLink href={subscribeLink('google', icsUrl, name)} label={words.google} lang={lang} />
        </li>
        <li>
          <ExternalLink href={subscribeLink('outlook', icsUrl, name)} label={words.outlook} lang={lang} />
        </li>
      </Menu>
    </div>
  );
}
