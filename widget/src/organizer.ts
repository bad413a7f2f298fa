/**
 * Who runs the tour, for a calendar whose feed could not be read at all: the failure still points
 * to the organiser's site. The bundled tour says the same (a test holds them equal).
 */
import type { Organizer } from '../../shared/index.ts';

export const ORGANIZER: Organizer = { name: 'Les Interconnectés', url: 'https://www.interconnectes.com' };
