import type { Paths } from "../api/client.js";

type EventType = NonNullable<
  NonNullable<Paths["/api/projects/{projectId}/events"]["get"]["parameters"]["query"]>["type"]
>;

/** Every event type the events filter accepts; the compiler checks it against the API's list. */
const all: Record<EventType, true> = {
  "consentRequest.created": true,
  "consentRequest.opened": true,
  "consentRequest.sent": true,
  "consentRequest.deliveryFailed": true,
  "consentRequest.approved": true,
  "consentRequest.declined": true,
  "consentRequest.fulfilled": true,
  "consentRequest.canceled": true,
  "consentRequest.expired": true,
  "consentRequest.fulfillmentFailed": true,
  "subscription.created": true,
  "subscription.simReplaced": true,
  "subscription.providerChanged": true,
  "subscription.ended": true,
  "portOutCredentials.issued": true,
  "project.updated": true,
  "user.created": true,
  "user.updated": true,
  "sim.created": true,
  "member.loggedIn": true,
  "member.created": true,
  "apiKey.created": true,
  "apiKey.revoked": true,
  "organization.created": true,
  "project.created": true,
  "member.added": true,
  "member.roleChanged": true,
  "member.removed": true,
  "member.loginFailed": true,
  "user.contactChanged": true,
  "consentRequest.heldInOutbox": true,
  "subscription.locked": true,
  "subscription.unlocked": true,
  "subscription.flagCleared": true,
  "fraud.suspected": true,
  "portOutCredentials.used": true,
  "portOutCredentials.invalidated": true,
  "portOutCredentials.verificationFailed": true,
  "project.dataRedacted": true,
  "webhookEndpoint.created": true,
  "webhookEndpoint.updated": true,
  "webhookEndpoint.deleted": true,
  "webhookEndpoint.secretRotated": true,
  "webhookEndpoint.disabled": true,
  "simSwap.checked": true,
};

export const eventTypes = Object.keys(all) as EventType[];
