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
  /** $1: a day and an hour (`dayAt`). */
  stale: 'Ce calendrier date du $1\u202f: il n’a pas pu être mis à jour.',
  dayAt: '$1 à $2',
  empty: 'Aucune étape n’est annoncée pour le moment.',
  next: 'Prochaine étape',
  nextElsewhere: 'Prochaine étape, ailleurs',
  /** $1: a region's name; $2 (and $3): days. */
  regionPastOn: 'L’étape $1 a eu lieu le $2.',
  regionPastFromTo: 'L’étape $1 a eu lieu du $2 au $3.',
  regionCancelled: 'L’étape $1 est annulée.',
  /** $1: region names. */
  regionNone: 'Aucune étape n’est prévue dans votre région ($1).',
  regionsNone: 'Aucune étape n’est prévue dans vos régions ($1).',
  /** $1: the tour's name. */
  over: 'La tournée $1 est terminée.',
  /** $1: how many. */
  pastStops: 'Étapes passées ($1)',
  nextEdition: 'Être prévenu de la prochaine édition',
  /** $1: the organiser's name, a link. */
  organizedBy: 'Organisé par $1',
  moreInfo: 'Plus d’informations\u202f: $1',
  details: 'Détails',
  programme: 'Programme',
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
  /** $1: the link itself, to copy by hand. */
  copyFailed: 'Copie impossible ici. Le lien\u202f: $1',
  /** Spoken dates: $1, $3 days; $2, $4 hours. */
  fromTo: 'du $1 au $2',
  dayFromTo: '$1, de $2 à $3',
  fromAtToAt: 'du $1, $2, au $3, $4',
  /** Date tiles, space-separated, Sunday first. */
  weekdaysShort: 'dim. lun. mar. mer. jeu. ven. sam.',
  monthsShort: 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.',
  months: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
} as const;
