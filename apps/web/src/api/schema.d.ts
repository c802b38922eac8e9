// Generated from the API's OpenAPI document by apps/web/test/api-types.test.ts. Do not edit:
// run `pnpm --filter @dispatch/web gen:api` after changing the API.
export interface paths {
    "/api/attachments/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether attachments are on, the largest file and the allowed types */
        get: operations["getAttachmentSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit events, newest first, filtered by entity, actor and time */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the tenant's audit hash chain; names the first broken link if any */
        get: operations["verifyAuditChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active assignments, equipment by type and status, queue depth by priority, counts */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispatch/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assignments, filtered by status (active or one status) and driver */
        get: operations["listAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispatch/assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One assignment */
        get: operations["getAssignment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispatch/assignments/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Uploaded attachments of an assignment (delivery proof), newest first */
        get: operations["listAssignmentAttachments"];
        put?: never;
        /** Start an upload to an assignment (delivery proof): a presigned POST straight to the object store */
        post: operations["startAssignmentAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispatch/assignments/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an attachment: the row now, the file once that has committed */
        delete: operations["deleteAssignmentAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispatch/assignments/{id}/attachments/{attachmentId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an uploaded file after checking it in the object store (exists, size, type) */
        post: operations["completeAssignmentAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispatch/assignments/{id}/attachments/{attachmentId}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A short-lived presigned link to the file */
        get: operations["downloadAssignmentAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispatch/assignments/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** dispatched → en_route → on_site → completed; cancelled from any active state; anything else 409 */
        post: operations["changeAssignmentStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispatch/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Queued requests in serving order (urgent first, then first-come), with depth per priority */
        get: operations["getDispatchQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispatch/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dispatch requests, filtered by status, priority and work order */
        get: operations["listDispatchRequests"];
        put?: never;
        /** Dispatch at once (201) or queue (202); the same Idempotency-Key and body replay the first answer */
        post: operations["requestDispatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispatch/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One dispatch request with its assignment, if any */
        get: operations["getDispatchRequest"];
        put?: never;
        post?: never;
        /** Cancel a queued request (409 once it is dispatched) */
        delete: operations["cancelDispatchRequest"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispatch/requests/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each automatic decision for the request: candidates considered and why each was passed over */
        get: operations["listDispatchDecisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/drivers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Drivers, filtered by shift status and region */
        get: operations["listDrivers"];
        put?: never;
        /** Add a driver with qualifications */
        post: operations["createDriver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/drivers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One driver with qualifications */
        get: operations["getDriver"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a driver (admins: anything; dispatchers: shiftStatus only) */
        patch: operations["updateDriver"];
        trace?: never;
    };
    "/api/equipment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Equipment, filtered by status, type and region */
        get: operations["listEquipment"];
        put?: never;
        /** Add a piece of equipment */
        post: operations["createEquipment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/equipment-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Equipment types of the tenant */
        get: operations["listEquipmentTypes"];
        put?: never;
        /** Add an equipment type */
        post: operations["createEquipmentType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/equipment-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One equipment type */
        get: operations["getEquipmentType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/equipment/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One piece of equipment */
        get: operations["getEquipment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change equipment (admins: anything; dispatchers: status available or maintenance only) */
        patch: operations["updateEquipment"];
        trace?: never;
    };
    "/api/equipment/available": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Equipment free to dispatch now, with the free qualified drivers for each */
        get: operations["listAvailableEquipment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: answers while the process can serve */
        get: operations["getHealth"];
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
        /** Who is calling: user, roles, region and tenant */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: 200 only when Postgres and Redis answer */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Time in queue and time to complete (p50/p95) per priority over a period */
        get: operations["getDispatchReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/utilization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Utilization per equipment and per type over a period */
        get: operations["getUtilizationReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's settings: exception thresholds and time zone, defaults filled in */
        get: operations["getTenantSettings"];
        /** Replace the tenant settings (an omitted one returns to its default); audited */
        put: operations["updateTenantSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/idp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's identity-provider settings (never the client secret) */
        get: operations["getIdpSettings"];
        /** Replace the identity-provider settings; a dry run against the issuer must pass first (422 otherwise) */
        put: operations["updateIdpSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/idp/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dry run of candidate identity-provider settings, step by step (discovery, issuer, JWKS keys, web login); stores nothing */
        post: operations["checkIdpSettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users seen by this tenant, with roles and last sign-in (access review) */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Work orders, filtered by status and region, searched by text */
        get: operations["listWorkOrders"];
        put?: never;
        /** Create a work order */
        post: operations["createWorkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One work order */
        get: operations["getWorkOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a work order */
        patch: operations["updateWorkOrder"];
        trace?: never;
    };
    "/api/work-orders/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Uploaded attachments of a work order, newest first */
        get: operations["listWorkOrderAttachments"];
        put?: never;
        /** Start an upload to a work order: a presigned POST straight to the object store */
        post: operations["startWorkOrderAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-orders/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an attachment: the row now, the file once that has committed */
        delete: operations["deleteWorkOrderAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-orders/{id}/attachments/{attachmentId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an uploaded file after checking it in the object store (exists, size, type) */
        post: operations["completeWorkOrderAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-orders/{id}/attachments/{attachmentId}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A short-lived presigned link to the file */
        get: operations["downloadWorkOrderAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the identity provider returns; sets the session cookie */
        get: operations["finishLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redirects to the tenant's identity provider */
        get: operations["startLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ends the session; answers where to send the browser to sign out at the IdP */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/idp/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dry run of identity settings for a tenant not created yet (the console checks before it creates); stores nothing */
        post: operations["checkNewTenantIdp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is calling the platform API: the platform admin (console session or token) */
        get: operations["getPlatformMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/migrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Template version per tenant and the progress of the current run */
        get: operations["getMigrationStatus"];
        put?: never;
        /** Apply pending tenant-template migrations to all tenants (or one) */
        post: operations["startMigrations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tenants, paged */
        get: operations["listTenants"];
        put?: never;
        /** Provision a tenant (the same body again answers 200 with the existing tenant) */
        post: operations["createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/tenants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One tenant */
        get: operations["getTenant"];
        put?: never;
        post?: never;
        /** Offboard a tenant: export its data, then drop it */
        delete: operations["offboardTenant"];
        options?: never;
        head?: never;
        /** Change status (suspend, resume), tier, name or identity settings of a tenant */
        patch: operations["updateTenant"];
        trace?: never;
    };
    "/platform/tenants/{id}/idp/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dry run of a tenant's identity provider: discovery, issuer, JWKS keys, web-login endpoints */
        post: operations["checkTenantIdp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details */
        Problem: {
            detail: string;
            errors?: {
                field: string;
                message: string;
            }[];
            instance?: string;
            requestId?: string;
            status: number;
            title: string;
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAttachmentSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Attachment settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contentTypes: string[];
                        /** @description False when the server has no object store configured */
                        enabled: boolean;
                        maxBytes: number;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                actor?: string;
                /** @description nextCursor of the previous page */
                cursor?: string;
                entity?: string;
                entityId?: string;
                from?: string;
                limit?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actor: {
                                name: string | null;
                                sub: string;
                            };
                            after: unknown;
                            /** Format: date-time */
                            at: string;
                            before: unknown;
                            entity: string;
                            entityId: string | null;
                            hash: string | null;
                            /** Format: uuid */
                            id: string;
                            prevHash: string | null;
                            requestId: string | null;
                            seq: number | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    verifyAuditChain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        anchoredSeq: number | null;
                        checked: number;
                        firstBroken: {
                            id: string | null;
                            reason: string;
                            seq: number | null;
                        } | null;
                        lastSeq: number;
                        ok: boolean;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable`, `object-store-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable" | "https://dispatch.dev/problems/object-store-unavailable";
                    };
                };
            };
        };
    };
    getDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant's dispatch overview */
            200: {
                headers: {
                    /** @description The epoch the sequence number belongs to (absent before the tenant published any event) */
                    "x-tenant-epoch"?: string;
                    /** @description The tenant's realtime sequence number when this list was read: events up to it are reflected here; continue applying events after it */
                    "x-tenant-seq"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activeAssignments: {
                            byStatus: {
                                dispatched: number;
                                en_route: number;
                                on_site: number;
                            };
                            latest: {
                                /** Format: date-time */
                                dispatchedAt: string;
                                driverName: string;
                                equipmentIdentifier: string;
                                /** Format: uuid */
                                id: string;
                                region: string;
                                status: string;
                                workOrderNumber: string;
                            }[];
                            total: number;
                        };
                        counts: {
                            completedLast24h: number;
                            drivers: {
                                busy: number;
                                offShift: number;
                                onShift: number;
                            };
                            requestsLast24h: number;
                            workOrders: {
                                inProgress: number;
                                open: number;
                            };
                        };
                        equipmentByType: {
                            available: number;
                            dispatched: number;
                            /** Format: uuid */
                            equipmentTypeId: string;
                            maintenance: number;
                            name: string;
                            retired: number;
                        }[];
                        /** Format: date-time */
                        generatedAt: string;
                        queueDepth: {
                            /** Format: uuid */
                            equipmentTypeId: string;
                            name: string;
                            oldestQueuedAt: string | null;
                            standard: number;
                            total: number;
                            urgent: number;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    listAssignments: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                driverId?: string;
                equipmentId?: string;
                limit?: number;
                status?: "active" | ("dispatched" | "en_route" | "on_site" | "completed" | "cancelled");
                workOrderId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of assignments */
            200: {
                headers: {
                    /** @description The epoch the sequence number belongs to (absent before the tenant published any event) */
                    "x-tenant-epoch"?: string;
                    /** @description The tenant's realtime sequence number when this list was read: events up to it are reflected here; continue applying events after it */
                    "x-tenant-seq"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            cancelledAt: string | null;
                            completedAt: string | null;
                            /** Format: date-time */
                            dispatchedAt: string;
                            /** Format: uuid */
                            driverId: string;
                            driverName: string;
                            enRouteAt: string | null;
                            /** Format: uuid */
                            equipmentId: string;
                            equipmentIdentifier: string;
                            equipmentRegion: string;
                            /** Format: uuid */
                            equipmentTypeId: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            onSiteAt: string | null;
                            /** @description The work order's region */
                            region: string;
                            /** Format: uuid */
                            requestId: string;
                            status: "dispatched" | "en_route" | "on_site" | "completed" | "cancelled";
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            workOrderId: string;
                            workOrderNumber: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    getAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assignment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cancelledAt: string | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        dispatchedAt: string;
                        /** Format: uuid */
                        driverId: string;
                        driverName: string;
                        enRouteAt: string | null;
                        /** Format: uuid */
                        equipmentId: string;
                        equipmentIdentifier: string;
                        equipmentRegion: string;
                        /** Format: uuid */
                        equipmentTypeId: string;
                        /** Format: uuid */
                        id: string;
                        note: string | null;
                        onSiteAt: string | null;
                        /** @description The work order's region */
                        region: string;
                        /** Format: uuid */
                        requestId: string;
                        status: "dispatched" | "en_route" | "on_site" | "completed" | "cancelled";
                        /** Format: date-time */
                        updatedAt: string;
                        /** Format: uuid */
                        workOrderId: string;
                        workOrderNumber: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    listAssignmentAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            assignmentId: string | null;
                            completedAt: string | null;
                            contentType: string;
                            /** Format: date-time */
                            createdAt: string;
                            fileName: string;
                            /** Format: uuid */
                            id: string;
                            sizeBytes: number;
                            status: "pending" | "uploaded";
                            uploadedBy: {
                                name: string | null;
                                sub: string;
                            };
                            /** Format: uuid */
                            workOrderId: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found`, `attachments-disabled` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found" | "https://dispatch.dev/problems/attachments-disabled";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    startAssignmentAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description One of the allowed types (GET /api/attachments/settings); the upload must carry it */
                    contentType: string;
                    /** @description Shown and used for downloads only */
                    fileName: string;
                    /** @description Exact size of the file; checked when completing */
                    sizeBytes: number;
                };
            };
        };
        responses: {
            /** @description The pending attachment and where to upload it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attachment: {
                            assignmentId: string | null;
                            completedAt: string | null;
                            contentType: string;
                            /** Format: date-time */
                            createdAt: string;
                            fileName: string;
                            /** Format: uuid */
                            id: string;
                            sizeBytes: number;
                            status: "pending" | "uploaded";
                            uploadedBy: {
                                name: string | null;
                                sub: string;
                            };
                            /** Format: uuid */
                            workOrderId: string;
                        };
                        upload: {
                            /** Format: date-time */
                            expiresAt: string;
                            fields: {
                                [key: string]: string;
                            };
                            maxBytes: number;
                            /** @description POST a multipart form here: every field below, then the file as `file` */
                            url: string;
                        };
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found`, `attachments-disabled` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found" | "https://dispatch.dev/problems/attachments-disabled";
                    };
                };
            };
            /** @description Conflicts with the current state: `attachment-limit` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/attachment-limit";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    deleteAssignmentAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed`, `attachment-not-yours` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed" | "https://dispatch.dev/problems/attachment-not-yours";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found`, `attachments-disabled` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found" | "https://dispatch.dev/problems/attachments-disabled";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    completeAssignmentAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The uploaded attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignmentId: string | null;
                        completedAt: string | null;
                        contentType: string;
                        /** Format: date-time */
                        createdAt: string;
                        fileName: string;
                        /** Format: uuid */
                        id: string;
                        sizeBytes: number;
                        status: "pending" | "uploaded";
                        uploadedBy: {
                            name: string | null;
                            sub: string;
                        };
                        /** Format: uuid */
                        workOrderId: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found`, `attachments-disabled` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found" | "https://dispatch.dev/problems/attachments-disabled";
                    };
                };
            };
            /** @description Conflicts with the current state: `attachment-not-uploaded`, `attachment-mismatch` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/attachment-not-uploaded" | "https://dispatch.dev/problems/attachment-mismatch";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable`, `object-store-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable" | "https://dispatch.dev/problems/object-store-unavailable";
                    };
                };
            };
        };
    };
    downloadAssignmentAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where to download it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        expiresAt: string;
                        /** @description A short-lived presigned GET of the file */
                        url: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found`, `attachments-disabled` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found" | "https://dispatch.dev/problems/attachments-disabled";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    changeAssignmentStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    status: "en_route" | "on_site" | "completed" | "cancelled";
                };
            };
        };
        responses: {
            /** @description The assignment in its new status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cancelledAt: string | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        dispatchedAt: string;
                        /** Format: uuid */
                        driverId: string;
                        driverName: string;
                        enRouteAt: string | null;
                        /** Format: uuid */
                        equipmentId: string;
                        equipmentIdentifier: string;
                        equipmentRegion: string;
                        /** Format: uuid */
                        equipmentTypeId: string;
                        /** Format: uuid */
                        id: string;
                        note: string | null;
                        onSiteAt: string | null;
                        /** @description The work order's region */
                        region: string;
                        /** Format: uuid */
                        requestId: string;
                        status: "dispatched" | "en_route" | "on_site" | "completed" | "cancelled";
                        /** Format: date-time */
                        updatedAt: string;
                        /** Format: uuid */
                        workOrderId: string;
                        workOrderNumber: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed`, `drivers-cannot-cancel` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed" | "https://dispatch.dev/problems/drivers-cannot-cancel";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found";
                    };
                };
            };
            /** @description Conflicts with the current state: `illegal-transition` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/illegal-transition";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    getDispatchQueue: {
        parameters: {
            query?: {
                limit?: number;
                typeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queue in serving order */
            200: {
                headers: {
                    /** @description The epoch the sequence number belongs to (absent before the tenant published any event) */
                    "x-tenant-epoch"?: string;
                    /** @description The tenant's realtime sequence number when this list was read: events up to it are reflected here; continue applying events after it */
                    "x-tenant-seq"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        types: {
                            averageCompletionSeconds: number | null;
                            depth: {
                                standard: number;
                                total: number;
                                urgent: number;
                            };
                            /** Format: uuid */
                            equipmentTypeId: string;
                            items: {
                                estimatedWaitSeconds: number | null;
                                position: number;
                                request: {
                                    cancelledAt: string | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                    dispatchedAt: string | null;
                                    /** Format: uuid */
                                    equipmentTypeId: string;
                                    /** Format: uuid */
                                    id: string;
                                    priority: "urgent" | "standard";
                                    region: string | null;
                                    requestedBy: {
                                        name: string | null;
                                        sub: string;
                                    };
                                    status: "queued" | "dispatched" | "cancelled";
                                    wasQueued: boolean;
                                    /** Format: uuid */
                                    workOrderId: string;
                                    workOrderNumber: string;
                                };
                            }[];
                            unitsInService: number;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    listDispatchRequests: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                status?: "queued" | "dispatched" | "cancelled";
                typeId?: string;
                workOrderId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of dispatch requests */
            200: {
                headers: {
                    /** @description The epoch the sequence number belongs to (absent before the tenant published any event) */
                    "x-tenant-epoch"?: string;
                    /** @description The tenant's realtime sequence number when this list was read: events up to it are reflected here; continue applying events after it */
                    "x-tenant-seq"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            cancelledAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            dispatchedAt: string | null;
                            /** Format: uuid */
                            equipmentTypeId: string;
                            /** Format: uuid */
                            id: string;
                            priority: "urgent" | "standard";
                            region: string | null;
                            requestedBy: {
                                name: string | null;
                                sub: string;
                            };
                            status: "queued" | "dispatched" | "cancelled";
                            wasQueued: boolean;
                            /** Format: uuid */
                            workOrderId: string;
                            workOrderNumber: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    requestDispatch: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    equipmentTypeId: string;
                    priority: "urgent" | "standard";
                    region?: string;
                    /** Format: uuid */
                    workOrderId: string;
                };
            };
        };
        responses: {
            /** @description Dispatched at once: the request and its assignment */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignment: {
                            cancelledAt: string | null;
                            completedAt: string | null;
                            /** Format: date-time */
                            dispatchedAt: string;
                            /** Format: uuid */
                            driverId: string;
                            driverName: string;
                            enRouteAt: string | null;
                            /** Format: uuid */
                            equipmentId: string;
                            equipmentIdentifier: string;
                            equipmentRegion: string;
                            /** Format: uuid */
                            equipmentTypeId: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            onSiteAt: string | null;
                            /** @description The work order's region */
                            region: string;
                            /** Format: uuid */
                            requestId: string;
                            status: "dispatched" | "en_route" | "on_site" | "completed" | "cancelled";
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            workOrderId: string;
                            workOrderNumber: string;
                        };
                        request: {
                            cancelledAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            dispatchedAt: string | null;
                            /** Format: uuid */
                            equipmentTypeId: string;
                            /** Format: uuid */
                            id: string;
                            priority: "urgent" | "standard";
                            region: string | null;
                            requestedBy: {
                                name: string | null;
                                sub: string;
                            };
                            status: "queued" | "dispatched" | "cancelled";
                            wasQueued: boolean;
                            /** Format: uuid */
                            workOrderId: string;
                            workOrderNumber: string;
                        };
                    };
                };
            };
            /** @description Queued: the request and its place in the queue */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        queuePosition: number;
                        request: {
                            cancelledAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            dispatchedAt: string | null;
                            /** Format: uuid */
                            equipmentTypeId: string;
                            /** Format: uuid */
                            id: string;
                            priority: "urgent" | "standard";
                            region: string | null;
                            requestedBy: {
                                name: string | null;
                                sub: string;
                            };
                            status: "queued" | "dispatched" | "cancelled";
                            wasQueued: boolean;
                            /** Format: uuid */
                            workOrderId: string;
                            workOrderNumber: string;
                        };
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed`, `region-forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed" | "https://dispatch.dev/problems/region-forbidden";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description Conflicts with the current state: `work-order-closed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/work-order-closed";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Understood but cannot be carried out: `idempotency-key-reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/idempotency-key-reused";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    getDispatchRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dispatch request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignment: {
                            cancelledAt: string | null;
                            completedAt: string | null;
                            /** Format: date-time */
                            dispatchedAt: string;
                            /** Format: uuid */
                            driverId: string;
                            driverName: string;
                            enRouteAt: string | null;
                            /** Format: uuid */
                            equipmentId: string;
                            equipmentIdentifier: string;
                            equipmentRegion: string;
                            /** Format: uuid */
                            equipmentTypeId: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            onSiteAt: string | null;
                            /** @description The work order's region */
                            region: string;
                            /** Format: uuid */
                            requestId: string;
                            status: "dispatched" | "en_route" | "on_site" | "completed" | "cancelled";
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            workOrderId: string;
                            workOrderNumber: string;
                        } | null;
                        estimatedWaitSeconds: number | null;
                        queuePosition: number | null;
                        request: {
                            cancelledAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            dispatchedAt: string | null;
                            /** Format: uuid */
                            equipmentTypeId: string;
                            /** Format: uuid */
                            id: string;
                            priority: "urgent" | "standard";
                            region: string | null;
                            requestedBy: {
                                name: string | null;
                                sub: string;
                            };
                            status: "queued" | "dispatched" | "cancelled";
                            wasQueued: boolean;
                            /** Format: uuid */
                            workOrderId: string;
                            workOrderNumber: string;
                        };
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    cancelDispatchRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cancelledAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        dispatchedAt: string | null;
                        /** Format: uuid */
                        equipmentTypeId: string;
                        /** Format: uuid */
                        id: string;
                        priority: "urgent" | "standard";
                        region: string | null;
                        requestedBy: {
                            name: string | null;
                            sub: string;
                        };
                        status: "queued" | "dispatched" | "cancelled";
                        wasQueued: boolean;
                        /** Format: uuid */
                        workOrderId: string;
                        workOrderNumber: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found";
                    };
                };
            };
            /** @description Conflicts with the current state: `request-not-queued` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/request-not-queued";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    listDispatchDecisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decision records, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            actor: {
                                name: string | null;
                                sub: string;
                            };
                            /** Format: date-time */
                            at: string;
                            chosen: {
                                driverId: string;
                                driverName: string;
                                equipmentId: string;
                                equipmentIdentifier: string;
                            } | null;
                            drivers: {
                                id: string;
                                name: string;
                                reasons: string[];
                                region: string;
                                verdict: "chosen" | "passed";
                            }[];
                            /** @description Drivers considered but not listed: beyond the listed ones, or outside your region */
                            driversNotListed: number;
                            equipment: {
                                id: string;
                                name: string;
                                reasons: string[];
                                region: string;
                                verdict: "chosen" | "passed";
                            }[];
                            /** @description Units considered but not listed: beyond the listed ones, or outside your region */
                            equipmentNotListed: number;
                            outcome: "assigned" | "queued";
                            rule: string;
                            trigger: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    listDrivers: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                qualifiedFor?: string;
                region?: string;
                shiftStatus?: "on_shift" | "off_shift";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of drivers */
            200: {
                headers: {
                    /** @description The epoch the sequence number belongs to (absent before the tenant published any event) */
                    "x-tenant-epoch"?: string;
                    /** @description The tenant's realtime sequence number when this list was read: events up to it are reflected here; continue applying events after it */
                    "x-tenant-seq"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            activeAssignmentId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            idleSince: string;
                            name: string;
                            phone: string | null;
                            qualifications: {
                                /** @description false once expired: an expired qualification does not qualify */
                                current: boolean;
                                /** Format: uuid */
                                equipmentTypeId: string;
                                equipmentTypeName: string;
                                expiresAt: string | null;
                            }[];
                            region: string;
                            shiftStatus: "on_shift" | "off_shift";
                            /** Format: date-time */
                            updatedAt: string;
                            userSub: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    createDriver: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    phone?: string | null;
                    qualifications?: {
                        /** Format: uuid */
                        equipmentTypeId: string;
                        expiresAt?: string | null;
                    }[];
                    region: string;
                    shiftStatus?: "on_shift" | "off_shift";
                    userSub?: string | null;
                };
            };
        };
        responses: {
            /** @description The created driver */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activeAssignmentId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        idleSince: string;
                        name: string;
                        phone: string | null;
                        qualifications: {
                            /** @description false once expired: an expired qualification does not qualify */
                            current: boolean;
                            /** Format: uuid */
                            equipmentTypeId: string;
                            equipmentTypeName: string;
                            expiresAt: string | null;
                        }[];
                        region: string;
                        shiftStatus: "on_shift" | "off_shift";
                        /** Format: date-time */
                        updatedAt: string;
                        userSub: string | null;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed`, `region-forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed" | "https://dispatch.dev/problems/region-forbidden";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description Conflicts with the current state: `user-already-linked` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/user-already-linked";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    getDriver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The driver */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activeAssignmentId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        idleSince: string;
                        name: string;
                        phone: string | null;
                        qualifications: {
                            /** @description false once expired: an expired qualification does not qualify */
                            current: boolean;
                            /** Format: uuid */
                            equipmentTypeId: string;
                            equipmentTypeName: string;
                            expiresAt: string | null;
                        }[];
                        region: string;
                        shiftStatus: "on_shift" | "off_shift";
                        /** Format: date-time */
                        updatedAt: string;
                        userSub: string | null;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    updateDriver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    phone?: string | null;
                    qualifications?: {
                        /** Format: uuid */
                        equipmentTypeId: string;
                        expiresAt?: string | null;
                    }[];
                    region?: string;
                    shiftStatus?: "on_shift" | "off_shift";
                    userSub?: string | null;
                };
            };
        };
        responses: {
            /** @description The updated driver */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activeAssignmentId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        idleSince: string;
                        name: string;
                        phone: string | null;
                        qualifications: {
                            /** @description false once expired: an expired qualification does not qualify */
                            current: boolean;
                            /** Format: uuid */
                            equipmentTypeId: string;
                            equipmentTypeName: string;
                            expiresAt: string | null;
                        }[];
                        region: string;
                        shiftStatus: "on_shift" | "off_shift";
                        /** Format: date-time */
                        updatedAt: string;
                        userSub: string | null;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed`, `admin-field`, `region-forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed" | "https://dispatch.dev/problems/admin-field" | "https://dispatch.dev/problems/region-forbidden";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found";
                    };
                };
            };
            /** @description Conflicts with the current state: `user-already-linked` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/user-already-linked";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    listEquipment: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                region?: string;
                status?: "available" | "dispatched" | "maintenance" | "retired";
                typeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of equipment */
            200: {
                headers: {
                    /** @description The epoch the sequence number belongs to (absent before the tenant published any event) */
                    "x-tenant-epoch"?: string;
                    /** @description The tenant's realtime sequence number when this list was read: events up to it are reflected here; continue applying events after it */
                    "x-tenant-seq"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            identifier: string;
                            /** Format: date-time */
                            idleSince: string;
                            /** @description Goes to maintenance when its current assignment ends */
                            maintenanceRequested: boolean;
                            nextMaintenanceOn: string | null;
                            notes: string | null;
                            region: string;
                            status: "available" | "dispatched" | "maintenance" | "retired";
                            /** Format: uuid */
                            typeId: string;
                            typeName: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    createEquipment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    identifier: string;
                    nextMaintenanceOn?: string | null;
                    notes?: string | null;
                    region: string;
                    status?: "available" | "maintenance" | "retired";
                    /** Format: uuid */
                    typeId: string;
                };
            };
        };
        responses: {
            /** @description The created equipment */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        identifier: string;
                        /** Format: date-time */
                        idleSince: string;
                        /** @description Goes to maintenance when its current assignment ends */
                        maintenanceRequested: boolean;
                        nextMaintenanceOn: string | null;
                        notes: string | null;
                        region: string;
                        status: "available" | "dispatched" | "maintenance" | "retired";
                        /** Format: uuid */
                        typeId: string;
                        typeName: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed`, `region-forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed" | "https://dispatch.dev/problems/region-forbidden";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description Conflicts with the current state: `identifier-taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/identifier-taken";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    listEquipmentTypes: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of equipment types */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    createEquipmentType: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description The created equipment type */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string | null;
                        /** Format: uuid */
                        id: string;
                        name: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description Conflicts with the current state: `name-taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/name-taken";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    getEquipmentType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The equipment type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string | null;
                        /** Format: uuid */
                        id: string;
                        name: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    getEquipment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The equipment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        identifier: string;
                        /** Format: date-time */
                        idleSince: string;
                        /** @description Goes to maintenance when its current assignment ends */
                        maintenanceRequested: boolean;
                        nextMaintenanceOn: string | null;
                        notes: string | null;
                        region: string;
                        status: "available" | "dispatched" | "maintenance" | "retired";
                        /** Format: uuid */
                        typeId: string;
                        typeName: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    updateEquipment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    identifier?: string;
                    nextMaintenanceOn?: string | null;
                    notes?: string | null;
                    region?: string;
                    status?: "available" | "maintenance" | "retired";
                    /** Format: uuid */
                    typeId?: string;
                };
            };
        };
        responses: {
            /** @description The updated equipment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        identifier: string;
                        /** Format: date-time */
                        idleSince: string;
                        /** @description Goes to maintenance when its current assignment ends */
                        maintenanceRequested: boolean;
                        nextMaintenanceOn: string | null;
                        notes: string | null;
                        region: string;
                        status: "available" | "dispatched" | "maintenance" | "retired";
                        /** Format: uuid */
                        typeId: string;
                        typeName: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed`, `admin-field`, `region-forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed" | "https://dispatch.dev/problems/admin-field" | "https://dispatch.dev/problems/region-forbidden";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found";
                    };
                };
            };
            /** @description Conflicts with the current state: `equipment-busy`, `identifier-taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/equipment-busy" | "https://dispatch.dev/problems/identifier-taken";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    listAvailableEquipment: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                region?: string;
                typeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of available equipment */
            200: {
                headers: {
                    /** @description The epoch the sequence number belongs to (absent before the tenant published any event) */
                    "x-tenant-epoch"?: string;
                    /** @description The tenant's realtime sequence number when this list was read: events up to it are reflected here; continue applying events after it */
                    "x-tenant-seq"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            /** @description An on-shift, qualified, free driver is in its region */
                            hasFreeDriver: boolean;
                            /** Format: uuid */
                            id: string;
                            identifier: string;
                            /** Format: date-time */
                            idleSince: string;
                            /** @description Goes to maintenance when its current assignment ends */
                            maintenanceRequested: boolean;
                            nextMaintenanceOn: string | null;
                            notes: string | null;
                            region: string;
                            status: "available" | "dispatched" | "maintenance" | "retired";
                            /** Format: uuid */
                            typeId: string;
                            typeName: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks?: {
                            [key: string]: string;
                        };
                        status: string;
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
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
            /** @description The signed-in user and their tenant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        region: string | null;
                        roles: string[];
                        tenant: {
                            id: string;
                            name: string;
                            slug: string;
                            tier: string;
                        };
                        user: {
                            email: string | null;
                            name: string;
                            sub: string;
                        };
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready: every dependency answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks?: {
                            [key: string]: string;
                        };
                        status: string;
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description Not ready: a dependency fails, or the process is draining */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks?: {
                            [key: string]: string;
                        };
                        status: string;
                    };
                };
            };
        };
    };
    getDispatchReport: {
        parameters: {
            query?: {
                format?: "json" | "csv";
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as JSON, or as CSV with ?format=csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            averageDispatchToCompleteSeconds: number | null;
                            cancelled: number;
                            completed: number;
                            completeSecondsP50: number | null;
                            completeSecondsP95: number | null;
                            immediate: number;
                            priority: "urgent" | "standard" | "all";
                            queued: number;
                            queueSecondsP50: number | null;
                            queueSecondsP95: number | null;
                            requests: number;
                        }[];
                        period: {
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                        };
                    };
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    getUtilizationReport: {
        parameters: {
            query?: {
                format?: "json" | "csv";
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as JSON, or as CSV with ?format=csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            averageDispatchSeconds: number | null;
                            dispatchedSeconds: number;
                            dispatches: number;
                            /** Format: uuid */
                            equipmentId: string;
                            equipmentType: string;
                            identifier: string;
                            region: string;
                            /** @description dispatched time / period, 0..1 */
                            utilization: number;
                        }[];
                        period: {
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                        };
                    };
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    getTenantSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        exceptions: {
                            /** @description An assignment dispatched but not en route after this long is flagged (default 15) */
                            dispatchedNotEnRouteMinutes: number;
                            /** @description A driver qualification expiring within this many days is flagged (default 7) */
                            qualificationExpiringDays: number;
                            /** @description An urgent request queued longer than this is flagged (default 10) */
                            urgentWaitingMinutes: number;
                        };
                        /** @description IANA time zone name such as Europe/Berlin (default UTC) */
                        timezone: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    updateTenantSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    exceptions?: {
                        /** @description An assignment dispatched but not en route after this long is flagged (default 15) */
                        dispatchedNotEnRouteMinutes?: number;
                        /** @description A driver qualification expiring within this many days is flagged (default 7) */
                        qualificationExpiringDays?: number;
                        /** @description An urgent request queued longer than this is flagged (default 10) */
                        urgentWaitingMinutes?: number;
                    };
                    /** @description IANA time zone name such as Europe/Berlin (default UTC) */
                    timezone?: string;
                };
            };
        };
        responses: {
            /** @description The stored tenant settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        exceptions: {
                            /** @description An assignment dispatched but not en route after this long is flagged (default 15) */
                            dispatchedNotEnRouteMinutes: number;
                            /** @description A driver qualification expiring within this many days is flagged (default 7) */
                            qualificationExpiringDays: number;
                            /** @description An urgent request queued longer than this is flagged (default 10) */
                            urgentWaitingMinutes: number;
                        };
                        /** @description IANA time zone name such as Europe/Berlin (default UTC) */
                        timezone: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    getIdpSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identity-provider settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        apiAudience?: string | string[];
                        readonly clientSecretStatus?: {
                            reference: string | null;
                            set: boolean;
                            source: "stored" | "reference" | null;
                            updatedAt: string | null;
                        };
                        readonly effective?: {
                            apiAudience: string[];
                            issuer: string;
                            jwksUri: string | null;
                            mfa: {
                                acrValues: string[];
                                amrValues: string[];
                                exemptClients: string[];
                                roles: ("admin" | "dispatcher" | "driver" | "viewer")[];
                            };
                            regionClaim: string;
                            roleMap: {
                                [key: string]: "admin" | "dispatcher" | "driver" | "viewer";
                            };
                            rolesClaim: string;
                            webClientId: string | null;
                        };
                        /** Format: uri */
                        issuer: string;
                        /** Format: uri */
                        jwksUri?: string;
                        mfa?: {
                            acrValues?: string[];
                            amrValues?: string[];
                            /** @description Client ids (azp) of machine clients — client-credentials service accounts — that cannot present a second factor */
                            exemptClients?: string[];
                            roles?: ("admin" | "dispatcher" | "driver" | "viewer")[];
                        };
                        regionClaim?: string;
                        roleMap?: {
                            [key: string]: "admin" | "dispatcher" | "driver" | "viewer";
                        };
                        /** @description Default realm_access.roles; e.g. resource_access.dispatch-web.roles */
                        rolesClaim?: string;
                        webClientId?: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    updateIdpSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    apiAudience?: string | string[];
                    clientSecret?: string;
                    readonly clientSecretStatus?: {
                        reference: string | null;
                        set: boolean;
                        source: "stored" | "reference" | null;
                        updatedAt: string | null;
                    };
                    readonly effective?: {
                        apiAudience: string[];
                        issuer: string;
                        jwksUri: string | null;
                        mfa: {
                            acrValues: string[];
                            amrValues: string[];
                            exemptClients: string[];
                            roles: ("admin" | "dispatcher" | "driver" | "viewer")[];
                        };
                        regionClaim: string;
                        roleMap: {
                            [key: string]: "admin" | "dispatcher" | "driver" | "viewer";
                        };
                        rolesClaim: string;
                        webClientId: string | null;
                    };
                    /** Format: uri */
                    issuer: string;
                    /** Format: uri */
                    jwksUri?: string;
                    mfa?: {
                        acrValues?: string[];
                        amrValues?: string[];
                        /** @description Client ids (azp) of machine clients — client-credentials service accounts — that cannot present a second factor */
                        exemptClients?: string[];
                        roles?: ("admin" | "dispatcher" | "driver" | "viewer")[];
                    };
                    regionClaim?: string;
                    roleMap?: {
                        [key: string]: "admin" | "dispatcher" | "driver" | "viewer";
                    };
                    /** @description Default realm_access.roles; e.g. resource_access.dispatch-web.roles */
                    rolesClaim?: string;
                    webClientId?: string;
                };
            };
        };
        responses: {
            /** @description The stored identity-provider settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        apiAudience?: string | string[];
                        readonly clientSecretStatus?: {
                            reference: string | null;
                            set: boolean;
                            source: "stored" | "reference" | null;
                            updatedAt: string | null;
                        };
                        readonly effective?: {
                            apiAudience: string[];
                            issuer: string;
                            jwksUri: string | null;
                            mfa: {
                                acrValues: string[];
                                amrValues: string[];
                                exemptClients: string[];
                                roles: ("admin" | "dispatcher" | "driver" | "viewer")[];
                            };
                            regionClaim: string;
                            roleMap: {
                                [key: string]: "admin" | "dispatcher" | "driver" | "viewer";
                            };
                            rolesClaim: string;
                            webClientId: string | null;
                        };
                        /** Format: uri */
                        issuer: string;
                        /** Format: uri */
                        jwksUri?: string;
                        mfa?: {
                            acrValues?: string[];
                            amrValues?: string[];
                            /** @description Client ids (azp) of machine clients — client-credentials service accounts — that cannot present a second factor */
                            exemptClients?: string[];
                            roles?: ("admin" | "dispatcher" | "driver" | "viewer")[];
                        };
                        regionClaim?: string;
                        roleMap?: {
                            [key: string]: "admin" | "dispatcher" | "driver" | "viewer";
                        };
                        /** @description Default realm_access.roles; e.g. resource_access.dispatch-web.roles */
                        rolesClaim?: string;
                        webClientId?: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description Conflicts with the current state: `issuer-in-use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/issuer-in-use";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Understood but cannot be carried out: `idp-check-failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/idp-check-failed";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited`, `idp-check-rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited" | "https://dispatch.dev/problems/idp-check-rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    checkIdpSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    apiAudience?: string | string[];
                    clientSecret?: string;
                    readonly clientSecretStatus?: {
                        reference: string | null;
                        set: boolean;
                        source: "stored" | "reference" | null;
                        updatedAt: string | null;
                    };
                    readonly effective?: {
                        apiAudience: string[];
                        issuer: string;
                        jwksUri: string | null;
                        mfa: {
                            acrValues: string[];
                            amrValues: string[];
                            exemptClients: string[];
                            roles: ("admin" | "dispatcher" | "driver" | "viewer")[];
                        };
                        regionClaim: string;
                        roleMap: {
                            [key: string]: "admin" | "dispatcher" | "driver" | "viewer";
                        };
                        rolesClaim: string;
                        webClientId: string | null;
                    };
                    /** Format: uri */
                    issuer: string;
                    /** Format: uri */
                    jwksUri?: string;
                    mfa?: {
                        acrValues?: string[];
                        amrValues?: string[];
                        /** @description Client ids (azp) of machine clients — client-credentials service accounts — that cannot present a second factor */
                        exemptClients?: string[];
                        roles?: ("admin" | "dispatcher" | "driver" | "viewer")[];
                    };
                    regionClaim?: string;
                    roleMap?: {
                        [key: string]: "admin" | "dispatcher" | "driver" | "viewer";
                    };
                    /** @description Default realm_access.roles; e.g. resource_access.dispatch-web.roles */
                    rolesClaim?: string;
                    webClientId?: string;
                };
            };
        };
        responses: {
            /** @description The dry-run result, step by step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks: {
                            detail: string;
                            name: string;
                            ok: boolean;
                        }[];
                        issuer: string;
                        ok: boolean;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited`, `idp-check-rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited" | "https://dispatch.dev/problems/idp-check-rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                role?: "admin" | "dispatcher" | "driver" | "viewer";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            email: string | null;
                            /** Format: date-time */
                            firstSeenAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            lastSeenAt: string;
                            lastSignInAt: string | null;
                            name: string;
                            region: string | null;
                            roles: string[];
                            sub: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    listWorkOrders: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                q?: string;
                region?: string;
                status?: "open" | "in_progress" | "completed" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of work orders */
            200: {
                headers: {
                    /** @description The epoch the sequence number belongs to (absent before the tenant published any event) */
                    "x-tenant-epoch"?: string;
                    /** @description The tenant's realtime sequence number when this list was read: events up to it are reflected here; continue applying events after it */
                    "x-tenant-seq"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                name: string | null;
                                sub: string;
                            };
                            /** Format: uuid */
                            id: string;
                            location: {
                                latitude: number;
                                longitude: number;
                            } | null;
                            notes: string | null;
                            /** @example WO-000123 */
                            number: string;
                            region: string;
                            siteAddress: string;
                            status: "open" | "in_progress" | "completed" | "cancelled";
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            windowEnd: string | null;
                            windowStart: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    createWorkOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    location?: {
                        latitude: number;
                        longitude: number;
                    } | null;
                    notes?: string | null;
                    region: string;
                    siteAddress: string;
                    title: string;
                    windowEnd?: string | null;
                    windowStart?: string | null;
                };
            };
        };
        responses: {
            /** @description The created work order */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: {
                            name: string | null;
                            sub: string;
                        };
                        /** Format: uuid */
                        id: string;
                        location: {
                            latitude: number;
                            longitude: number;
                        } | null;
                        notes: string | null;
                        /** @example WO-000123 */
                        number: string;
                        region: string;
                        siteAddress: string;
                        status: "open" | "in_progress" | "completed" | "cancelled";
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        windowEnd: string | null;
                        windowStart: string | null;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed`, `region-forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed" | "https://dispatch.dev/problems/region-forbidden";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    getWorkOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The work order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: {
                            name: string | null;
                            sub: string;
                        };
                        /** Format: uuid */
                        id: string;
                        location: {
                            latitude: number;
                            longitude: number;
                        } | null;
                        notes: string | null;
                        /** @example WO-000123 */
                        number: string;
                        region: string;
                        siteAddress: string;
                        status: "open" | "in_progress" | "completed" | "cancelled";
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        windowEnd: string | null;
                        windowStart: string | null;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    updateWorkOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    location?: {
                        latitude: number;
                        longitude: number;
                    } | null;
                    notes?: string | null;
                    region?: string;
                    siteAddress?: string;
                    status?: "open" | "in_progress" | "completed" | "cancelled";
                    title?: string;
                    windowEnd?: string | null;
                    windowStart?: string | null;
                };
            };
        };
        responses: {
            /** @description The updated work order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: {
                            name: string | null;
                            sub: string;
                        };
                        /** Format: uuid */
                        id: string;
                        location: {
                            latitude: number;
                            longitude: number;
                        } | null;
                        notes: string | null;
                        /** @example WO-000123 */
                        number: string;
                        region: string;
                        siteAddress: string;
                        status: "open" | "in_progress" | "completed" | "cancelled";
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        windowEnd: string | null;
                        windowStart: string | null;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed`, `region-forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed" | "https://dispatch.dev/problems/region-forbidden";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found";
                    };
                };
            };
            /** @description Conflicts with the current state: `illegal-transition`, `work-order-closed`, `work-order-dispatched`, `work-order-busy` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/illegal-transition" | "https://dispatch.dev/problems/work-order-closed" | "https://dispatch.dev/problems/work-order-dispatched" | "https://dispatch.dev/problems/work-order-busy";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    listWorkOrderAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            assignmentId: string | null;
                            completedAt: string | null;
                            contentType: string;
                            /** Format: date-time */
                            createdAt: string;
                            fileName: string;
                            /** Format: uuid */
                            id: string;
                            sizeBytes: number;
                            status: "pending" | "uploaded";
                            uploadedBy: {
                                name: string | null;
                                sub: string;
                            };
                            /** Format: uuid */
                            workOrderId: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found`, `attachments-disabled` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found" | "https://dispatch.dev/problems/attachments-disabled";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    startWorkOrderAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description One of the allowed types (GET /api/attachments/settings); the upload must carry it */
                    contentType: string;
                    /** @description Shown and used for downloads only */
                    fileName: string;
                    /** @description Exact size of the file; checked when completing */
                    sizeBytes: number;
                };
            };
        };
        responses: {
            /** @description The pending attachment and where to upload it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attachment: {
                            assignmentId: string | null;
                            completedAt: string | null;
                            contentType: string;
                            /** Format: date-time */
                            createdAt: string;
                            fileName: string;
                            /** Format: uuid */
                            id: string;
                            sizeBytes: number;
                            status: "pending" | "uploaded";
                            uploadedBy: {
                                name: string | null;
                                sub: string;
                            };
                            /** Format: uuid */
                            workOrderId: string;
                        };
                        upload: {
                            /** Format: date-time */
                            expiresAt: string;
                            fields: {
                                [key: string]: string;
                            };
                            maxBytes: number;
                            /** @description POST a multipart form here: every field below, then the file as `file` */
                            url: string;
                        };
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found`, `attachments-disabled` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found" | "https://dispatch.dev/problems/attachments-disabled";
                    };
                };
            };
            /** @description Conflicts with the current state: `attachment-limit` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/attachment-limit";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    deleteWorkOrderAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed`, `attachment-not-yours` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed" | "https://dispatch.dev/problems/attachment-not-yours";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found`, `attachments-disabled` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found" | "https://dispatch.dev/problems/attachments-disabled";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    completeWorkOrderAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The uploaded attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignmentId: string | null;
                        completedAt: string | null;
                        contentType: string;
                        /** Format: date-time */
                        createdAt: string;
                        fileName: string;
                        /** Format: uuid */
                        id: string;
                        sizeBytes: number;
                        status: "pending" | "uploaded";
                        uploadedBy: {
                            name: string | null;
                            sub: string;
                        };
                        /** Format: uuid */
                        workOrderId: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found`, `attachments-disabled` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found" | "https://dispatch.dev/problems/attachments-disabled";
                    };
                };
            };
            /** @description Conflicts with the current state: `attachment-not-uploaded`, `attachment-mismatch` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/attachment-not-uploaded" | "https://dispatch.dev/problems/attachment-mismatch";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable`, `object-store-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable" | "https://dispatch.dev/problems/object-store-unavailable";
                    };
                };
            };
        };
    };
    downloadWorkOrderAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where to download it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        expiresAt: string;
                        /** @description A short-lived presigned GET of the file */
                        url: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-unknown-issuer`, `token-wrong-tenant`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature`, `session-expired` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-unknown-issuer" | "https://dispatch.dev/problems/token-wrong-tenant" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature" | "https://dispatch.dev/problems/session-expired";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `role-required`, `mfa-required`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/role-required" | "https://dispatch.dev/problems/mfa-required" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found`, `not-found`, `attachments-disabled` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found" | "https://dispatch.dev/problems/not-found" | "https://dispatch.dev/problems/attachments-disabled";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    finishLogin: {
        parameters: {
            query?: {
                code?: string;
                error?: string;
                error_description?: string;
                error_uri?: string;
                iss?: string;
                session_state?: string;
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in: redirect to the page the sign-in started from */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed`, `login-expired`, `login-state-mismatch` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed" | "https://dispatch.dev/problems/login-expired" | "https://dispatch.dev/problems/login-state-mismatch";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `sign-in-failed` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/sign-in-failed";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description Conflicts with the current state: `idp-not-configured`, `web-login-not-configured` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/idp-not-configured" | "https://dispatch.dev/problems/web-login-not-configured";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    startLogin: {
        parameters: {
            query?: {
                /** @description Path on this host to return to after sign-in (plain ASCII; anything else returns home) */
                returnTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the identity provider's sign-in page */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description Conflicts with the current state: `idp-not-configured`, `web-login-not-configured` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/idp-not-configured" | "https://dispatch.dev/problems/web-login-not-configured";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; where to send the browser next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        logoutUrl: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `tenant-suspended`, `csrf-check-failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-suspended" | "https://dispatch.dev/problems/csrf-check-failed";
                    };
                };
            };
            /** @description No such resource in this tenant: `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description Conflicts with the current state: `idp-not-configured`, `web-login-not-configured` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/idp-not-configured" | "https://dispatch.dev/problems/web-login-not-configured";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    checkNewTenantIdp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    apiAudience?: string | string[];
                    clientSecretRef?: string;
                    /** Format: uri */
                    issuer: string;
                    /** Format: uri */
                    jwksUri?: string;
                    mfa?: {
                        acrValues?: string[];
                        amrValues?: string[];
                        /** @description Client ids (azp) of machine clients — client-credentials service accounts — that cannot present a second factor */
                        exemptClients?: string[];
                        roles?: ("admin" | "dispatcher" | "driver" | "viewer")[];
                    };
                    regionClaim?: string;
                    roleMap?: {
                        [key: string]: "admin" | "dispatcher" | "driver" | "viewer";
                    };
                    /** @description Default realm_access.roles; e.g. resource_access.dispatch-web.roles */
                    rolesClaim?: string;
                    webClientId?: string;
                };
            };
        };
        responses: {
            /** @description The dry-run result, step by step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks: {
                            detail: string;
                            name: string;
                            ok: boolean;
                        }[];
                        issuer: string;
                        ok: boolean;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `role-required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/role-required";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited`, `idp-check-rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited" | "https://dispatch.dev/problems/idp-check-rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    getPlatformMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in platform admin */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            name: string;
                            sub: string;
                        };
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `role-required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/role-required";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable";
                    };
                };
            };
        };
    };
    getMigrationStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Versions and run progress */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        lastRun: {
                            [key: string]: unknown;
                        } | null;
                        latestVersion: string | null;
                        tenants: {
                            pending: number;
                            slug: string;
                            tenantId: string;
                            version: string | null;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `role-required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/role-required";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable`, `admin-database-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable" | "https://dispatch.dev/problems/admin-database-unavailable";
                    };
                };
            };
        };
    };
    startMigrations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    tenant?: string;
                };
            };
        };
        responses: {
            /** @description The migration run started; follow it with getMigrationStatus */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `role-required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/role-required";
                    };
                };
            };
            /** @description Conflicts with the current state: `migration-running` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/migration-running";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable`, `admin-database-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable" | "https://dispatch.dev/problems/admin-database-unavailable";
                    };
                };
            };
        };
    };
    listTenants: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                includeDeleted?: boolean;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tenants */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            deletedAt: string | null;
                            exportLocation: string | null;
                            id: string;
                            idp: {
                                [key: string]: unknown;
                            };
                            name: string;
                            /** @description The tenant's own request limits over its tier's defaults, if any */
                            rateLimits: {
                                [key: string]: number;
                            } | null;
                            schema: string;
                            slug: string;
                            status: string;
                            templateVersion: string | null;
                            tier: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `role-required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/role-required";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable`, `admin-database-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable" | "https://dispatch.dev/problems/admin-database-unavailable";
                    };
                };
            };
        };
    };
    createTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    idp?: {
                        apiAudience?: string | string[];
                        clientSecret?: string;
                        clientSecretRef?: string;
                        /** Format: uri */
                        issuer: string;
                        /** Format: uri */
                        jwksUri?: string;
                        mfa?: {
                            acrValues?: string[];
                            amrValues?: string[];
                            /** @description Client ids (azp) of machine clients — client-credentials service accounts — that cannot present a second factor */
                            exemptClients?: string[];
                            roles?: ("admin" | "dispatcher" | "driver" | "viewer")[];
                        };
                        regionClaim?: string;
                        roleMap?: {
                            [key: string]: "admin" | "dispatcher" | "driver" | "viewer";
                        };
                        /** @description Default realm_access.roles; e.g. resource_access.dispatch-web.roles */
                        rolesClaim?: string;
                        webClientId?: string;
                    };
                    name: string;
                    settings?: {
                        [key: string]: unknown;
                    };
                    /** @description Subdomain: lowercase DNS label, 3–63 characters */
                    slug: string;
                    tier: "trial" | "standard" | "premium" | "enterprise";
                };
            };
        };
        responses: {
            /** @description The tenant already existed with this body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        exportLocation: string | null;
                        id: string;
                        idp: {
                            [key: string]: unknown;
                        };
                        name: string;
                        /** @description The tenant's own request limits over its tier's defaults, if any */
                        rateLimits: {
                            [key: string]: number;
                        } | null;
                        schema: string;
                        slug: string;
                        status: string;
                        templateVersion: string | null;
                        tier: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The provisioned tenant */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        exportLocation: string | null;
                        id: string;
                        idp: {
                            [key: string]: unknown;
                        };
                        name: string;
                        /** @description The tenant's own request limits over its tier's defaults, if any */
                        rateLimits: {
                            [key: string]: number;
                        } | null;
                        schema: string;
                        slug: string;
                        status: string;
                        templateVersion: string | null;
                        tier: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed`, `invalid-slug` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed" | "https://dispatch.dev/problems/invalid-slug";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `role-required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/role-required";
                    };
                };
            };
            /** @description Conflicts with the current state: `slug-conflict`, `issuer-in-use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/slug-conflict" | "https://dispatch.dev/problems/issuer-in-use";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable`, `admin-database-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable" | "https://dispatch.dev/problems/admin-database-unavailable";
                    };
                };
            };
        };
    };
    getTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        exportLocation: string | null;
                        id: string;
                        idp: {
                            [key: string]: unknown;
                        };
                        name: string;
                        /** @description The tenant's own request limits over its tier's defaults, if any */
                        rateLimits: {
                            [key: string]: number;
                        } | null;
                        schema: string;
                        slug: string;
                        status: string;
                        templateVersion: string | null;
                        tier: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `role-required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/role-required";
                    };
                };
            };
            /** @description No such resource in this tenant: `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/not-found";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable`, `admin-database-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable" | "https://dispatch.dev/problems/admin-database-unavailable";
                    };
                };
            };
        };
    };
    offboardTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Offboarding started */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        exportLocation: string | null;
                        id: string;
                        idp: {
                            [key: string]: unknown;
                        };
                        name: string;
                        /** @description The tenant's own request limits over its tier's defaults, if any */
                        rateLimits: {
                            [key: string]: number;
                        } | null;
                        schema: string;
                        slug: string;
                        status: string;
                        templateVersion: string | null;
                        tier: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `role-required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/role-required";
                    };
                };
            };
            /** @description No such resource in this tenant: `not-found`, `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/not-found" | "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description Conflicts with the current state: `invalid-state` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/invalid-state";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable`, `admin-database-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable" | "https://dispatch.dev/problems/admin-database-unavailable";
                    };
                };
            };
        };
    };
    updateTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    idp?: {
                        apiAudience?: string | string[];
                        clientSecret?: string;
                        clientSecretRef?: string;
                        /** Format: uri */
                        issuer: string;
                        /** Format: uri */
                        jwksUri?: string;
                        mfa?: {
                            acrValues?: string[];
                            amrValues?: string[];
                            /** @description Client ids (azp) of machine clients — client-credentials service accounts — that cannot present a second factor */
                            exemptClients?: string[];
                            roles?: ("admin" | "dispatcher" | "driver" | "viewer")[];
                        };
                        regionClaim?: string;
                        roleMap?: {
                            [key: string]: "admin" | "dispatcher" | "driver" | "viewer";
                        };
                        /** @description Default realm_access.roles; e.g. resource_access.dispatch-web.roles */
                        rolesClaim?: string;
                        webClientId?: string;
                    };
                    name?: string;
                    /** @description The tenant's own request limits per window (user, tenant, reports), over its tier's defaults; null clears them */
                    rateLimits?: {
                        reports?: number;
                        tenant?: number;
                        user?: number;
                    } | null;
                    /** @description Store new identity settings without the dry run, for an IdP that is not reachable yet. Recorded in the platform audit log. */
                    skipIdpCheck?: boolean;
                    status?: "trial" | "active" | "suspended";
                    tier?: "trial" | "standard" | "premium" | "enterprise";
                };
            };
        };
        responses: {
            /** @description The updated tenant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        exportLocation: string | null;
                        id: string;
                        idp: {
                            [key: string]: unknown;
                        };
                        name: string;
                        /** @description The tenant's own request limits over its tier's defaults, if any */
                        rateLimits: {
                            [key: string]: number;
                        } | null;
                        schema: string;
                        slug: string;
                        status: string;
                        templateVersion: string | null;
                        tier: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `role-required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/role-required";
                    };
                };
            };
            /** @description No such resource in this tenant: `not-found`, `tenant-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/not-found" | "https://dispatch.dev/problems/tenant-not-found";
                    };
                };
            };
            /** @description Conflicts with the current state: `tenant-deleted`, `invalid-state`, `issuer-in-use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/tenant-deleted" | "https://dispatch.dev/problems/invalid-state" | "https://dispatch.dev/problems/issuer-in-use";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Understood but cannot be carried out: `idp-check-failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/idp-check-failed";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited`, `idp-check-rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited" | "https://dispatch.dev/problems/idp-check-rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable`, `admin-database-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable" | "https://dispatch.dev/problems/admin-database-unavailable";
                    };
                };
            };
        };
    };
    checkTenantIdp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    apiAudience?: string | string[];
                    clientSecretRef?: string;
                    /** Format: uri */
                    issuer: string;
                    /** Format: uri */
                    jwksUri?: string;
                    mfa?: {
                        acrValues?: string[];
                        amrValues?: string[];
                        /** @description Client ids (azp) of machine clients — client-credentials service accounts — that cannot present a second factor */
                        exemptClients?: string[];
                        roles?: ("admin" | "dispatcher" | "driver" | "viewer")[];
                    };
                    regionClaim?: string;
                    roleMap?: {
                        [key: string]: "admin" | "dispatcher" | "driver" | "viewer";
                    };
                    /** @description Default realm_access.roles; e.g. resource_access.dispatch-web.roles */
                    rolesClaim?: string;
                    webClientId?: string;
                } | Record<string, never>;
            };
        };
        responses: {
            /** @description The dry-run result, step by step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks: {
                            detail: string;
                            name: string;
                            ok: boolean;
                        }[];
                        issuer: string;
                        ok: boolean;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (each one named in `errors`): `bad-request`, `validation-failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/bad-request" | "https://dispatch.dev/problems/validation-failed";
                    };
                };
            };
            /** @description No valid credentials (bearer token or session cookie): `token-missing`, `token-invalid`, `token-expired`, `token-not-yet-valid`, `token-issued-in-future`, `token-lifetime-too-long`, `token-wrong-audience`, `token-wrong-issuer`, `token-algorithm-not-allowed`, `token-unknown-key`, `token-bad-signature` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/token-missing" | "https://dispatch.dev/problems/token-invalid" | "https://dispatch.dev/problems/token-expired" | "https://dispatch.dev/problems/token-not-yet-valid" | "https://dispatch.dev/problems/token-issued-in-future" | "https://dispatch.dev/problems/token-lifetime-too-long" | "https://dispatch.dev/problems/token-wrong-audience" | "https://dispatch.dev/problems/token-wrong-issuer" | "https://dispatch.dev/problems/token-algorithm-not-allowed" | "https://dispatch.dev/problems/token-unknown-key" | "https://dispatch.dev/problems/token-bad-signature";
                    };
                };
            };
            /** @description Authenticated, but not allowed (role, MFA, CSRF or tenant state): `role-required` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/role-required";
                    };
                };
            };
            /** @description No such resource in this tenant: `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/not-found";
                    };
                };
            };
            /** @description Conflicts with the current state: `idp-not-configured` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/idp-not-configured";
                    };
                };
            };
            /** @description The body is larger than the limit: `body-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/body-too-large";
                    };
                };
            };
            /** @description The content type is not supported: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Too many requests; retry after the Retry-After seconds: `rate-limited`, `idp-check-rate-limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/rate-limited" | "https://dispatch.dev/problems/idp-check-rate-limited";
                    };
                };
            };
            /** @description An unexpected error; quote the request id: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/internal";
                    };
                };
            };
            /** @description A dependency is unavailable or the service is draining; retry shortly: `database-unavailable`, `idp-unavailable`, `admin-database-unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type: "https://dispatch.dev/problems/database-unavailable" | "https://dispatch.dev/problems/idp-unavailable" | "https://dispatch.dev/problems/admin-database-unavailable";
                    };
                };
            };
        };
    };
}
