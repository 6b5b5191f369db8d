// This week's classes at a studio, with free places: what a studio website shows. Node 20+, no packages.
// FITFLOW_URL=https://… CLIENT_ID=ffa_… CLIENT_SECRET=ffs_… STUDIO_ID=… OPERATION_ID=… node studio-timetable.mjs
const { FITFLOW_URL = 'http://localhost:4000', CLIENT_ID, CLIENT_SECRET, STUDIO_ID, OPERATION_ID } = process.env;
const basic = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64');
const grant = await fetch(`${FITFLOW_URL}/oauth/token`, {
  method: 'POST',
  headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
  body: 'grant_type=client_credentials',
}).then((r) => r.json());
if (!grant.access_token) throw new Error(`No token: ${grant.error_description ?? grant.error}`);
const from = new Date();
const to = new Date(from.getTime() + 7 * 86_400_000);
const { data, errors } = await fetch(`${FITFLOW_URL}/graphql`, {
  method: 'POST',
  headers: { authorization: `Bearer ${grant.access_token}`, 'content-type': 'application/json' },
  body: JSON.stringify({ documentId: OPERATION_ID, variables: { studioId: STUDIO_ID, from, to } }),
}).then((r) => r.json());
if (errors) throw new Error(errors.map((e) => e.message).join('\n'));
const { name, timeZone, appointments } = data.studio;
console.log(`${name}: this week`);
for (const { node } of appointments.edges) {
  const when = new Date(node.startTime).toLocaleString('en-CA', { timeZone, weekday: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  const places = node.placesLeft > 0 ? `${node.placesLeft} places left` : 'full (waitlist open)';
  console.log(`${when}  ${node.classType.name} with ${node.trainer.displayName}: ${places}`);
}
