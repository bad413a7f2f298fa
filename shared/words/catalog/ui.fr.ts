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
  /** $1: the organiser's name, a link to their site. */
  organizerSite: 'Les dates sont aussi sur le site de l’organisateur\u202f: $1.',
  /** $1: when the copy shown was read (`atTime`). */
  staleFailed: 'Calendrier du $1\u202f: la mise à jour n’a pas pu être chargée.',
  staleOld: 'Calendrier du $1\u202f: il a pu changer depuis.',
  /** $1: a day, $2: a time of day. */
  atTime: '$1 à $2',
  empty: 'Aucune étape n’est annoncée pour le moment.',
  /** In place of a stop whose card could not be drawn; the others stay. */
  stopUnshown: 'Cette étape ne peut pas être affichée.',
  /** After a page of stops, when there are more. */
  showMore: 'Voir plus d’étapes',
  next: 'Prochaine étape',
  nextElsewhere: 'Prochaine étape, ailleurs',
  /** $1: the region, $2: when (`onDay` or `fromTo`). */
  regionPast: 'L’étape $1 a eu lieu $2.',
  /** $1: the region. */
  regionCancelled: 'L’étape $1 est annulée.',
  /** $1: the region (or regions) the page shows. */
  regionNone: 'Pas d’étape prévue pour le moment dans votre région ($1).',
  regionsNone: 'Pas d’étape prévue pour le moment dans vos régions ($1).',
  /** $1: the tour's name. */
  over: 'La tournée $1 est terminée.',
  /** $1: how many. */
  pastStop: 'Voir l’étape passée',
  pastStops: 'Voir les $1 étapes passées',
  nextEdition: 'Être prévenu de la prochaine édition',
  /** $1: the organiser's name, a link to their site. */
  organizer: 'Organisé par $1',
  onDay: 'le $1',
  fromTo: 'du $1 au $2',
  /** $1: a day, $2 and $3: times of day. */
  dayTimes: '$1, de $2 à $3',
  /** $1, $3: days; $2, $4: times of day. */
  fromToTimes: 'du $1, $2, au $3, $4',
  /** The date tile: abbreviations from Sunday, then from January, `|` between them. */
  weekdaysShort: 'dim.|lun.|mar.|mer.|jeu.|ven.|sam.',
  monthsShort: 'janv.|févr.|mars|avr.|mai|juin|juil.|août|sept.|oct.|nov.|déc.',
  details: 'Détails',
  programme: 'Programme',
  themeLabel: 'Thème\u202f: $1',
  stopPage: 'Page de l’étape',
  register: 'S’inscrire',
  newWindow: '(nouvelle fenêtre)',
  add: 'Ajouter à mon agenda',
  addWith: 'Ajouter à mon agenda ($1)',
  /** The .ics choice, named in `addWith`. */
  icsShort: 'fichier .ics',
  otherCalendars: 'Autres agendas',
  /** The add button of a one-line stop: where room is short. */
  addShort: 'Ajouter',
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
  /** $1: the address, when the browser refused to copy it. */
  copyFailed: 'Copiez ce lien\u202f: $1',
} as const;
