/**
 * The core's words, French: statuses, programme kinds, countdowns, the text of a calendar entry,
 * and the names dates are written with. The French typography is written in: U+202F before
 * « : ; ! ? » and inside « », ’ for the apostrophe, agreement with « étape » (feminine).
 */
export const core = {
  statusScheduled: 'Programmée',
  statusCancelled: 'Annulée',
  statusPostponed: 'Reportée',
  statusRescheduled: 'Nouvelle date',

  kindConference: 'Conférence',
  kindWorkshop: 'Atelier',
  kindPitch: 'Pitchs',
  kindCeremony: 'Cérémonie',
  kindVisit: 'Visite',
  kindTraining: 'Formation',
  kindOther: 'Autre',

  /** On a card, beside the stop. */
  countdownPast: 'Terminée',
  countdownToday: 'Aujourd’hui',
  countdownOngoing: 'En cours',
  countdownTomorrow: 'Demain',
  /** $1: days to go, 2 or more. */
  countdownDays: 'J-$1',
  /** The toolbar badge: four characters at most. */
  badgeToday: 'Auj.',
  badgeDays: 'J-$1',
  /** What a screen reader says instead of « J-12 ». */
  spokenPast: 'terminée',
  spokenToday: 'aujourd’hui',
  spokenOngoing: 'en cours',
  spokenTomorrow: 'demain',
  spokenDays: 'dans $1 jours',

  /** Lines of a calendar entry's description (.ics files and add-to-calendar links). */
  eventTheme: 'Thème\u202f: $1',
  eventProgramme: 'Programme\u202f:',
  eventPage: 'Page de l’étape\u202f: $1',
  eventRegister: 'Inscription\u202f: $1',

  /** The first of the month, as an ordinal (U+1D49 U+02B3). */
  firstOfMonth: '1ᵉʳ',
  month1: 'janvier',
  month2: 'février',
  month3: 'mars',
  month4: 'avril',
  month5: 'mai',
  month6: 'juin',
  month7: 'juillet',
  month8: 'août',
  month9: 'septembre',
  month10: 'octobre',
  month11: 'novembre',
  month12: 'décembre',
  weekday0: 'dimanche',
  weekday1: 'lundi',
  weekday2: 'mardi',
  weekday3: 'mercredi',
  weekday4: 'jeudi',
  weekday5: 'vendredi',
  weekday6: 'samedi',
} as const;
