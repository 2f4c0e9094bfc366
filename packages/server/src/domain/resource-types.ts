/** Domain rows of the API's sub-resources: invites, legal documents, OAuth applications, projects. */

import type { JsonObject, MembershipLevel, User } from './types.js';

// ---------------------------------------------------------------------------------------------------------------
// Invites

/** One entry of an invite's `private_project_access`. `level` is kept as given (string or number). */
export interface PrivateProjectAccess {
  id: number;
  level: string | number;
}

export interface Invite {
  /** UUID. */
  id: string;
  organization_id: string;
  target_email: string;
  first_name: string;
  level: MembershipLevel;
  message: string | null;
  private_project_access: PrivateProjectAccess[] | null;
  emailing_attempt_made: boolean;
  is_setup_delegation: boolean;
  /** User id of the inviter, or `null`. */
  created_by: number | null;
  created_at: Date;
  updated_at: Date;
}

/** An invite with its inviter (for `created_by: UserBasic`); `created_by_user` is `null` when there is none. */
export interface InviteWithCreator extends Invite {
  created_by_user: User | null;
}

export interface NewInvite {
  organization_id: string;
  target_email: string;
  /** Defaults to `""`. */
  first_name?: string;
  /** Defaults to 1. */
  level?: MembershipLevel;
  message?: string | null;
  private_project_access?: PrivateProjectAccess[] | null;
  /** Defaults to `false`. */
  emailing_attempt_made?: boolean;
  /** Defaults to `false`. */
  is_setup_delegation?: boolean;
  created_by?: number | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Legal documents

export type LegalDocumentType = 'BAA' | 'DPA';
export type LegalDocumentStatus = 'submitted_for_signature' | 'signed';

export interface LegalDocument {
  /** UUID. */
  id: string;
  organization_id: string;
  document_type: LegalDocumentType;
  company_name: string;
  company_address: string;
  representative_email: string;
  status: LegalDocumentStatus;
  created_by: number | null;
  created_at: Date;
  /** Whether a signed PDF is attached (read it with `getLegalDocumentPdf`). */
  has_signed_pdf: boolean;
}

export interface LegalDocumentWithCreator extends LegalDocument {
  created_by_user: User | null;
}

export interface NewLegalDocument {
  organization_id: string;
  document_type: LegalDocumentType;
  company_name: string;
  company_address: string;
  representative_email: string;
  created_by?: number | null;
}

// ---------------------------------------------------------------------------------------------------------------
// OAuth applications

export interface OAuthApplication {
  /** UUID. */
  id: string;
  organization_id: string;
  name: string;
  client_id: string;
  /** Space-separated redirect URIs, as upstream stores them (the API splits them into `redirect_uris_list`). */
  redirect_uris: string;
  is_verified: boolean;
  created: Date;
  updated: Date;
}

export interface NewOAuthApplication {
  organization_id: string;
  name: string;
  /** Defaults to a random string. */
  client_id?: string;
  /** Defaults to `""`. */
  redirect_uris?: string;
  /** Defaults to `false`. */
  is_verified?: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Projects

export interface Project {
  /** Autoincrement int64 id (returned as a JS number; safe below 2^53). */
  id: number;
  uuid: string;
  organization_id: string;
  name: string;
  /** `phc_…` */
  api_token: string;
  /** `phs_…` or `null`. */
  secret_api_token: string | null;
  secret_api_token_backup: string | null;
  is_demo: boolean;
  timezone: string;
  access_control: boolean;
  is_pending_deletion: boolean;
  created_at: Date;
  updated_at: Date;
  /** All other writable settings; the handler layer owns defaults and merging. */
  settings: JsonObject;
}

export interface NewProject {
  organization_id: string;
  name: string;
  /** Defaults to `false`. */
  is_demo?: boolean;
  /** Defaults to `"UTC"`. */
  timezone?: string;
  /** Defaults to `false`. */
  access_control?: boolean;
  /** Defaults to `{}`. */
  settings?: JsonObject;
  /** Defaults to a fresh `phc_…` token. */
  api_token?: string;
  /** Defaults to a fresh `phs_…` token. */
  secret_api_token?: string | null;
}

/** Partial update of a project: absent keys are left unchanged; `settings` replaces the whole document. */
export interface ProjectPatch {
  name?: string;
  is_demo?: boolean;
  timezone?: string;
  access_control?: boolean;
  settings?: JsonObject;
  api_token?: string;
  secret_api_token?: string | null;
  secret_api_token_backup?: string | null;
}
