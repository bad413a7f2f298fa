/**
 * What the calendar's screens say in both products (cards, menus, states), French. The French
 * typography is written in: U+202F before « : ; ! ? » and inside « », ’ for the apostrophe.
 */
export const ui = {
  calendar: 'Calendrier de la tournée IntercoTOUR',
  loading: 'Chargement du calendrier…',
  unreachable: 'Le calendrier n’a pas pu être chargé\u202f: le serveur est injoignable.',
  timeout: 'Le calendrier n’a pas pu être chargé\u202f: le serveur n’a pas répondu à temps.',
  http: 'Le calendrier n’a pas pu être chargé\u202f: le serveur a répondu par l’erreur $1.',
  notJson: 'Le calendrier reçu est illisible\u202f: ce n’est pas un fichier JSON.',
  notFeed: 'Le calendrier reçu n’est pas un flux IntercoTOUR (version 1) valide.',
  retry: 'Réessayer',
  empty: 'Aucune étape n’est annoncée pour le moment.',
  next: 'Prochaine étape',
  details: 'Détails',
  themeLabel: 'Thème\u202f: $1',
  stopPage: 'Page de l’étape',
  register: 'S’inscrire',
  newWindow: '(nouvelle fenêtre)',
  add: 'Ajouter à mon agenda',
  /** Completes a button's name for screen readers: which stop or tour it acts on. */
  about: '$1\u202f: $2',
  ics: 'Apple / Outlook (fichier .ics)',
  icsDone: 'Fichier ajouté\u202f: ouvrez-le pour l’enregistrer dans votre agenda.',
  icsFailed: 'Le fichier n’a pas pu être créé. Réessayez plus tard.',
  google: 'Google Agenda',
  outlook: 'Outlook.com',
  office365: 'Microsoft 365',
  yahoo: 'Yahoo Agenda',
  subscribe: 'S’abonner à toute la tournée',
  webcal: 'Apple, Thunderbird… (webcal)',
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié.',
} as const;
