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
        post: operations["createSession"];
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
        get: operations["getProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
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
        get: operations["listUsers"];
        put?: never;
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
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
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
        get: operations["listSims"];
        put?: never;
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
        get: operations["listSubscriptions"];
        put?: never;
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
        get: operations["listWebhookEndpoints"];
        put?: never;
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
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
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
        get: operations["listApiKeys"];
        put?: never;
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
        get: operations["listMembers"];
        put?: never;
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                            dataSchema: {
                                [key: string]: unknown;
                            };
                        }[];
                        moreItemsAfter: null;
                        moreItemsBefore: null;
                    };
                };
            };
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
                        email: string | null;
                        name: string;
                        projects: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "owner" | "support" | "viewer" | "simSwapCheck";
                        }[];
                    };
                };
            };
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
                        createdAt: string;
                    };
                };
            };
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
                        /** @default 86400 */
                        portOutCooldownSeconds?: number;
                        /** @default 86400 */
                        contactChangeHoldSeconds?: number;
                    } | null;
                    portOutPinTtlSeconds?: number;
                    retentionDays?: number;
                };
            };
        };
        responses: {
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
                        createdAt: string;
                    };
                };
            };
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
                            createdAt: string;
                            emailChangedAt: string | null;
                        }[];
                        moreItemsAfter: string | null;
                        moreItemsBefore: string | null;
                    };
                };
            };
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
                        createdAt: string;
                        emailChangedAt: string | null;
                    };
                };
            };
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
                        createdAt: string;
                        emailChangedAt: string | null;
                    };
                };
            };
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
                        createdAt: string;
                        emailChangedAt: string | null;
                    };
                };
            };
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
                            createdAt: string;
                        }[];
                        moreItemsAfter: string | null;
                        moreItemsBefore: string | null;
                    };
                };
            };
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
                        createdAt: string;
                    };
                };
            };
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
                        createdAt: string;
                    };
                };
            };
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
                q?: string;
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
                            createdAt: string;
                            endedAt: string | null;
                            locks: {
                                simChange: boolean;
                                portOut: boolean;
                            };
                            flaggedAt: string | null;
                        }[];
                        moreItemsAfter: string | null;
                        moreItemsBefore: string | null;
                    };
                };
            };
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
                    sim: string;
                    plan?: string | null;
                };
            };
        };
        responses: {
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
                        createdAt: string;
                        endedAt: string | null;
                        locks: {
                            simChange: boolean;
                            portOut: boolean;
                        };
                        flaggedAt: string | null;
                    };
                };
            };
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
                        createdAt: string;
                        endedAt: string | null;
                        locks: {
                            simChange: boolean;
                            portOut: boolean;
                        };
                        flaggedAt: string | null;
                    };
                };
            };
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
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
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
                        createdAt: string;
                        endedAt: string | null;
                        locks: {
                            simChange: boolean;
                            portOut: boolean;
                        };
                        flaggedAt: string | null;
                    };
                };
            };
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
                    sim: string;
                    /** @enum {string} */
                    simType?: "eSIM" | "pSIM";
                    /** @enum {string} */
                    deliveryMethod?: "email" | "sms";
                };
            };
        };
        responses: {
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
                        createdAt: string;
                        endedAt: string | null;
                        locks: {
                            simChange: boolean;
                            portOut: boolean;
                        };
                        flaggedAt: string | null;
                    };
                };
            };
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
                        createdAt: string;
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
                    sim?: string;
                    /** @enum {string} */
                    deliveryMethod?: "email" | "sms";
                };
            };
        };
        responses: {
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
                        createdAt: string;
                        endedAt: string | null;
                        locks: {
                            simChange: boolean;
                            portOut: boolean;
                        };
                        flaggedAt: string | null;
                    };
                };
            };
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
                        createdAt: string;
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
                        pin: string | null;
                        pinExpiresAt: string;
                    };
                };
            };
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
                        createdAt: string;
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
                        createdAt: string;
                        endedAt: string | null;
                        locks: {
                            simChange: boolean;
                            portOut: boolean;
                        };
                        flaggedAt: string | null;
                    };
                };
            };
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
                        createdAt: string;
                        endedAt: string | null;
                        locks: {
                            simChange: boolean;
                            portOut: boolean;
                        };
                        flaggedAt: string | null;
                    };
                };
            };
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
                        createdAt: string;
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
                        createdAt: string;
                        endedAt: string | null;
                        locks: {
                            simChange: boolean;
                            portOut: boolean;
                        };
                        flaggedAt: string | null;
                    };
                };
            };
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
                            createdAt: string;
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
                            phoneNumber: string;
                        };
                        requestedBy: {
                            /** @enum {string} */
                            type: "member" | "apiKey";
                            id: string;
                            at: string;
                        };
                        delivery: {
                            /** @enum {string} */
                            method: "email" | "sms";
                            recipient: string | null;
                            acceptedAt: string | null;
                            transport: string | null;
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
                        generatedAt: string;
                    };
                    "text/html": string;
                };
            };
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
                        unsealedEvents: number;
                        firstBadEvent: {
                            id: string | null;
                            seq: number;
                            reason: string;
                        } | null;
                    };
                };
            };
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
                            createdAt: string;
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
                        createdAt: string;
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
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
                consentRequestId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
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
                        createdAt: string;
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
                        createdAt: string;
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
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
                consentRequestId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
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
                        createdAt: string;
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
                            pin: string | null;
                            pinExpiresAt: string;
                        } | null;
                    };
                };
            };
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
                            failingSince: string | null;
                            disabledAt: string | null;
                            previousSecretExpiresAt: string | null;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        moreItemsAfter: string | null;
                        moreItemsBefore: string | null;
                    };
                };
            };
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
                    url: string;
                    eventTypes?: ("consentRequest.created" | "consentRequest.opened" | "consentRequest.sent" | "consentRequest.deliveryFailed" | "consentRequest.approved" | "consentRequest.declined" | "consentRequest.fulfilled" | "consentRequest.canceled" | "consentRequest.expired" | "consentRequest.fulfillmentFailed" | "subscription.created" | "subscription.simReplaced" | "subscription.providerChanged" | "subscription.ended" | "portOutCredentials.issued" | "project.updated" | "user.created" | "user.updated" | "sim.created" | "member.loggedIn" | "member.created" | "apiKey.created" | "apiKey.revoked" | "organization.created" | "project.created" | "member.added" | "member.roleChanged" | "member.removed" | "member.loginFailed" | "user.contactChanged" | "consentRequest.heldInOutbox" | "subscription.locked" | "subscription.unlocked" | "subscription.flagCleared" | "fraud.suspected" | "portOutCredentials.used" | "portOutCredentials.invalidated" | "portOutCredentials.verificationFailed" | "project.dataRedacted" | "webhookEndpoint.created" | "webhookEndpoint.updated" | "webhookEndpoint.deleted" | "webhookEndpoint.secretRotated" | "webhookEndpoint.disabled" | "simSwap.checked")[] | null;
                    description?: string | null;
                };
            };
        };
        responses: {
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
                        failingSince: string | null;
                        disabledAt: string | null;
                        previousSecretExpiresAt: string | null;
                        createdAt: string;
                        updatedAt: string;
                        secret: string | null;
                    };
                };
            };
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
                        failingSince: string | null;
                        disabledAt: string | null;
                        previousSecretExpiresAt: string | null;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
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
        requestBody?: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
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
                        failingSince: string | null;
                        disabledAt: string | null;
                        previousSecretExpiresAt: string | null;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
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
                    url?: string;
                    eventTypes?: ("consentRequest.created" | "consentRequest.opened" | "consentRequest.sent" | "consentRequest.deliveryFailed" | "consentRequest.approved" | "consentRequest.declined" | "consentRequest.fulfilled" | "consentRequest.canceled" | "consentRequest.expired" | "consentRequest.fulfillmentFailed" | "subscription.created" | "subscription.simReplaced" | "subscription.providerChanged" | "subscription.ended" | "portOutCredentials.issued" | "project.updated" | "user.created" | "user.updated" | "sim.created" | "member.loggedIn" | "member.created" | "apiKey.created" | "apiKey.revoked" | "organization.created" | "project.created" | "member.added" | "member.roleChanged" | "member.removed" | "member.loginFailed" | "user.contactChanged" | "consentRequest.heldInOutbox" | "subscription.locked" | "subscription.unlocked" | "subscription.flagCleared" | "fraud.suspected" | "portOutCredentials.used" | "portOutCredentials.invalidated" | "portOutCredentials.verificationFailed" | "project.dataRedacted" | "webhookEndpoint.created" | "webhookEndpoint.updated" | "webhookEndpoint.deleted" | "webhookEndpoint.secretRotated" | "webhookEndpoint.disabled" | "simSwap.checked")[] | null;
                    description?: string | null;
                    enabled?: boolean;
                };
            };
        };
        responses: {
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
                        failingSince: string | null;
                        disabledAt: string | null;
                        previousSecretExpiresAt: string | null;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
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
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
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
                        failingSince: string | null;
                        disabledAt: string | null;
                        previousSecretExpiresAt: string | null;
                        createdAt: string;
                        updatedAt: string;
                        secret: string | null;
                    };
                };
            };
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
                            attemptedAt: string;
                            statusCode: number | null;
                            error: string | null;
                            durationMs: number;
                            response: string | null;
                        }[];
                        moreItemsAfter: string | null;
                        moreItemsBefore: string | null;
                    };
                };
            };
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
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
                endpointId: string;
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
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
                        queuedAt: string;
                    };
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "consentRequestStats";
                        from: string;
                        to: string;
                        days: {
                            date: string;
                            pending: number;
                            approved: number;
                            fulfilled: number;
                            declined: number;
                            canceled: number;
                            expired: number;
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
                            prefix: string;
                            createdAt: string;
                            lastUsedAt: string | null;
                            expiresAt: string | null;
                            revokedAt: string | null;
                        }[];
                        moreItemsAfter: string | null;
                        moreItemsBefore: string | null;
                    };
                };
            };
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
                     * @default support
                     * @enum {string}
                     */
                    role?: "owner" | "support" | "viewer" | "simSwapCheck";
                    expiresAt?: string | null;
                };
            };
        };
        responses: {
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
                        prefix: string;
                        createdAt: string;
                        lastUsedAt: string | null;
                        expiresAt: string | null;
                        revokedAt: string | null;
                        key: string | null;
                    };
                };
            };
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
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
                apiKeyId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
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
                        prefix: string;
                        createdAt: string;
                        lastUsedAt: string | null;
                        expiresAt: string | null;
                        revokedAt: string | null;
                    };
                };
            };
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
                            createdAt: string;
                        }[];
                        moreItemsAfter: string | null;
                        moreItemsBefore: string | null;
                    };
                };
            };
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
                        createdAt: string;
                        password: string | null;
                    };
                };
            };
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
                        createdAt: string;
                    };
                };
            };
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
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
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
                        createdAt: string;
                    };
                };
            };
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
                "x-correlator"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phoneNumber?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        latestSimChange: string | null;
                        monitoredPeriod?: number;
                    };
                };
            };
            400: {
                headers: {
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        status: 400;
                        /** @enum {string} */
                        code: "INVALID_ARGUMENT" | "OUT_OF_RANGE";
                        message: string;
                    };
                };
            };
            401: {
                headers: {
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        status: 401;
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        message: string;
                    };
                };
            };
            403: {
                headers: {
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        status: 403;
                        /** @enum {string} */
                        code: "PERMISSION_DENIED";
                        message: string;
                    };
                };
            };
            404: {
                headers: {
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        status: 404;
                        /** @enum {string} */
                        code: "NOT_FOUND" | "IDENTIFIER_NOT_FOUND";
                        message: string;
                    };
                };
            };
            422: {
                headers: {
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        status: 422;
                        /** @enum {string} */
                        code: "MISSING_IDENTIFIER";
                        message: string;
                    };
                };
            };
            429: {
                headers: {
                    "x-correlator"?: string;
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        status: 429;
                        /** @enum {string} */
                        code: "TOO_MANY_REQUESTS";
                        message: string;
                    };
                };
            };
            503: {
                headers: {
                    "x-correlator"?: string;
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        status: 503;
                        /** @enum {string} */
                        code: "UNAVAILABLE";
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
                "x-correlator"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phoneNumber?: string;
                    /** @default 240 */
                    maxAge?: number;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        swapped: boolean;
                    };
                };
            };
            400: {
                headers: {
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        status: 400;
                        /** @enum {string} */
                        code: "INVALID_ARGUMENT" | "OUT_OF_RANGE";
                        message: string;
                    };
                };
            };
            401: {
                headers: {
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        status: 401;
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        message: string;
                    };
                };
            };
            403: {
                headers: {
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        status: 403;
                        /** @enum {string} */
                        code: "PERMISSION_DENIED";
                        message: string;
                    };
                };
            };
            404: {
                headers: {
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        status: 404;
                        /** @enum {string} */
                        code: "NOT_FOUND" | "IDENTIFIER_NOT_FOUND";
                        message: string;
                    };
                };
            };
            422: {
                headers: {
                    "x-correlator"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        status: 422;
                        /** @enum {string} */
                        code: "MISSING_IDENTIFIER";
                        message: string;
                    };
                };
            };
            429: {
                headers: {
                    "x-correlator"?: string;
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        status: 429;
                        /** @enum {string} */
                        code: "TOO_MANY_REQUESTS";
                        message: string;
                    };
                };
            };
            503: {
                headers: {
                    "x-correlator"?: string;
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        status: 503;
                        /** @enum {string} */
                        code: "UNAVAILABLE";
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        reason?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        reason?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        reason?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        reason?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        reason?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
                        numberRecentlyReleased?: {
                            subscription: string;
                            endedAt: string;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
                        consentRequest?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        reason: string;
                        flaggedAt: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        consentRequest: string | null;
                        pinExpiresAt: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        number: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        number: string;
                        failures: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        changed: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        from: string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        changed: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        consentRequest: string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
                    time: string;
                    actor: {
                        /** @enum {string} */
                        type: "member" | "apiKey" | "user" | "system";
                        id: string | null;
                    };
                    subject: string;
                    data: {
                        previousSecretExpiresAt: string;
                    };
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                "webhook-id": string;
                "webhook-timestamp": string;
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
                        phoneNumber: string;
                        maxAge?: number;
                        subscription: string | null;
                        answer: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
