/** What the widget says on screen, French first. Dates, countdowns and names come from the core. */
import type { Lang } from '../../shared/index.ts';

export interface Words {
  calendar: string;
  loading: string;
  unreachable: string;
  timeout: string;
  http: (status: number) => string;
  notJson: string;
  notFeed: string;
  retry: string;
  empty: string;
  noStopIn: (regions: string[]) => string;
  over: (name: string) => string;
  next: string;
  showProgramme: string;
  hideProgramme: string;
  themeLabel: string;
  stopPage: string;
  register: string;
  newWindow: string;
  add: string;
  /** Completes a button's name for screen readers: which stop or tour it acts on. */
  about: (what: string) => string;
  ics: string;
  icsFailed: string;
  google: string;
  outlook: string;
  office365: string;
  yahoo: string;
  subscribe: string;
  webcal: string;
}

const FR: Words = {
  calendar: 'Calendrier de la tournée IntercoTOUR',
  loading: 'Chargement du calendrier…',
  unreachable: 'Le calendrier n’a pas pu être chargé : le serveur est injoignable.',
  timeout: 'Le calendrier n’a pas pu être chargé : le serveur n’a pas répondu en 10 secondes.',
  http: (status) => `Le calendrier n’a pas pu être chargé : le serveur a répondu par l’erreur ${status}.`,
  notJson: 'Le calendrier reçu est illisible : ce n’est pas un fichier JSON.',
  notFeed: 'Le calendrier reçu n’est pas un flux IntercoTOUR (version 1) valide.',
  retry: 'Réessayer',
  empty: 'Aucune étape n’est annoncée pour le moment.',
  noStopIn: (regions) =>
    `Aucune étape de la tournée n’est prévue dans ${regions.length > 1 ? 'les régions choisies' : 'la région choisie'} : ${regions.join(', ')}.`,
  over: (name) => `La tournée ${name} est terminée. Voici ses étapes passées.`,
  next: 'Prochaine étape',
  showProgramme: 'Voir le programme',
  hideProgramme: 'Masquer le programme',
  themeLabel: 'Thème\u00a0: ',
  stopPage: 'Page de l’étape',
  register: 'S’inscrire',
  newWindow: ' (nouvelle fenêtre)',
  add: 'Ajouter à mon agenda',
  about: (what) => `\u00a0: ${what}`,
  ics: 'Apple / Outlook (fichier .ics)',
  icsFailed: 'Le fichier n’a pas pu être créé. Réessayez plus tard.',
  google: 'Google Agenda',
  outlook: 'Outlook.com',
  office365: 'Microsoft 365',
  yahoo: 'Yahoo Agenda',
  subscribe: 'S’abonner à toute la tournée',
  webcal: 'Apple, Thunderbird… (webcal)',
};

const EN: Words = {
  calendar: 'IntercoTOUR calendar',
  loading: 'Loading the calendar…',
  unreachable: 'The calendar could not be loaded: the server cannot be reached.',
  timeout: 'The calendar could not be loaded: the server did not answer within 10 seconds.',
  http: (status) => `The calendar could not be loaded: the server answered with error ${status}.`,
  notJson: 'The calendar received cannot be read: it is not a JSON file.',
  notFeed: 'The calendar received is not a valid IntercoTOUR feed (version 1).',
  retry: 'Try again',
  empty: 'No stop has been announced yet.',
  noStopIn: (regions) =>
    `No stop of the tour is planned in the ${regions.length > 1 ? 'chosen regions' : 'chosen region'}: ${regions.join(', ')}.`,
  over: (name) => `The ${name} tour is over. Here are its past stops.`,
  next: 'Next stop',
  showProgramme: 'Show the programme',
  hideProgramme: 'Hide the programme',
  themeLabel: 'Theme: ',
  stopPage: 'Stop page',
  register: 'Register',
  newWindow: ' (new window)',
  add: 'Add to my calendar',
  about: (what) => `: ${what}`,
  ics: 'Apple / Outlook (.ics file)',
  icsFailed: 'The file could not be made. Please try again later.',
  google: 'Google Calendar',
  outlook: 'Outlook.com',
  office365: 'Microsoft 365',
  yahoo: 'Yahoo Calendar',
  subscribe: 'Subscribe to the whole tour',
  webcal: 'Apple, Thunderbird… (webcal)',
};

export const WORDS: Record<Lang, Words> = { fr: FR, en: EN };
