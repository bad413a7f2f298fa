/**
 * The feed's JSON Schema, generated from the zod schemas so that the two never disagree, and
 * annotated for people who edit a feed by hand (their editor shows these words and completes
 * the values). Checks a JSON Schema cannot say (real days, end after start) stay in `readFeed`.
 */
import * as z from 'zod/mini';
import { feedSchema } from './schema.ts';

type Node = { [key: string]: unknown; properties?: Record<string, Node>; items?: Node };

const FEED_WORDS: Record<string, string> = {
  version: 'Version du format : 1.',
  name: 'Nom de la tournée, par exemple « IntercoTOUR 2019 ».',
  organizer: 'Qui organise : nom, et site web facultatif.',
  updated: 'Date et heure de la dernière mise à jour, avec le décalage horaire : 2019-03-01T10:00:00+01:00.',
  url: 'Page d’accueil de la tournée (http ou https).',
  stops: 'Les étapes, dans n’importe quel ordre, au plus 1\u202f000.',
};

const STOP_WORDS: Record<string, string> = {
  id: 'Identifiant unique et définitif (minuscules, chiffres, tirets), par exemple cahors-2019. Il devient l’UID des agendas : ne jamais le changer.',
  title: 'Titre de l’étape, 1 à 200 caractères de texte simple.',
  region: 'Région de l’étape.',
  city: 'Ville, par exemple Cahors.',
  start:
    'Premier jour (2019-06-26) pour une étape à la journée, ou début avec l’heure et le décalage (2019-06-26T09:00:00+02:00).',
  end: 'Dernier jour inclus (2019-06-27) pour une étape à la journée, ou fin avec l’heure. Jamais avant le début.',
  status: 'scheduled (par défaut), cancelled (annulée), postponed (reportée) ou rescheduled (nouvelle date).',
  sequence: 'À augmenter de 1 à chaque modification de l’étape, pour que les agendas la mettent à jour.',
  theme: 'Thème de la journée (texte simple).',
  description: 'Présentation en texte simple ; les retours à la ligne sont permis, le HTML jamais.',
  venue: 'Lieu : nom et adresse.',
  url: 'Page de l’étape (http ou https).',
  registrationUrl: 'Page d’inscription (http ou https).',
  programme: 'Séquences de la journée : titre, type, jour, heures.',
  icsUrl: 'Adresse du fichier .ics de l’étape (écrite par la publication).',
};

function describe(properties: Record<string, Node> | undefined, words: Record<string, string>): void {
  for (const [key, text] of Object.entries(words)) {
    if (properties?.[key]) properties[key] = { description: text, ...properties[key] };
  }
}

export function feedJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(feedSchema, { io: 'input', unrepresentable: 'any' }) as Node;
  schema.title = 'Flux IntercoTOUR, version 1';
  describe(schema.properties, FEED_WORDS);
  const stop = schema.properties!.stops!.items!;
  describe(stop.properties, STOP_WORDS);
  // Lengths live after the text is normalised, which the input side of the schema does not show.
  stop.properties!.title = { ...stop.properties!.title, minLength: 1, maxLength: 200 };
  return schema;
}
