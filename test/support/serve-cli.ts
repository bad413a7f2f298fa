/** `tsx test/support/serve-cli.ts DIR [PORT]`: serves DIR on localhost and prints what is where. */
import { serveFolder } from './static-server.ts';

const [root = 'dist', port = '8080'] = process.argv.slice(2);
const { origin } = await serveFolder(root, { port: Number(port) });
console.log(`Serving ${root}/ on ${origin}/`);
console.log(`  The published feed: ${origin}/feed/stops.json`);
console.log(`  The whole tour, to subscribe to: ${origin}/feed/intercotour.ics`);
console.log('Press Ctrl+C to stop.');
