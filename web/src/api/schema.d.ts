/** Generated from the server's OpenAPI document by scripts/api-types.ts: do not edit. */

export interface paths {
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in */
        post: operations["createSession"];
        /** Log out */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/eventTypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List event types
         * @description Every event type with its description and the JSON Schema of its data (W6), all in one page.
         */
        get: operations["listEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller and its projects */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the project */
        get: operations["getProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the project's settings
         * @description Change the project's settings, including consent (C2). Owners only.
         */
        patch: operations["updateProject"];
        trace?: never;
    };
    "/api/projects/{projectId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: operations["listUsers"];
        put?: never;
        /** Create a user */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/projects/{projectId}/sims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List SIMs */
        get: operations["listSims"];
        put?: never;
        /**
         * Add a SIM to the inventory
         * @description Add a SIM to the inventory; it enters as available.
         */
        post: operations["createSim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/sims/{simId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a SIM */
        get: operations["getSim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List subscriptions */
        get: operations["listSubscriptions"];
        put?: never;
        /**
         * Create a subscription
         * @description Create a line; it starts active and its SIM becomes active.
         */
        post: operations["createSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a subscription */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/subscriptions/{subscriptionId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a subscription
         * @description End the line; its pending and approved consent requests are canceled (C7).
         */
        post: operations["endSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/subscriptions/{subscriptionId}/simReplacements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace a line's SIM
         * @description Replace the line's SIM with a given available SIM or a new eSIM (`auto`).
         */
        post: operations["replaceSim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/subscriptions/{subscriptionId}/providerChanges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a line to another provider
         * @description Move the line to another provider of the project, with a new SIM of it.
         */
        post: operations["changeProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/subscriptions/{subscriptionId}/portOutCredentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue port-out credentials
         * @description Issue the account number and transfer PIN the user needs to port the number out.
         */
        post: operations["issuePortOutCredentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/subscriptions/{subscriptionId}/locks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lock a line
         * @description Lock the line: `simChange` refuses SIM replacements and provider changes, `portOut` refuses port-out credentials and ends the current transfer PIN (F1).
         */
        post: operations["lockSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/subscriptions/{subscriptionId}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlock a line
         * @description Remove locks. Asks the subscriber's consent with a `lockRemoval` request (202); an owner may remove them at once with `override: true` and a `reason` (200).
         */
        post: operations["unlockSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/subscriptions/{subscriptionId}/clearFlag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clear a line's fraud flag
         * @description Clear the fraud flag a decline set (F2), with a reason. Owners only.
         */
        post: operations["clearSubscriptionFlag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/portOutCredentials/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify port-out credentials
         * @description Check a line's port-out credentials (F4). A valid PIN is used up by the check; five wrong PINs for a line end its PIN. Rate-limited per caller.
         */
        post: operations["verifyPortOutCredentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/consentRequests/{consentRequestId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a consent request's evidence
         * @description Everything recorded about one request (F5). With `Accept: text/html` or `format=html`, a printable page.
         */
        get: operations["getConsentEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/auditVerification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify the audit chain
         * @description Recompute the project's event hash chain (F6) and name the first event that does not match.
         */
        get: operations["verifyAuditChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/consentRequests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List consent requests */
        get: operations["listConsentRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/consentRequests/{consentRequestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a consent request */
        get: operations["getConsentRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/consentRequests/{consentRequestId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a consent request
         * @description Cancel a pending or approved request (C5); its link stops working.
         */
        post: operations["cancelConsentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/consentRequests/{consentRequestId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a consent request again
         * @description Send the request again as a new request with a new link (C6), possibly by another delivery method.
         */
        post: operations["resendConsentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/consentRequests/{consentRequestId}/fulfill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Carry out an approved port-out
         * @description Follow up an approved request (C8): carry it out, or retry a failed fulfilment (C7). For port-out, the credentials are in this answer only.
         */
        post: operations["fulfillConsentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description Every event of the project, newest first (E1).
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/webhookEndpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook endpoints */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Answers the endpoint with its signing secret, shown only here (W1).
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/webhookEndpoints/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook endpoint */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Answers the endpoint as it was; nothing more is sent to it.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Change a webhook endpoint
         * @description Change its URL, event types or description, or disable and enable it. An endpoint enabled again receives the events that happen from then on (W4).
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/api/projects/{projectId}/webhookEndpoints/{endpointId}/rotateSecret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a webhook endpoint's secret
         * @description Answers the new secret, shown only here. For 24 hours the previous secret signs every message beside the new one, so the receiver can switch without losing any.
         */
        post: operations["rotateWebhookEndpointSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/webhookEndpoints/{endpointId}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an endpoint's delivery attempts
         * @description Every attempt to deliver an event to the endpoint, newest first: its status code or error, duration and the first kilobyte of the answer (W3).
         */
        get: operations["listWebhookAttempts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/webhookEndpoints/{endpointId}/events/{eventId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an event to an endpoint again
         * @description Queues the event for the endpoint once more, with the same webhook-id, whatever the endpoint's event types (W3).
         */
        post: operations["redeliverWebhookEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/stats/consentRequests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Consent request figures per day
         * @description Requests created in the last `days` UTC days (today included) by current outcome, outcome shares per delivery method, and the median time from sending to decision.
         */
        get: operations["getConsentRequestStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/apiKeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description The project's API keys, revoked and expired ones too. Owners only.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Make an API key. The key is in this answer only. Owners only.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/apiKeys/{apiKeyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an API key
         * @description Revoke an API key: it is refused at once here and within 5 seconds everywhere. Owners only.
         */
        post: operations["revokeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List members
         * @description The project's members. Owners only.
         */
        get: operations["listMembers"];
        put?: never;
        /**
         * Add a member
         * @description Add a person to the project. A new person gets a one-time password, in this answer only; a member of other projects keeps theirs (`password` is null). Owners only.
         */
        post: operations["addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a member's role
         * @description Change a member's role; the last owner cannot stop being one (409 lastOwner). Owners only.
         */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/api/projects/{projectId}/members/{memberId}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a member
         * @description Remove a member from the project; their sessions end at once. The last owner cannot be removed (409 lastOwner). Owners only.
         */
        post: operations["removeMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/camara/sim-swap/v2/retrieve-date": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieve SIM swap date
         * @description When the active line with this number last took a SIM: its last SIM replacement or provider change, or its activation when there was none (a new subscription counts as a SIM change).
         */
        post: operations["retrieveSimSwapDate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/camara/sim-swap/v2/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check SIM swap
         * @description Whether the active line with this number took a SIM (replacement, provider change or activation) within the last maxAge hours.
         */
        post: operations["checkSimSwap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Outbox messages
         * @description Messages kept instead of sent when no real transport is configured (or OUTBOX=1), newest first. Owners only: they hold live consent links.
         */
        get: operations["listOutboxMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "consentRequest.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * consentRequest.created
         * @description A consent request was created and its link is on its way to the subscriber.
         */
        post: operations["onConsentRequestCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "consentRequest.opened": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * consentRequest.opened
         * @description The subscriber opened the review page for the first time.
         */
        post: operations["onConsentRequestOpened"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "consentRequest.sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * consentRequest.sent
         * @description The mail server or SMS gateway accepted the message with the link.
         */
        post: operations["onConsentRequestSent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "consentRequest.deliveryFailed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * consentRequest.deliveryFailed
         * @description The link could not be delivered, after every retry or for good.
         */
        post: operations["onConsentRequestDeliveryFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "consentRequest.approved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * consentRequest.approved
         * @description The subscriber approved the request.
         */
        post: operations["onConsentRequestApproved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "consentRequest.declined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * consentRequest.declined
         * @description The subscriber declined the request.
         */
        post: operations["onConsentRequestDeclined"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "consentRequest.fulfilled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * consentRequest.fulfilled
         * @description What the subscriber approved was carried out.
         */
        post: operations["onConsentRequestFulfilled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "consentRequest.canceled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * consentRequest.canceled
         * @description The request was canceled: by a member, superseded by a newer one, or its line ended.
         */
        post: operations["onConsentRequestCanceled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "consentRequest.expired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * consentRequest.expired
         * @description The request expired before the subscriber decided.
         */
        post: operations["onConsentRequestExpired"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "consentRequest.fulfillmentFailed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * consentRequest.fulfillmentFailed
         * @description The approved action could not be carried out; the request stays approved.
         */
        post: operations["onConsentRequestFulfillmentFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "consentRequest.heldInOutbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * consentRequest.heldInOutbox
         * @description No transport is configured: the message was kept in the Outbox instead of being sent.
         */
        post: operations["onConsentRequestHeldInOutbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.created
         * @description A line was created; its SIM became active.
         */
        post: operations["onSubscriptionCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.simReplaced": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.simReplaced
         * @description The line's SIM was replaced.
         */
        post: operations["onSubscriptionSimReplaced"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.providerChanged": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.providerChanged
         * @description The line moved to another network provider.
         */
        post: operations["onSubscriptionProviderChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.ended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.ended
         * @description The line was ended; its open requests were canceled.
         */
        post: operations["onSubscriptionEnded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.locked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.locked
         * @description A lock against SIM changes or port-out was put on the line (F1); the actor is the user when they locked it from the review page.
         */
        post: operations["onSubscriptionLocked"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.unlocked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.unlocked
         * @description A lock was taken off the line: by an approved lockRemoval request, or by an owner's override with a reason.
         */
        post: operations["onSubscriptionUnlocked"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.flagCleared": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.flagCleared
         * @description The fraud flag of the line was cleared.
         */
        post: operations["onSubscriptionFlagCleared"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "portOutCredentials.issued": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * portOutCredentials.issued
         * @description Port-out credentials were issued (the PIN is never in an event).
         */
        post: operations["onPortOutCredentialsIssued"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "portOutCredentials.used": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * portOutCredentials.used
         * @description A port-out PIN was verified and used up (F4).
         */
        post: operations["onPortOutCredentialsUsed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "portOutCredentials.invalidated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * portOutCredentials.invalidated
         * @description The line's port-out PIN stopped being valid.
         */
        post: operations["onPortOutCredentialsInvalidated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "portOutCredentials.verificationFailed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * portOutCredentials.verificationFailed
         * @description A port-out PIN did not match; five end the PIN.
         */
        post: operations["onPortOutCredentialsVerificationFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "project.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * project.created
         * @description A project was created.
         */
        post: operations["onProjectCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "project.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * project.updated
         * @description The project's settings changed.
         */
        post: operations["onProjectUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "project.dataRedacted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * project.dataRedacted
         * @description Personal data past the project's retention was redacted (F7).
         */
        post: operations["onProjectDataRedacted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "organization.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * organization.created
         * @description An organization was created.
         */
        post: operations["onOrganizationCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * user.created
         * @description A user (subscriber) was created.
         */
        post: operations["onUserCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * user.updated
         * @description A user's details changed.
         */
        post: operations["onUserUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user.contactChanged": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * user.contactChanged
         * @description A user's contact address changed; values are masked.
         */
        post: operations["onUserContactChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sim.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sim.created
         * @description A SIM entered the inventory as available.
         */
        post: operations["onSimCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "member.loggedIn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * member.loggedIn
         * @description A member logged in to the dashboard.
         */
        post: operations["onMemberLoggedIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "member.loginFailed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * member.loginFailed
         * @description A login with a member's email failed.
         */
        post: operations["onMemberLoginFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "member.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * member.created
         * @description A member account was created.
         */
        post: operations["onMemberCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "member.added": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * member.added
         * @description A member was given a role in the project.
         */
        post: operations["onMemberAdded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "member.roleChanged": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * member.roleChanged
         * @description A member's role in the project changed.
         */
        post: operations["onMemberRoleChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "member.removed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * member.removed
         * @description A member was removed from the project.
         */
        post: operations["onMemberRemoved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "apiKey.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * apiKey.created
         * @description An API key was created (never the key itself).
         */
        post: operations["onApiKeyCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "apiKey.revoked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * apiKey.revoked
         * @description An API key was revoked.
         */
        post: operations["onApiKeyRevoked"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "fraud.suspected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * fraud.suspected
         * @description The subscriber declined a request they did not ask for: the line is flagged.
         */
        post: operations["onFraudSuspected"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhookEndpoint.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhookEndpoint.created
         * @description A webhook endpoint was created.
         */
        post: operations["onWebhookEndpointCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhookEndpoint.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhookEndpoint.updated
         * @description A webhook endpoint's URL, event types, description or state changed.
         */
        post: operations["onWebhookEndpointUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhookEndpoint.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhookEndpoint.deleted
         * @description A webhook endpoint was deleted.
         */
        post: operations["onWebhookEndpointDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhookEndpoint.secretRotated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhookEndpoint.secretRotated
         * @description A webhook endpoint's secret was replaced; the previous one signs too until the time given.
         */
        post: operations["onWebhookEndpointSecretRotated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhookEndpoint.disabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhookEndpoint.disabled
         * @description A webhook endpoint failed every delivery for five days and was disabled.
         */
        post: operations["onWebhookEndpointDisabled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "simSwap.checked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * simSwap.checked
         * @description A relying party asked whether a line's SIM changed recently (CAMARA SIM Swap).
         */
        post: operations["onSimSwapChecked"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "session";
                        member: string;
                        csrfToken: string;
                        expiresAt: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    listEventTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "list";
                        items: {
                            /** @enum {string} */
                            object: "eventType";
                            type: string;
                            description: string;
                            /** @description JSON Schema of the event's data */
                            dataSchema: {
                                [key: string]: unknown;
                            };
                        }[];
                        moreItemsAfter: null;
                        moreItemsBefore: null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "caller";
                        /** @enum {string} */
                        type: "member" | "apiKey";
                        id: string;
                        /** @description the member's login; null for an API key */
                        email: string | null;
                        /** @description the member's name, or the API key's */
                        name: string;
                        /** @description the projects the caller may use, with its role in each */
                        projects: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "owner" | "support" | "viewer" | "simSwapCheck";
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "project";
                        id: string;
                        organization: string;
                        name: string;
                        providers: string[];
                        emailEnabled: boolean;
                        smsEnabled: boolean;
                        consent: {
                            deliveryMethods: ("email" | "sms")[];
                            linkTtlSeconds: number;
                            /** @enum {string} */
                            whenUnavailable: "performDirectly" | "refuse";
                            portOutCooldownSeconds: number;
                            contactChangeHoldSeconds: number;
                        } | null;
                        portOutPinTtlSeconds: number;
                        retentionDays: number;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    providers?: string[];
                    emailEnabled?: boolean;
                    smsEnabled?: boolean;
                    consent?: {
                        deliveryMethods: ("email" | "sms")[];
                        /** @default 10800 */
                        linkTtlSeconds?: number;
                        /**
                         * @default performDirectly
                         * @enum {string}
                         */
                        whenUnavailable?: "performDirectly" | "refuse";
                        /**
                         * @description F3: no port-out credentials this long after a SIM, provider or contact change
                         * @default 86400
                         */
                        portOutCooldownSeconds?: number;
                        /**
                         * @description T1: a changed email or phone number gets no consent link for this long
                         * @default 86400
                         */
                        contactChangeHoldSeconds?: number;
                    } | null;
                    portOutPinTtlSeconds?: number;
                    retentionDays?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "project";
                        id: string;
                        organization: string;
                        name: string;
                        providers: string[];
                        emailEnabled: boolean;
                        smsEnabled: boolean;
                        consent: {
                            deliveryMethods: ("email" | "sms")[];
                            linkTtlSeconds: number;
                            /** @enum {string} */
                            whenUnavailable: "performDirectly" | "refuse";
                            portOutCooldownSeconds: number;
                            contactChangeHoldSeconds: number;
                        } | null;
                        portOutPinTtlSeconds: number;
                        retentionDays: number;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                limit?: number;
                after?: string;
                before?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "list";
                        items: {
                            /** @enum {string} */
                            object: "user";
                            id: string;
                            project: string;
                            fullName: string;
                            email: string | null;
                            preferredLocale: string;
                            /** @description ISO 8601 UTC */
                            createdAt: string;
                            /** @description T1: when the email last changed; for the project's contactChangeHoldSeconds after, no consent link goes there */
                            emailChangedAt: string | null;
                        }[];
                        moreItemsAfter: string | null;
                        moreItemsBefore: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice. */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fullName: string;
                    email?: string | null;
                    preferredLocale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "user";
                        id: string;
                        project: string;
                        fullName: string;
                        email: string | null;
                        preferredLocale: string;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        /** @description T1: when the email last changed; for the project's contactChangeHoldSeconds after, no consent link goes there */
                        emailChangedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "user";
                        id: string;
                        project: string;
                        fullName: string;
                        email: string | null;
                        preferredLocale: string;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        /** @description T1: when the email last changed; for the project's contactChangeHoldSeconds after, no consent link goes there */
                        emailChangedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fullName?: string;
                    email?: string | null;
                    preferredLocale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "user";
                        id: string;
                        project: string;
                        fullName: string;
                        email: string | null;
                        preferredLocale: string;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        /** @description T1: when the email last changed; for the project's contactChangeHoldSeconds after, no consent link goes there */
                        emailChangedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    listSims: {
        parameters: {
            query?: {
                limit?: number;
                after?: string;
                before?: string;
                status?: "available" | "active" | "retired";
                provider?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "list";
                        items: {
                            /** @enum {string} */
                            object: "sim";
                            id: string;
                            project: string;
                            iccid: string;
                            /** @enum {string} */
                            type: "eSIM" | "pSIM";
                            provider: string;
                            /** @enum {string} */
                            status: "available" | "active" | "retired";
                            /** @description ISO 8601 UTC */
                            createdAt: string;
                        }[];
                        moreItemsAfter: string | null;
                        moreItemsBefore: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    createSim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice. */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    iccid: string;
                    /** @enum {string} */
                    type: "eSIM" | "pSIM";
                    provider: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "sim";
                        id: string;
                        project: string;
                        iccid: string;
                        /** @enum {string} */
                        type: "eSIM" | "pSIM";
                        provider: string;
                        /** @enum {string} */
                        status: "available" | "active" | "retired";
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    getSim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                simId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "sim";
                        id: string;
                        project: string;
                        iccid: string;
                        /** @enum {string} */
                        type: "eSIM" | "pSIM";
                        provider: string;
                        /** @enum {string} */
                        status: "available" | "active" | "retired";
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    listSubscriptions: {
        parameters: {
            query?: {
                limit?: number;
                after?: string;
                before?: string;
                user?: string;
                status?: "active" | "ended";
                phoneNumber?: string;
                /** @description part of the phone number, or of the user's name or email */
                q?: string;
                /** @description F2: lines whose subscriber declined a request, until an owner clears it */
                flagged?: "true" | "false";
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "list";
                        items: {
                            /** @enum {string} */
                            object: "subscription";
                            id: string;
                            project: string;
                            user: string;
                            phoneNumber: string;
                            /** @enum {string} */
                            status: "active" | "ended";
                            provider: string;
                            sim: string;
                            plan: string | null;
                            /** @description ISO 8601 UTC */
                            createdAt: string;
                            endedAt: string | null;
                            locks: {
                                simChange: boolean;
                                portOut: boolean;
                            };
                            /** @description F2: when the subscriber said they did not ask for a request */
                            flaggedAt: string | null;
                        }[];
                        moreItemsAfter: string | null;
                        moreItemsBefore: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    createSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice. */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    user: string;
                    phoneNumber: string;
                    provider: string;
                    /** @description SIM id or ICCID */
                    sim: string;
                    plan?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "subscription";
                        id: string;
                        project: string;
                        user: string;
                        phoneNumber: string;
                        /** @enum {string} */
                        status: "active" | "ended";
                        provider: string;
                        sim: string;
                        plan: string | null;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        endedAt: string | null;
                        locks: {
                            simChange: boolean;
                            portOut: boolean;
                        };
                        /** @description F2: when the subscriber said they did not ask for a request */
                        flaggedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "subscription";
                        id: string;
                        project: string;
                        user: string;
                        phoneNumber: string;
                        /** @enum {string} */
                        status: "active" | "ended";
                        provider: string;
                        sim: string;
                        plan: string | null;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        endedAt: string | null;
                        locks: {
                            simChange: boolean;
                            portOut: boolean;
                        };
                        /** @description F2: when the subscriber said they did not ask for a request */
                        flaggedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    endSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice. */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "subscription";
                        id: string;
                        project: string;
                        user: string;
                        phoneNumber: string;
                        /** @enum {string} */
                        status: "active" | "ended";
                        provider: string;
                        sim: string;
                        plan: string | null;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        endedAt: string | null;
                        locks: {
                            simChange: boolean;
                            portOut: boolean;
                        };
                        /** @description F2: when the subscriber said they did not ask for a request */
                        flaggedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    replaceSim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice. */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description "auto", a SIM id or an ICCID */
                    sim: string;
                    /** @enum {string} */
                    simType?: "eSIM" | "pSIM";
                    /** @enum {string} */
                    deliveryMethod?: "email" | "sms";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "subscription";
                        id: string;
                        project: string;
                        user: string;
                        phoneNumber: string;
                        /** @enum {string} */
                        status: "active" | "ended";
                        provider: string;
                        sim: string;
                        plan: string | null;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        endedAt: string | null;
                        locks: {
                            simChange: boolean;
                            portOut: boolean;
                        };
                        /** @description F2: when the subscriber said they did not ask for a request */
                        flaggedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "consentRequest";
                        id: string;
                        project: string;
                        /** @enum {string} */
                        type: "simReplacement" | "providerChange" | "portOutCredentials" | "lockRemoval";
                        /** @enum {string} */
                        status: "pending" | "approved" | "fulfilled" | "declined" | "canceled" | "expired";
                        subscription: string;
                        user: string;
                        details: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        deliveryMethod: "email" | "sms";
                        /** @description masked */
                        recipient: string;
                        requestedBy: {
                            /** @enum {string} */
                            type: "member" | "apiKey";
                            id: string;
                        };
                        resentFrom: string | null;
                        cancellationReason: ("canceledByMember" | "superseded" | "subscriptionEnded") | null;
                        fulfillmentError: {
                            code: string;
                            message: string;
                        } | null;
                        deliveryError: string | null;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        /** @description ISO 8601 UTC */
                        expiresAt: string;
                        sentAt: string | null;
                        openedAt: string | null;
                        approvedAt: string | null;
                        declinedAt: string | null;
                        fulfilledAt: string | null;
                        canceledAt: string | null;
                        expiredAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    changeProvider: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice. */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    provider: string;
                    /** @description "auto" (default), a SIM id or an ICCID */
                    sim?: string;
                    /** @enum {string} */
                    deliveryMethod?: "email" | "sms";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "subscription";
                        id: string;
                        project: string;
                        user: string;
                        phoneNumber: string;
                        /** @enum {string} */
                        status: "active" | "ended";
                        provider: string;
                        sim: string;
                        plan: string | null;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        endedAt: string | null;
                        locks: {
                            simChange: boolean;
                            portOut: boolean;
                        };
                        /** @description F2: when the subscriber said they did not ask for a request */
                        flaggedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "consentRequest";
                        id: string;
                        project: string;
                        /** @enum {string} */
                        type: "simReplacement" | "providerChange" | "portOutCredentials" | "lockRemoval";
                        /** @enum {string} */
                        status: "pending" | "approved" | "fulfilled" | "declined" | "canceled" | "expired";
                        subscription: string;
                        user: string;
                        details: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        deliveryMethod: "email" | "sms";
                        /** @description masked */
                        recipient: string;
                        requestedBy: {
                            /** @enum {string} */
                            type: "member" | "apiKey";
                            id: string;
                        };
                        resentFrom: string | null;
                        cancellationReason: ("canceledByMember" | "superseded" | "subscriptionEnded") | null;
                        fulfillmentError: {
                            code: string;
                            message: string;
                        } | null;
                        deliveryError: string | null;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        /** @description ISO 8601 UTC */
                        expiresAt: string;
                        sentAt: string | null;
                        openedAt: string | null;
                        approvedAt: string | null;
                        declinedAt: string | null;
                        fulfilledAt: string | null;
                        canceledAt: string | null;
                        expiredAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    issuePortOutCredentials: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice. */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    deliveryMethod?: "email" | "sms";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "portOutCredentials";
                        subscription: string;
                        accountNumber: string;
                        /** @description shown once: null when the answer is replayed for an Idempotency-Key */
                        pin: string | null;
                        /** @description ISO 8601 UTC */
                        pinExpiresAt: string;
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "consentRequest";
                        id: string;
                        project: string;
                        /** @enum {string} */
                        type: "simReplacement" | "providerChange" | "portOutCredentials" | "lockRemoval";
                        /** @enum {string} */
                        status: "pending" | "approved" | "fulfilled" | "declined" | "canceled" | "expired";
                        subscription: string;
                        user: string;
                        details: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        deliveryMethod: "email" | "sms";
                        /** @description masked */
                        recipient: string;
                        requestedBy: {
                            /** @enum {string} */
                            type: "member" | "apiKey";
                            id: string;
                        };
                        resentFrom: string | null;
                        cancellationReason: ("canceledByMember" | "superseded" | "subscriptionEnded") | null;
                        fulfillmentError: {
                            code: string;
                            message: string;
                        } | null;
                        deliveryError: string | null;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        /** @description ISO 8601 UTC */
                        expiresAt: string;
                        sentAt: string | null;
                        openedAt: string | null;
                        approvedAt: string | null;
                        declinedAt: string | null;
                        fulfilledAt: string | null;
                        canceledAt: string | null;
                        expiredAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    lockSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice. */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    simChange?: boolean;
                    portOut?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "subscription";
                        id: string;
                        project: string;
                        user: string;
                        phoneNumber: string;
                        /** @enum {string} */
                        status: "active" | "ended";
                        provider: string;
                        sim: string;
                        plan: string | null;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        endedAt: string | null;
                        locks: {
                            simChange: boolean;
                            portOut: boolean;
                        };
                        /** @description F2: when the subscriber said they did not ask for a request */
                        flaggedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    unlockSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice. */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    simChange?: boolean;
                    portOut?: boolean;
                    /** @enum {string} */
                    deliveryMethod?: "email" | "sms";
                    /** @enum {boolean} */
                    override?: true;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "subscription";
                        id: string;
                        project: string;
                        user: string;
                        phoneNumber: string;
                        /** @enum {string} */
                        status: "active" | "ended";
                        provider: string;
                        sim: string;
                        plan: string | null;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        endedAt: string | null;
                        locks: {
                            simChange: boolean;
                            portOut: boolean;
                        };
                        /** @description F2: when the subscriber said they did not ask for a request */
                        flaggedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "consentRequest";
                        id: string;
                        project: string;
                        /** @enum {string} */
                        type: "simReplacement" | "providerChange" | "portOutCredentials" | "lockRemoval";
                        /** @enum {string} */
                        status: "pending" | "approved" | "fulfilled" | "declined" | "canceled" | "expired";
                        subscription: string;
                        user: string;
                        details: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        deliveryMethod: "email" | "sms";
                        /** @description masked */
                        recipient: string;
                        requestedBy: {
                            /** @enum {string} */
                            type: "member" | "apiKey";
                            id: string;
                        };
                        resentFrom: string | null;
                        cancellationReason: ("canceledByMember" | "superseded" | "subscriptionEnded") | null;
                        fulfillmentError: {
                            code: string;
                            message: string;
                        } | null;
                        deliveryError: string | null;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        /** @description ISO 8601 UTC */
                        expiresAt: string;
                        sentAt: string | null;
                        openedAt: string | null;
                        approvedAt: string | null;
                        declinedAt: string | null;
                        fulfilledAt: string | null;
                        canceledAt: string | null;
                        expiredAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    clearSubscriptionFlag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice. */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "subscription";
                        id: string;
                        project: string;
                        user: string;
                        phoneNumber: string;
                        /** @enum {string} */
                        status: "active" | "ended";
                        provider: string;
                        sim: string;
                        plan: string | null;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        endedAt: string | null;
                        locks: {
                            simChange: boolean;
                            portOut: boolean;
                        };
                        /** @description F2: when the subscriber said they did not ask for a request */
                        flaggedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    verifyPortOutCredentials: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice. */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phoneNumber: string;
                    accountNumber: string;
                    pin: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "portOutVerification";
                        valid: boolean;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    getConsentEvidence: {
        parameters: {
            query?: {
                format?: "json" | "html";
            };
            header?: never;
            path: {
                projectId: string;
                consentRequestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "consentEvidence";
                        consentRequest: {
                            /** @enum {string} */
                            object: "consentRequest";
                            id: string;
                            project: string;
                            /** @enum {string} */
                            type: "simReplacement" | "providerChange" | "portOutCredentials" | "lockRemoval";
                            /** @enum {string} */
                            status: "pending" | "approved" | "fulfilled" | "declined" | "canceled" | "expired";
                            subscription: string;
                            user: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            deliveryMethod: "email" | "sms";
                            /** @description masked */
                            recipient: string;
                            requestedBy: {
                                /** @enum {string} */
                                type: "member" | "apiKey";
                                id: string;
                            };
                            resentFrom: string | null;
                            cancellationReason: ("canceledByMember" | "superseded" | "subscriptionEnded") | null;
                            fulfillmentError: {
                                code: string;
                                message: string;
                            } | null;
                            deliveryError: string | null;
                            /** @description ISO 8601 UTC */
                            createdAt: string;
                            /** @description ISO 8601 UTC */
                            expiresAt: string;
                            sentAt: string | null;
                            openedAt: string | null;
                            approvedAt: string | null;
                            declinedAt: string | null;
                            fulfilledAt: string | null;
                            canceledAt: string | null;
                            expiredAt: string | null;
                        };
                        line: {
                            subscription: string;
                            /** @description masked */
                            phoneNumber: string;
                        };
                        requestedBy: {
                            /** @enum {string} */
                            type: "member" | "apiKey";
                            id: string;
                            /** @description ISO 8601 UTC */
                            at: string;
                        };
                        delivery: {
                            /** @enum {string} */
                            method: "email" | "sms";
                            /** @description masked; null once redacted (F7) */
                            recipient: string | null;
                            /** @description when the mail server or SMS gateway accepted it */
                            acceptedAt: string | null;
                            transport: string | null;
                            /** @description the Message-ID or the gateway's message id */
                            messageId: string | null;
                        };
                        page: {
                            locale: string;
                            textVersion: string;
                            sha256: string | null;
                            text: string | null;
                            openedAt: string | null;
                        };
                        decision: {
                            /** @enum {string} */
                            outcome: "approved" | "declined";
                            /** @description ISO 8601 UTC */
                            at: string;
                            clientAddress: string | null;
                            userAgent: string | null;
                        } | null;
                        fulfilment: {
                            status: string;
                            fulfilledAt: string | null;
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        };
                        events: {
                            /** @enum {string} */
                            object: "event";
                            id: string;
                            type: string;
                            project: string;
                            /** @description ISO 8601 UTC */
                            time: string;
                            actor: {
                                /** @enum {string} */
                                type: "member" | "apiKey" | "user" | "system";
                                id: string | null;
                            };
                            subject: string;
                            data: {
                                [key: string]: unknown;
                            };
                            hash: string | null;
                        }[];
                        redactedAt: string | null;
                        /** @description ISO 8601 UTC */
                        generatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    verifyAuditChain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "auditVerification";
                        project: string;
                        valid: boolean;
                        checkedEvents: number;
                        /** @description written but not sealed yet; sealing runs within seconds */
                        unsealedEvents: number;
                        firstBadEvent: {
                            id: string | null;
                            seq: number;
                            reason: string;
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    listConsentRequests: {
        parameters: {
            query?: {
                limit?: number;
                after?: string;
                before?: string;
                status?: "pending" | "approved" | "fulfilled" | "declined" | "canceled" | "expired";
                type?: "simReplacement" | "providerChange" | "portOutCredentials" | "lockRemoval";
                subscription?: string;
                user?: string;
                deliveryMethod?: "email" | "sms";
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "list";
                        items: {
                            /** @enum {string} */
                            object: "consentRequest";
                            id: string;
                            project: string;
                            /** @enum {string} */
                            type: "simReplacement" | "providerChange" | "portOutCredentials" | "lockRemoval";
                            /** @enum {string} */
                            status: "pending" | "approved" | "fulfilled" | "declined" | "canceled" | "expired";
                            subscription: string;
                            user: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            deliveryMethod: "email" | "sms";
                            /** @description masked */
                            recipient: string;
                            requestedBy: {
                                /** @enum {string} */
                                type: "member" | "apiKey";
                                id: string;
                            };
                            resentFrom: string | null;
                            cancellationReason: ("canceledByMember" | "superseded" | "subscriptionEnded") | null;
                            fulfillmentError: {
                                code: string;
                                message: string;
                            } | null;
                            deliveryError: string | null;
                            /** @description ISO 8601 UTC */
                            createdAt: string;
                            /** @description ISO 8601 UTC */
                            expiresAt: string;
                            sentAt: string | null;
                            openedAt: string | null;
                            approvedAt: string | null;
                            declinedAt: string | null;
                            fulfilledAt: string | null;
                            canceledAt: string | null;
                            expiredAt: string | null;
                        }[];
                        moreItemsAfter: string | null;
                        moreItemsBefore: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    getConsentRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                consentRequestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "consentRequest";
                        id: string;
                        project: string;
                        /** @enum {string} */
                        type: "simReplacement" | "providerChange" | "portOutCredentials" | "lockRemoval";
                        /** @enum {string} */
                        status: "pending" | "approved" | "fulfilled" | "declined" | "canceled" | "expired";
                        subscription: string;
                        user: string;
                        details: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        deliveryMethod: "email" | "sms";
                        /** @description masked */
                        recipient: string;
                        requestedBy: {
                            /** @enum {string} */
                            type: "member" | "apiKey";
                            id: string;
                        };
                        resentFrom: string | null;
                        cancellationReason: ("canceledByMember" | "superseded" | "subscriptionEnded") | null;
                        fulfillmentError: {
                            code: string;
                            message: string;
                        } | null;
                        deliveryError: string | null;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        /** @description ISO 8601 UTC */
                        expiresAt: string;
                        sentAt: string | null;
                        openedAt: string | null;
                        approvedAt: string | null;
                        declinedAt: string | null;
                        fulfilledAt: string | null;
                        canceledAt: string | null;
                        expiredAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    cancelConsentRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice. */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
                consentRequestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "consentRequest";
                        id: string;
                        project: string;
                        /** @enum {string} */
                        type: "simReplacement" | "providerChange" | "portOutCredentials" | "lockRemoval";
                        /** @enum {string} */
                        status: "pending" | "approved" | "fulfilled" | "declined" | "canceled" | "expired";
                        subscription: string;
                        user: string;
                        details: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        deliveryMethod: "email" | "sms";
                        /** @description masked */
                        recipient: string;
                        requestedBy: {
                            /** @enum {string} */
                            type: "member" | "apiKey";
                            id: string;
                        };
                        resentFrom: string | null;
                        cancellationReason: ("canceledByMember" | "superseded" | "subscriptionEnded") | null;
                        fulfillmentError: {
                            code: string;
                            message: string;
                        } | null;
                        deliveryError: string | null;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        /** @description ISO 8601 UTC */
                        expiresAt: string;
                        sentAt: string | null;
                        openedAt: string | null;
                        approvedAt: string | null;
                        declinedAt: string | null;
                        fulfilledAt: string | null;
                        canceledAt: string | null;
                        expiredAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    resendConsentRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice. */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
                consentRequestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    deliveryMethod?: "email" | "sms";
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "consentRequest";
                        id: string;
                        project: string;
                        /** @enum {string} */
                        type: "simReplacement" | "providerChange" | "portOutCredentials" | "lockRemoval";
                        /** @enum {string} */
                        status: "pending" | "approved" | "fulfilled" | "declined" | "canceled" | "expired";
                        subscription: string;
                        user: string;
                        details: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        deliveryMethod: "email" | "sms";
                        /** @description masked */
                        recipient: string;
                        requestedBy: {
                            /** @enum {string} */
                            type: "member" | "apiKey";
                            id: string;
                        };
                        resentFrom: string | null;
                        cancellationReason: ("canceledByMember" | "superseded" | "subscriptionEnded") | null;
                        fulfillmentError: {
                            code: string;
                            message: string;
                        } | null;
                        deliveryError: string | null;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        /** @description ISO 8601 UTC */
                        expiresAt: string;
                        sentAt: string | null;
                        openedAt: string | null;
                        approvedAt: string | null;
                        declinedAt: string | null;
                        fulfilledAt: string | null;
                        canceledAt: string | null;
                        expiredAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    fulfillConsentRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice. */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
                consentRequestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "consentRequest";
                        id: string;
                        project: string;
                        /** @enum {string} */
                        type: "simReplacement" | "providerChange" | "portOutCredentials" | "lockRemoval";
                        /** @enum {string} */
                        status: "pending" | "approved" | "fulfilled" | "declined" | "canceled" | "expired";
                        subscription: string;
                        user: string;
                        details: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        deliveryMethod: "email" | "sms";
                        /** @description masked */
                        recipient: string;
                        requestedBy: {
                            /** @enum {string} */
                            type: "member" | "apiKey";
                            id: string;
                        };
                        resentFrom: string | null;
                        cancellationReason: ("canceledByMember" | "superseded" | "subscriptionEnded") | null;
                        fulfillmentError: {
                            code: string;
                            message: string;
                        } | null;
                        deliveryError: string | null;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        /** @description ISO 8601 UTC */
                        expiresAt: string;
                        sentAt: string | null;
                        openedAt: string | null;
                        approvedAt: string | null;
                        declinedAt: string | null;
                        fulfilledAt: string | null;
                        canceledAt: string | null;
                        expiredAt: string | null;
                        credentials: {
                            /** @enum {string} */
                            object: "portOutCredentials";
                            subscription: string;
                            accountNumber: string;
                            /** @description shown once: null when the answer is replayed for an Idempotency-Key */
                            pin: string | null;
                            /** @description ISO 8601 UTC */
                            pinExpiresAt: string;
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                limit?: number;
                after?: string;
                before?: string;
                type?: "consentRequest.created" | "consentRequest.opened" | "consentRequest.sent" | "consentRequest.deliveryFailed" | "consentRequest.approved" | "consentRequest.declined" | "consentRequest.fulfilled" | "consentRequest.canceled" | "consentRequest.expired" | "consentRequest.fulfillmentFailed" | "subscription.created" | "subscription.simReplaced" | "subscription.providerChanged" | "subscription.ended" | "portOutCredentials.issued" | "project.updated" | "user.created" | "user.updated" | "sim.created" | "member.loggedIn" | "member.created" | "apiKey.created" | "apiKey.revoked" | "organization.created" | "project.created" | "member.added" | "member.roleChanged" | "member.removed" | "member.loginFailed" | "user.contactChanged" | "consentRequest.heldInOutbox" | "subscription.locked" | "subscription.unlocked" | "subscription.flagCleared" | "fraud.suspected" | "portOutCredentials.used" | "portOutCredentials.invalidated" | "portOutCredentials.verificationFailed" | "project.dataRedacted" | "webhookEndpoint.created" | "webhookEndpoint.updated" | "webhookEndpoint.deleted" | "webhookEndpoint.secretRotated" | "webhookEndpoint.disabled" | "simSwap.checked";
                subject?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "list";
                        items: {
                            /** @enum {string} */
                            object: "event";
                            id: string;
                            type: string;
                            project: string;
                            /** @description ISO 8601 UTC */
                            time: string;
                            actor: {
                                /** @enum {string} */
                                type: "member" | "apiKey" | "user" | "system";
                                id: string | null;
                            };
                            subject: string;
                            data: {
                                [key: string]: unknown;
                            };
                        }[];
                        moreItemsAfter: string | null;
                        moreItemsBefore: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                limit?: number;
                after?: string;
                before?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "list";
                        items: {
                            /** @enum {string} */
                            object: "webhookEndpoint";
                            id: string;
                            project: string;
                            url: string;
                            description: string | null;
                            eventTypes: string[] | null;
                            enabled: boolean;
                            /** @description since when every delivery failed; null when healthy */
                            failingSince: string | null;
                            disabledAt: string | null;
                            /** @description until when the secret replaced by the last rotation still signs beside the new */
                            previousSecretExpiresAt: string | null;
                            /** @description ISO 8601 UTC */
                            createdAt: string;
                            /** @description ISO 8601 UTC */
                            updatedAt: string;
                        }[];
                        moreItemsAfter: string | null;
                        moreItemsBefore: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice. */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description https (plain http only to addresses WEBHOOK_ALLOW_PRIVATE allows); public hosts only */
                    url: string;
                    /** @description The event types sent to this endpoint; null (the default) for every type. */
                    eventTypes?: ("consentRequest.created" | "consentRequest.opened" | "consentRequest.sent" | "consentRequest.deliveryFailed" | "consentRequest.approved" | "consentRequest.declined" | "consentRequest.fulfilled" | "consentRequest.canceled" | "consentRequest.expired" | "consentRequest.fulfillmentFailed" | "subscription.created" | "subscription.simReplaced" | "subscription.providerChanged" | "subscription.ended" | "portOutCredentials.issued" | "project.updated" | "user.created" | "user.updated" | "sim.created" | "member.loggedIn" | "member.created" | "apiKey.created" | "apiKey.revoked" | "organization.created" | "project.created" | "member.added" | "member.roleChanged" | "member.removed" | "member.loginFailed" | "user.contactChanged" | "consentRequest.heldInOutbox" | "subscription.locked" | "subscription.unlocked" | "subscription.flagCleared" | "fraud.suspected" | "portOutCredentials.used" | "portOutCredentials.invalidated" | "portOutCredentials.verificationFailed" | "project.dataRedacted" | "webhookEndpoint.created" | "webhookEndpoint.updated" | "webhookEndpoint.deleted" | "webhookEndpoint.secretRotated" | "webhookEndpoint.disabled" | "simSwap.checked")[] | null;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "webhookEndpoint";
                        id: string;
                        project: string;
                        url: string;
                        description: string | null;
                        eventTypes: string[] | null;
                        enabled: boolean;
                        /** @description since when every delivery failed; null when healthy */
                        failingSince: string | null;
                        disabledAt: string | null;
                        /** @description until when the secret replaced by the last rotation still signs beside the new */
                        previousSecretExpiresAt: string | null;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        /** @description ISO 8601 UTC */
                        updatedAt: string;
                        /** @description The signing secret (whsec_…, Standard Webhooks); shown only in this answer. */
                        secret: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "webhookEndpoint";
                        id: string;
                        project: string;
                        url: string;
                        description: string | null;
                        eventTypes: string[] | null;
                        enabled: boolean;
                        /** @description since when every delivery failed; null when healthy */
                        failingSince: string | null;
                        disabledAt: string | null;
                        /** @description until when the secret replaced by the last rotation still signs beside the new */
                        previousSecretExpiresAt: string | null;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        /** @description ISO 8601 UTC */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "webhookEndpoint";
                        id: string;
                        project: string;
                        url: string;
                        description: string | null;
                        eventTypes: string[] | null;
                        enabled: boolean;
                        /** @description since when every delivery failed; null when healthy */
                        failingSince: string | null;
                        disabledAt: string | null;
                        /** @description until when the secret replaced by the last rotation still signs beside the new */
                        previousSecretExpiresAt: string | null;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        /** @description ISO 8601 UTC */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description https (plain http only to addresses WEBHOOK_ALLOW_PRIVATE allows); public hosts only */
                    url?: string;
                    /** @description The event types sent to this endpoint; null (the default) for every type. */
                    eventTypes?: ("consentRequest.created" | "consentRequest.opened" | "consentRequest.sent" | "consentRequest.deliveryFailed" | "consentRequest.approved" | "consentRequest.declined" | "consentRequest.fulfilled" | "consentRequest.canceled" | "consentRequest.expired" | "consentRequest.fulfillmentFailed" | "subscription.created" | "subscription.simReplaced" | "subscription.providerChanged" | "subscription.ended" | "portOutCredentials.issued" | "project.updated" | "user.created" | "user.updated" | "sim.created" | "member.loggedIn" | "member.created" | "apiKey.created" | "apiKey.revoked" | "organization.created" | "project.created" | "member.added" | "member.roleChanged" | "member.removed" | "member.loginFailed" | "user.contactChanged" | "consentRequest.heldInOutbox" | "subscription.locked" | "subscription.unlocked" | "subscription.flagCleared" | "fraud.suspected" | "portOutCredentials.used" | "portOutCredentials.invalidated" | "portOutCredentials.verificationFailed" | "project.dataRedacted" | "webhookEndpoint.created" | "webhookEndpoint.updated" | "webhookEndpoint.deleted" | "webhookEndpoint.secretRotated" | "webhookEndpoint.disabled" | "simSwap.checked")[] | null;
                    description?: string | null;
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "webhookEndpoint";
                        id: string;
                        project: string;
                        url: string;
                        description: string | null;
                        eventTypes: string[] | null;
                        enabled: boolean;
                        /** @description since when every delivery failed; null when healthy */
                        failingSince: string | null;
                        disabledAt: string | null;
                        /** @description until when the secret replaced by the last rotation still signs beside the new */
                        previousSecretExpiresAt: string | null;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        /** @description ISO 8601 UTC */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    rotateWebhookEndpointSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice. */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "webhookEndpoint";
                        id: string;
                        project: string;
                        url: string;
                        description: string | null;
                        eventTypes: string[] | null;
                        enabled: boolean;
                        /** @description since when every delivery failed; null when healthy */
                        failingSince: string | null;
                        disabledAt: string | null;
                        /** @description until when the secret replaced by the last rotation still signs beside the new */
                        previousSecretExpiresAt: string | null;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        /** @description ISO 8601 UTC */
                        updatedAt: string;
                        /** @description The signing secret (whsec_…, Standard Webhooks); shown only in this answer. */
                        secret: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    listWebhookAttempts: {
        parameters: {
            query?: {
                limit?: number;
                after?: string;
                before?: string;
                event?: string;
            };
            header?: never;
            path: {
                projectId: string;
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "list";
                        items: {
                            /** @enum {string} */
                            object: "webhookAttempt";
                            id: string;
                            endpoint: string;
                            event: string;
                            /** @description ISO 8601 UTC */
                            attemptedAt: string;
                            statusCode: number | null;
                            error: string | null;
                            durationMs: number;
                            /** @description the first kilobyte of the answer */
                            response: string | null;
                        }[];
                        moreItemsAfter: string | null;
                        moreItemsBefore: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    redeliverWebhookEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice. */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
                endpointId: string;
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "webhookRedelivery";
                        endpoint: string;
                        event: string;
                        /** @description ISO 8601 UTC */
                        queuedAt: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    getConsentRequestStats: {
        parameters: {
            query?: {
                days?: number;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "consentRequestStats";
                        /** @description ISO 8601 UTC */
                        from: string;
                        /** @description ISO 8601 UTC */
                        to: string;
                        days: {
                            /** @description UTC day, YYYY-MM-DD */
                            date: string;
                            pending: number;
                            approved: number;
                            fulfilled: number;
                            declined: number;
                            canceled: number;
                            expired: number;
                            /** @description median time from sending to the user's decision of the day's requests */
                            medianDecisionSeconds: number | null;
                        }[];
                        byDeliveryMethod: {
                            /** @enum {string} */
                            deliveryMethod: "email" | "sms";
                            total: number;
                            approved: number;
                            declined: number;
                            expired: number;
                        }[];
                        medianDecisionSeconds: number | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                limit?: number;
                after?: string;
                before?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "list";
                        items: {
                            /** @enum {string} */
                            object: "apiKey";
                            id: string;
                            project: string;
                            name: string;
                            /** @enum {string} */
                            role: "owner" | "support" | "viewer" | "simSwapCheck";
                            /** @description The first characters of the key, to tell keys apart */
                            prefix: string;
                            /** @description ISO 8601 UTC */
                            createdAt: string;
                            /** @description Refreshed at most once a minute */
                            lastUsedAt: string | null;
                            expiresAt: string | null;
                            revokedAt: string | null;
                        }[];
                        moreItemsAfter: string | null;
                        moreItemsBefore: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice. */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @description simSwapCheck keys may only ask the CAMARA SIM swap API
                     * @default support
                     * @enum {string}
                     */
                    role?: "owner" | "support" | "viewer" | "simSwapCheck";
                    /** @description ISO 8601, in the future; null or absent for a key that does not expire */
                    expiresAt?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "apiKey";
                        id: string;
                        project: string;
                        name: string;
                        /** @enum {string} */
                        role: "owner" | "support" | "viewer" | "simSwapCheck";
                        /** @description The first characters of the key, to tell keys apart */
                        prefix: string;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        /** @description Refreshed at most once a minute */
                        lastUsedAt: string | null;
                        expiresAt: string | null;
                        revokedAt: string | null;
                        /** @description The key, in this answer only (null when a retry with the same Idempotency-Key answers it again) */
                        key: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice. */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
                apiKeyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "apiKey";
                        id: string;
                        project: string;
                        name: string;
                        /** @enum {string} */
                        role: "owner" | "support" | "viewer" | "simSwapCheck";
                        /** @description The first characters of the key, to tell keys apart */
                        prefix: string;
                        /** @description ISO 8601 UTC */
                        createdAt: string;
                        /** @description Refreshed at most once a minute */
                        lastUsedAt: string | null;
                        expiresAt: string | null;
                        revokedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: {
                limit?: number;
                after?: string;
                before?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "list";
                        items: {
                            /** @enum {string} */
                            object: "member";
                            id: string;
                            project: string;
                            email: string;
                            fullName: string;
                            /** @enum {string} */
                            role: "owner" | "support" | "viewer";
                            /** @description When the person became a member of this project */
                            createdAt: string;
                        }[];
                        moreItemsAfter: string | null;
                        moreItemsBefore: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    addMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice. */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    /** @enum {string} */
                    role: "owner" | "support" | "viewer";
                    fullName?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "member";
                        id: string;
                        project: string;
                        email: string;
                        fullName: string;
                        /** @enum {string} */
                        role: "owner" | "support" | "viewer";
                        /** @description When the person became a member of this project */
                        createdAt: string;
                        /** @description A new login's one-time password, in this answer only; null for a person who already had a login, and when a retry with the same Idempotency-Key answers it again */
                        password: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "owner" | "support" | "viewer";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "member";
                        id: string;
                        project: string;
                        email: string;
                        fullName: string;
                        /** @enum {string} */
                        role: "owner" | "support" | "viewer";
                        /** @description When the person became a member of this project */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice. */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "member";
                        id: string;
                        project: string;
                        email: string;
                        fullName: string;
                        /** @enum {string} */
                        role: "owner" | "support" | "viewer";
                        /** @description When the person became a member of this project */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    retrieveSimSwapDate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Correlation id for the different services; echoed in the answer. */
                "x-correlator"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A SIM swap date request for a phone number. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The number of the line asked about, in E.164 with a leading +. Required: Assent identifies the line only by this number. */
                    phoneNumber?: string;
                };
            };
        };
        responses: {
            /** @description Contains information about SIM swap change */
            200: {
                headers: {
                    /** @description The request's x-correlator, when it sent one. */
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description When the line last took a SIM: its last SIM replacement or provider change, or its activation when there was none. RFC 3339 with a time zone. */
                        latestSimChange: string | null;
                        /** @description Days of SIM changes kept, when the latest one is older; absent here, as every change is kept. */
                        monitoredPeriod?: number;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    /** @description The request's x-correlator, when it sent one. */
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description HTTP response status code
                         * @enum {integer}
                         */
                        status: 400;
                        /**
                         * @description Code given to this error
                         * @enum {string}
                         */
                        code: "INVALID_ARGUMENT" | "OUT_OF_RANGE";
                        /** @description Detailed error description */
                        message: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The request's x-correlator, when it sent one. */
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description HTTP response status code
                         * @enum {integer}
                         */
                        status: 401;
                        /**
                         * @description Code given to this error
                         * @enum {string}
                         */
                        code: "UNAUTHENTICATED";
                        /** @description Detailed error description */
                        message: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description The request's x-correlator, when it sent one. */
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description HTTP response status code
                         * @enum {integer}
                         */
                        status: 403;
                        /**
                         * @description Code given to this error
                         * @enum {string}
                         */
                        code: "PERMISSION_DENIED";
                        /** @description Detailed error description */
                        message: string;
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description The request's x-correlator, when it sent one. */
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description HTTP response status code
                         * @enum {integer}
                         */
                        status: 404;
                        /**
                         * @description Code given to this error
                         * @enum {string}
                         */
                        code: "NOT_FOUND" | "IDENTIFIER_NOT_FOUND";
                        /** @description Detailed error description */
                        message: string;
                    };
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    /** @description The request's x-correlator, when it sent one. */
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description HTTP response status code
                         * @enum {integer}
                         */
                        status: 422;
                        /**
                         * @description Code given to this error
                         * @enum {string}
                         */
                        code: "MISSING_IDENTIFIER";
                        /** @description Detailed error description */
                        message: string;
                    };
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description The request's x-correlator, when it sent one. */
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description HTTP response status code
                         * @enum {integer}
                         */
                        status: 429;
                        /**
                         * @description Code given to this error
                         * @enum {string}
                         */
                        code: "TOO_MANY_REQUESTS";
                        /** @description Detailed error description */
                        message: string;
                    };
                };
            };
        };
    };
    checkSimSwap: {
        parameters: {
            query?: never;
            header?: {
                /** @description Correlation id for the different services; echoed in the answer. */
                "x-correlator"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A check SIM swap request for a phone number. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The number of the line asked about, in E.164 with a leading +. Required: Assent identifies the line only by this number. */
                    phoneNumber?: string;
                    /**
                     * @description Period in hours to be checked for SIM swap.
                     * @default 240
                     */
                    maxAge?: number;
                };
            };
        };
        responses: {
            /** @description Returns whether a SIM swap has been performed during a past period */
            200: {
                headers: {
                    /** @description The request's x-correlator, when it sent one. */
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Whether the SIM changed within the last maxAge hours. */
                        swapped: boolean;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    /** @description The request's x-correlator, when it sent one. */
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description HTTP response status code
                         * @enum {integer}
                         */
                        status: 400;
                        /**
                         * @description Code given to this error
                         * @enum {string}
                         */
                        code: "INVALID_ARGUMENT" | "OUT_OF_RANGE";
                        /** @description Detailed error description */
                        message: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The request's x-correlator, when it sent one. */
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description HTTP response status code
                         * @enum {integer}
                         */
                        status: 401;
                        /**
                         * @description Code given to this error
                         * @enum {string}
                         */
                        code: "UNAUTHENTICATED";
                        /** @description Detailed error description */
                        message: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description The request's x-correlator, when it sent one. */
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description HTTP response status code
                         * @enum {integer}
                         */
                        status: 403;
                        /**
                         * @description Code given to this error
                         * @enum {string}
                         */
                        code: "PERMISSION_DENIED";
                        /** @description Detailed error description */
                        message: string;
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description The request's x-correlator, when it sent one. */
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description HTTP response status code
                         * @enum {integer}
                         */
                        status: 404;
                        /**
                         * @description Code given to this error
                         * @enum {string}
                         */
                        code: "NOT_FOUND" | "IDENTIFIER_NOT_FOUND";
                        /** @description Detailed error description */
                        message: string;
                    };
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    /** @description The request's x-correlator, when it sent one. */
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description HTTP response status code
                         * @enum {integer}
                         */
                        status: 422;
                        /**
                         * @description Code given to this error
                         * @enum {string}
                         */
                        code: "MISSING_IDENTIFIER";
                        /** @description Detailed error description */
                        message: string;
                    };
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description The request's x-correlator, when it sent one. */
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description HTTP response status code
                         * @enum {integer}
                         */
                        status: 429;
                        /**
                         * @description Code given to this error
                         * @enum {string}
                         */
                        code: "TOO_MANY_REQUESTS";
                        /** @description Detailed error description */
                        message: string;
                    };
                };
            };
        };
    };
    listOutboxMessages: {
        parameters: {
            query?: {
                limit?: number;
                after?: string;
                before?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "list";
                        items: {
                            /** @enum {string} */
                            object: "outboxMessage";
                            id: string;
                            project: string;
                            /** @enum {string} */
                            channel: "email" | "sms";
                            recipient: string;
                            subject: string | null;
                            text: string;
                            link: string | null;
                            consentRequest: string | null;
                            createdAt: string;
                        }[];
                        moreItemsAfter: string | null;
                        moreItemsBefore: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "error";
                        type: string;
                        message: string;
                        details: {
                            path: string;
                            message: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    onConsentRequestCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "consentRequest.created";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        /** @description simReplacement, providerChange, portOutCredentials, … */
                        type: string;
                        subscription: string;
                        /** @enum {string} */
                        deliveryMethod: "email" | "sms";
                        resentFrom: string | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onConsentRequestOpened: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "consentRequest.opened";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onConsentRequestSent: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "consentRequest.sent";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        /** @enum {string} */
                        deliveryMethod: "email" | "sms";
                        transport: string;
                        messageId: string | null;
                        providerMessageId: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onConsentRequestDeliveryFailed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "consentRequest.deliveryFailed";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        /** @enum {string} */
                        deliveryMethod: "email" | "sms";
                        reason: string;
                        attempts: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onConsentRequestApproved: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "consentRequest.approved";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        /** @description why, when the change has one (cancellations) */
                        reason?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onConsentRequestDeclined: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "consentRequest.declined";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        /** @description why, when the change has one (cancellations) */
                        reason?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onConsentRequestFulfilled: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "consentRequest.fulfilled";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        /** @description why, when the change has one (cancellations) */
                        reason?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onConsentRequestCanceled: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "consentRequest.canceled";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        /** @description why, when the change has one (cancellations) */
                        reason?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onConsentRequestExpired: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "consentRequest.expired";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        /** @description why, when the change has one (cancellations) */
                        reason?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onConsentRequestFulfillmentFailed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "consentRequest.fulfillmentFailed";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        code: string;
                        message: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onConsentRequestHeldInOutbox: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "consentRequest.heldInOutbox";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSubscriptionCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "subscription.created";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        sim: string;
                        provider: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSubscriptionSimReplaced: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "subscription.simReplaced";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSubscriptionProviderChanged: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "subscription.providerChanged";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        previousProvider?: string;
                        provider?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSubscriptionEnded: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "subscription.ended";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSubscriptionLocked: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "subscription.locked";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        /** @description whether this change set the SIM change lock */
                        simChange: boolean;
                        /** @description whether this change set the port-out lock */
                        portOut: boolean;
                        /** @description the declined request whose page locked it */
                        consentRequest?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSubscriptionUnlocked: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "subscription.unlocked";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        simChange: boolean;
                        portOut: boolean;
                        consentRequest?: string | null;
                        /** @constant */
                        override?: true;
                        reason?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSubscriptionFlagCleared: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "subscription.flagCleared";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        reason: string;
                        /** @description ISO 8601 UTC */
                        flaggedAt: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPortOutCredentialsIssued: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "portOutCredentials.issued";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        consentRequest: string | null;
                        /** @description ISO 8601 UTC */
                        pinExpiresAt: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPortOutCredentialsUsed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "portOutCredentials.used";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        /** @description masked */
                        number: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPortOutCredentialsInvalidated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "portOutCredentials.invalidated";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        reason: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPortOutCredentialsVerificationFailed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "portOutCredentials.verificationFailed";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        /** @description masked */
                        number: string;
                        failures: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onProjectCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "project.created";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onProjectUpdated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "project.updated";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        /** @description the fields the change set */
                        changed: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onProjectDataRedacted: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "project.dataRedacted";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        /** @description ISO 8601 UTC */
                        from: string;
                        /** @description ISO 8601 UTC */
                        until: string;
                        consentRequests: number;
                        events: number;
                        fields: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onOrganizationCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "organization.created";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onUserCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "user.created";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onUserUpdated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "user.updated";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        /** @description the fields the change set */
                        changed: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onUserContactChanged: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "user.contactChanged";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        field: string;
                        previous: string | null;
                        new: string | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSimCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "sim.created";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onMemberLoggedIn: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "member.loggedIn";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onMemberLoginFailed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "member.loginFailed";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        reason: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onMemberCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "member.created";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onMemberAdded: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "member.added";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        role: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onMemberRoleChanged: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "member.roleChanged";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        before: string;
                        after: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onMemberRemoved: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "member.removed";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        role: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onApiKeyCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "apiKey.created";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        name: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onApiKeyRevoked: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "apiKey.revoked";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onFraudSuspected: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "fraud.suspected";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        consentRequest: string;
                        /** @description simReplacement, providerChange, portOutCredentials, … */
                        type: string;
                        requestedBy: {
                            /** @enum {string} */
                            type: "member" | "apiKey";
                            id: string;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onWebhookEndpointCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "webhookEndpoint.created";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        url: string;
                        eventTypes: string[] | null;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onWebhookEndpointUpdated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "webhookEndpoint.updated";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        changed: string[];
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onWebhookEndpointDeleted: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "webhookEndpoint.deleted";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        url: string;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onWebhookEndpointSecretRotated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "webhookEndpoint.secretRotated";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        /** @description ISO 8601 UTC */
                        previousSecretExpiresAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onWebhookEndpointDisabled: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "webhookEndpoint.disabled";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        url: string;
                        /** @constant */
                        reason: "failingForFiveDays";
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSimSwapChecked: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id: the same on every retry and redelivery, to drop repeats. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    object: "event";
                    id: string;
                    /** @constant */
                    type: "simSwap.checked";
                    project: string;
                    /** @description ISO 8601 UTC */
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        /** @enum {string} */
                        operation: "retrieveDate" | "check";
                        /** @description the number asked about, masked: +1•••••0123 */
                        phoneNumber: string;
                        /** @description the hours a check asked about */
                        maxAge?: number;
                        /** @description the active line with the number; null if none */
                        subscription: string | null;
                        /** @description what the relying party was told */
                        answer: {
                            /** @description ISO 8601 UTC */
                            latestSimChange: string;
                        } | {
                            swapped: boolean;
                        } | {
                            /** @constant */
                            code: "IDENTIFIER_NOT_FOUND";
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
