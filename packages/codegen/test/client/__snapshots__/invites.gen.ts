export type $Read<T> = {
  readonly $read: T;
};
export type $Write<T> = {
  readonly $write: T;
};
export type Readable<T> = T extends $Write<any> ? never : T extends $Read<infer U> ? Readable<U> : T extends (infer E)[] ? Readable<E>[] : T extends object ? {
  [K in keyof T as NonNullable<T[K]> extends $Write<any> ? never : K]: Readable<T[K]>;
} : T;
export type Writable<T> = T extends $Read<any> ? never : T extends $Write<infer U> ? Writable<U> : T extends (infer E)[] ? Writable<E>[] : T extends object ? {
  [K in keyof T as NonNullable<T[K]> extends $Read<any> ? never : K]: Writable<T[K]>;
} & {
  [K in keyof T as NonNullable<T[K]> extends $Read<any> ? K : never]?: never;
} : T;
export interface paths {
  "/invites/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations["invites_list"];
    put?: never;
    post: operations["invites_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/invites/{id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations["invites_destroy"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/members/{user__uuid}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        user__uuid: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations["members_partial_update"];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    OrganizationInvite: {
      /** Format: uuid */
      id: $Read<string>;
      /** Format: email */
      target_email: string;
      /** @default  */
      first_name: string;
      emailing_attempt_made: $Read<boolean>;
      /** @default 1 */
      level: components["schemas"]["OrganizationMembershipLevelEnum"];
      is_expired: $Read<boolean>;
      created_by: $Read<components["schemas"]["UserBasic"] | null>;
      /** Format: date-time */
      created_at: $Read<string>;
      message?: string | null;
      /** @default true */
      send_email: $Write<boolean>;
    };
    OrganizationInviteRequest: {
      /** Format: uuid */
      id: $Read<string>;
      /** Format: email */
      target_email: string;
      /** @default  */
      first_name?: string;
      emailing_attempt_made: $Read<boolean>;
      /** @default 1 */
      level?: components["schemas"]["OrganizationMembershipLevelEnum"];
      is_expired: $Read<boolean>;
      created_by: $Read<components["schemas"]["UserBasic"] | null>;
      /** Format: date-time */
      created_at: $Read<string>;
      message?: string | null;
      /** @default true */
      send_email?: $Write<boolean>;
    };
    PaginatedOrganizationInviteList: {
      count: number;
      /** Format: uri */
      next: string | null;
      /** Format: uri */
      previous: string | null;
      results: components["schemas"]["OrganizationInvite"][];
    };
    OrganizationMember: {
      /** Format: uuid */
      id: $Read<string>;
      user: components["schemas"]["UserBasic"];
      /** @default 1 */
      level: components["schemas"]["OrganizationMembershipLevelEnum"];
    };
    PatchedOrganizationMember: {
      /** Format: uuid */
      id?: $Read<string>;
      /** @default 1 */
      level?: components["schemas"]["OrganizationMembershipLevelEnum"];
    };
    UserBasic: {
      /** Format: int64 */
      id: $Read<number>;
      /** Format: uuid */
      uuid: $Read<string>;
      /** Format: email */
      email: string;
      first_name?: string;
    };
    /**
     * @description `1` member, `8` admin, `15` owner
     * @enum {integer}
     */
    OrganizationMembershipLevelEnum: 1 | 8 | 15;
    ErrorResponse: {
      /** @enum {string} */
      type: "validation_error" | "authentication_error";
      code: string;
      detail: string;
      attr: string | null;
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
  invites_list: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of invites. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PaginatedOrganizationInviteList"];
        };
      };
    };
  };
  invites_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["OrganizationInviteRequest"];
      };
    };
    responses: {
      /** @description The invite. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OrganizationInvite"];
        };
      };
      /** @description Invalid input. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
    };
  };
  invites_destroy: {
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
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  members_partial_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        user__uuid: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PatchedOrganizationMember"];
      };
    };
    responses: {
      /** @description The member. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OrganizationMember"];
        };
      };
    };
  };
}
