/**
 * What the browser extension says (toolbar, notifications, popup, options), French. The
 * extension reads these through `browser.i18n`: its `_locales` are written from this section at
 * build time, the keys being the message names (letters, digits and `_` only). The French
 * typography is written in: U+202F before « : ; ! ? » and inside « », ’ for the apostrophe.
 */
export const extension = {
  /** The language of this catalog: the core's words (dates, countdowns) follow it. */
  lang: 'fr',
  extName: 'IntercoTOUR',
  /** The stores' description: 132 characters at most. */
  extDescription:
    'La prochaine étape de l’IntercoTOUR dans la barre d’outils, des rappels avant celles de votre région, l’ajout à l’agenda en un clic.',
  popupTitle: 'IntercoTOUR\u202f: prochaines étapes',
  optionsTitle: 'IntercoTOUR\u202f: réglages',

  // The toolbar button's tooltip.
  /** $1 the stop, $2 its city, $3 its day (« mardi 26 mars »), $4 when (« dans 12 jours »). */
  badgeNext: 'Prochaine étape\u202f: $1 à $2, $3 — $4',
  badgeNoneInRegions: 'IntercoTOUR\u202f: aucune étape à venir dans vos régions',
  badgeTourOver: 'IntercoTOUR\u202f: la tournée est terminée',
  badgeNoStops: 'IntercoTOUR\u202f: aucune étape annoncée pour le moment',
  badgeNoData: 'IntercoTOUR\u202f: les étapes n’ont pas encore pu être lues',

  // Notifications.
  /** $1 the stop, $2 when (« dans 7 jours », « demain »). */
  reminderTitle: '$1 — $2',
  /** $1 the dates, $2 the place (« Cahors (Occitanie) »). */
  reminderMessage: '$1, $2',
  reminderTheme: 'Thème\u202f: $1',
  movedTitle: 'Étape déplacée\u202f: $1',
  /** $1 the new dates, $2 the place, $3 the day it was. */
  movedMessage: 'Nouvelle date\u202f: $1, $2 (au lieu du $3).',
  cancelledTitle: 'Étape annulée\u202f: $1',
  /** $1 the day it was, $2 the city. */
  cancelledMessage: 'L’étape prévue le $1 à $2 est annulée.',
  postponedTitle: 'Étape reportée\u202f: $1',
  postponedMessage: 'L’étape prévue le $1 à $2 est reportée.',
  /** Several reminders of one pass in one notification: $1 how many, $2 when (« demain », « à venir »). */
  remindersGroup: '$1 étapes $2',
  remindersGroupInRegions: '$1 étapes $2 dans vos régions',
  /** When the grouped stops fall on different days. */
  groupSoon: 'à venir',
  /** $1 how many stops changed. */
  changesGroup: '$1 étapes modifiées',
  /** $1 the stop's dates and place. */
  changeLineMoved: 'Déplacée\u202f: $1',
  changeLineCancelled: 'Annulée\u202f: $1',
  changeLinePostponed: 'Reportée\u202f: $1',
  /** After the stops a grouped notification names: $1 how many more. */
  groupMoreOne: 'et $1 autre',
  groupMoreMany: 'et $1 autres',
  testTitle: 'Rappel de test — IntercoTOUR',
  testMessageNoStop: 'Les rappels fonctionnent. Aucune étape n’est à venir pour le moment.',
  /** A notification's button (Chrome). */
  addToCalendar: 'Ajouter à mon agenda',
  /** « 12 mars 2025 à 10 h ». */
  dayAtTime: '$1 à $2',

  // The feed's state, on the popup: why the data may be old.
  feedUnreachable: 'Flux injoignable',
  feedInvalid: 'Flux illisible',
  /** $1 why (`feedUnreachable`…), $2 when the copy shown was read. */
  feedShowingCopyOf: '$1 — données du $2.',
  feedNoDataYet: '$1\u202f: les étapes n’ont pas encore pu être lues.',
  /** $1 the feed's host. */
  feedNeedsPermission: 'Pour lire les étapes, l’extension a besoin d’accéder à $1.',
  allowAccess: 'Autoriser l’accès',
  tryAgain: 'Réessayer',

  // The popup.
  loading: 'Chargement…',
  openSettings: 'Réglages',
  nextStop: 'Prochaine étape',
  /** The heading of the stop a notification opened. */
  askedStop: 'Étape',
  upcomingStops: 'Étapes à venir',
  /** $1 the user's regions. */
  noneInYourRegions: 'Aucune étape à venir dans vos régions ($1).',
  nextElsewhere: 'Prochaine étape de la tournée, ailleurs\u202f:',
  tourOver: 'La tournée est terminée\u202f: aucune étape à venir.',
  noStopsYet: 'Aucune étape n’est annoncée pour le moment.',
  noDataYet: 'Les étapes n’ont pas encore pu être lues.',
  noOtherStop: 'Aucune autre étape à venir ici.',
  /** The region filter's label, and its choices. */
  showRegion: 'Afficher',
  filterMine: 'Mes régions',
  filterAll: 'Toutes les régions',
  themeIs: 'Thème\u202f: $1',
  stopPage: 'Page de l’étape',
  register: 'S’inscrire',
  /** $1 the user's calendar. */
  addWith: 'Ajouter à mon agenda ($1)',
  otherCalendars: 'Autres agendas',
  /** Calendars; a no-break space keeps « Fichier .ics » on one line. */
  targetIcs: 'Fichier\u00a0.ics',
  targetGoogle: 'Google Agenda',
  targetOutlook: 'Outlook.com',
  targetOffice365: 'Microsoft 365',
  subscribeTour: 'S’abonner à toute la tournée',
  subscribeExplained: 'Votre agenda recevra les étapes et leurs changements.',
  subscribeWebcal: 'Apple Calendrier, Outlook, Thunderbird',
  subscribeGoogle: 'Google Agenda',
  subscribeOutlook: 'Outlook.com',

  // The options page.
  optionsHeading: 'Réglages de l’extension IntercoTOUR',
  optionsIntro: 'Choisissez vos régions\u202f: le badge et les rappels suivront leurs étapes.',
  regionsLegend: 'Mes régions',
  regionsHint: 'Aucune région cochée\u202f: toutes les étapes sont suivies.',
  regionsHintSome: 'Seules les étapes des régions cochées sont suivies\u202f; sans région cochée, toutes le sont.',
  remindersLegend: 'Rappels',
  remindersOn: 'M’envoyer des rappels avant les étapes de mes régions',
  leadLegend: 'Quand',
  leadSameDay: 'Le jour même',
  leadOneDay: 'La veille',
  /** $1 how many days, 2 or more. */
  leadDays: '$1 jours avant',
  reminderTimeLabel: 'Heure des rappels',
  reminderTimeHint: 'À l’heure de votre ordinateur.',
  calendarLegend: 'Mon agenda',
  save: 'Enregistrer',
  settingsSaved: 'Réglages enregistrés.',
  errorNoLeadDay: 'Choisissez au moins un moment de rappel, ou désactivez les rappels.',
  errorReminderTime: 'Indiquez une heure comme 09:00.',
  errorCalendar: 'Choisissez un agenda.',
  testHeading: 'Rappel de test',
  testExplained: 'Vérifiez que les notifications de votre navigateur s’affichent.',
  testSend: 'Envoyer un rappel de test',
  testSent: 'Rappel de test envoyé.',
  testFailed: 'Le rappel de test n’a pas pu être envoyé.',
  feedHeading: 'Source des étapes',
  /** Followed by the feed's address. */
  feedInUse: 'Flux utilisé\u202f:',
  feedBundled: 'la tournée 2019 intégrée à l’extension',
  feedNoneYet: 'aucun pour le moment',
  /** $1 when. */
  feedReadOn: 'lu le $1',
  /** $1 when, $2 what went wrong (a `failure…` sentence). */
  feedLastRead: 'Dernière lecture, le $1\u202f: $2',
  feedUrlLabel: 'Adresse d’un autre flux',
  feedUrlHint: 'Le fichier stops.json publié par l’organisateur. L’accès à ce site vous sera demandé.',
  feedUse: 'Utiliser ce flux',
  feedBackToDefault: 'Revenir au flux par défaut',
  feedBackToBundled: 'Revenir à la tournée intégrée',
  feedReading: 'Lecture du flux…',
  /** $1 how many stops were read. */
  feedSwitchedOne: 'Flux enregistré\u202f: $1 étape lue.',
  feedSwitchedMany: 'Flux enregistré\u202f: $1 étapes lues.',
  /** $1 the host. */
  feedPermissionRefused: 'Accès à $1 refusé\u202f: le flux précédent reste utilisé.',
  errorFeedUrlEmpty: 'Indiquez l’adresse du flux.',
  errorFeedUrlNotUrl: 'Cette adresse n’est pas valide (exemple\u202f: https://exemple.fr/stops.json).',
  errorFeedUrlNotHttp: 'L’adresse doit commencer par https:// ou http://.',
  errorFeedUrlCredentials: 'L’adresse ne doit pas contenir d’identifiant ni de mot de passe.',

  // Why a feed could not be read, for the person who typed its address.
  failureNetwork: 'Le flux est injoignable\u202f: le flux précédent reste utilisé.',
  failureTimeout: 'Le flux ne répond pas assez vite\u202f: le flux précédent reste utilisé.',
  /** $1 the HTTP status. */
  failureHttp: 'Le serveur répond par l’erreur $1\u202f: le flux précédent reste utilisé.',
  failureInvalid: 'Ce fichier n’est pas un flux IntercoTOUR lisible\u202f: le flux précédent reste utilisé.',
  /** $1 the first problem found. */
  failureInvalidBecause:
    'Ce fichier n’est pas un flux IntercoTOUR lisible ($1)\u202f: le flux précédent reste utilisé.',
  failurePermission: 'L’accès à ce site n’est pas autorisé\u202f: le flux précédent reste utilisé.',
  failureAddressCredentials:
    'L’adresse du flux contient un identifiant et un mot de passe, que l’extension n’envoie jamais\u202f: indiquez une adresse sans eux. Le flux précédent reste utilisé.',
  failureAddress:
    'L’adresse du flux n’est pas une adresse https:// ou http:// valide\u202f: indiquez-en une autre. Le flux précédent reste utilisé.',
  failureStorageFull:
    'Le flux a été lu, mais il dépasse la place que le navigateur accorde à l’extension\u202f: le flux précédent reste utilisé.',
  failureStorage:
    'Le flux a été lu, mais le navigateur n’a pas pu l’enregistrer\u202f: le flux précédent reste utilisé.',
  failureInternal: 'Une erreur de l’extension a interrompu la lecture du flux\u202f: le flux précédent reste utilisé.',

  // Settings an IT department set through policies.
  managedLocked: 'Réglé par votre organisation\u202f: pour le changer, adressez-vous à votre service informatique.',
  managedPreset: 'Proposé par votre organisation\u202f; vous pouvez le changer.',
  /** $1 the policy key as written, $2 why (a `managedWhy…` phrase). */
  managedIgnored:
    'Réglage «\u202f$1\u202f» de votre organisation ignoré\u202f: $2. Signalez-le à votre service informatique.',
  managedWhyType: 'la valeur n’est pas du type attendu',
  managedWhyFeed: 'l’adresse doit commencer par https:// ou http://',
  managedWhyRegion: 'une région est inconnue',
  managedWhyLeadDay: 'les délais possibles sont 0, 1, 2, 3, 7, 14 et 30 jours',
  managedWhyTime: 'l’heure doit s’écrire comme 09:00',
  managedWhyUnknown: 'nom de réglage inconnu',

  /** The popup and the options page, when what was stored could not be read back. */
  storedDamaged:
    'Des données enregistrées par l’extension étaient illisibles\u202f: elles ont été écartées. Réessayez pour relire le flux.',
} as const;
