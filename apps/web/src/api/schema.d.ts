// Generated from the API's OpenAPI document by apps/web/test/api-types.test.ts. Do not edit:
// run `pnpm --filter @dispatch/web gen:api` after changing the API.
export interface paths {
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    actor?: string;
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
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
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
            parameters: {
                query?: {
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
                /** @description Default Response */
                200: {
                    headers: {
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        post: {
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
            parameters: {
                query?: {
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
                /** @description Default Response */
                200: {
                    headers: {
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
        put?: never;
        /** Dispatch at once (201) or queue (202); the same Idempotency-Key and body replay the first answer */
        post: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
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
                /** @description Default Response */
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
                                driversNotListed: number;
                                equipment: {
                                    id: string;
                                    name: string;
                                    reasons: string[];
                                    region: string;
                                    verdict: "chosen" | "passed";
                                }[];
                                equipmentNotListed: number;
                                outcome: "assigned" | "queued";
                                rule: string;
                                trigger: string;
                            }[];
                        };
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
            parameters: {
                query?: {
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
                /** @description Default Response */
                200: {
                    headers: {
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
        put?: never;
        post: {
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
        trace?: never;
    };
    "/api/equipment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
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
                /** @description Default Response */
                200: {
                    headers: {
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
        put?: never;
        post: {
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
        put?: never;
        post: {
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
        trace?: never;
    };
    "/api/equipment/available": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
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
                /** @description Default Response */
                200: {
                    headers: {
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
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
                            checks?: {
                                [key: string]: string;
                            };
                            status: string;
                        };
                    };
                };
            };
        };
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
        get: {
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
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
                            checks?: {
                                [key: string]: string;
                            };
                            status: string;
                        };
                    };
                };
                /** @description Default Response */
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
        get: {
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
        put?: never;
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
        get: {
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
                            apiAudience: string[];
                            clientSecret: {
                                set: boolean;
                                source: "stored" | "reference" | null;
                                updatedAt: string | null;
                            };
                            issuer: string;
                            jwksUri: string | null;
                            mfa: {
                                acrValues: string[];
                                amrValues: string[];
                                roles: ("admin" | "dispatcher" | "driver" | "viewer")[];
                            };
                            regionClaim: string;
                            roleMap: {
                                [key: string]: "admin" | "dispatcher" | "driver" | "viewer";
                            };
                            rolesClaim: string;
                            webClientId: string | null;
                        };
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
        /** Replace the identity-provider settings; a dry run against the issuer must pass first (422 otherwise) */
        put: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            apiAudience: string[];
                            clientSecret: {
                                set: boolean;
                                source: "stored" | "reference" | null;
                                updatedAt: string | null;
                            };
                            issuer: string;
                            jwksUri: string | null;
                            mfa: {
                                acrValues: string[];
                                amrValues: string[];
                                roles: ("admin" | "dispatcher" | "driver" | "viewer")[];
                            };
                            regionClaim: string;
                            roleMap: {
                                [key: string]: "admin" | "dispatcher" | "driver" | "viewer";
                            };
                            rolesClaim: string;
                            webClientId: string | null;
                        };
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
        post?: never;
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
        get: {
            parameters: {
                query?: {
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
            parameters: {
                query?: {
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
                /** @description Default Response */
                200: {
                    headers: {
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
        put?: never;
        post: {
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
            parameters: {
                query?: {
                    /** @description Path on this host to return to after sign-in */
                    returnTo?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        post: {
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
                            logoutUrl: string;
                        };
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
        put?: never;
        post: {
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
            parameters: {
                query?: {
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
        put?: never;
        post: {
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
                /** @description Default Response */
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        get: {
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
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
                        status?: "trial" | "active" | "suspended";
                        tier?: "trial" | "standard" | "premium" | "enterprise";
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
                            /** Format: date-time */
                            createdAt: string;
                            deletedAt: string | null;
                            exportLocation: string | null;
                            id: string;
                            idp: {
                                [key: string]: unknown;
                            };
                            name: string;
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
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
        post: {
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
                /** @description Default Response */
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
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
