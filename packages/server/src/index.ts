/**
 * The reference server of the organizations API: build an app in-process (`createApp`) or run it (`startServer`).
 * Handlers (`src/handlers/**`) build on the HTTP helpers exported here.
 */

export { runAdminCli } from './cli/admin-cli.js';
export { type AdminCommand, adminCommands } from './cli/admin-commands.js';
export { issuePersonalApiKey, seedDemoIfEmpty } from './cli/provisioning.js';
export { type Config, ConfigError, loadConfig } from './config/config.js';
export { ApiError, type ErrorBody, type ErrorStatus, SERVER_ERROR_BODY } from './errors/api-error.js';
export { refusalError } from './errors/refusal-error.js';
export { resolveUserUuid } from './handlers/members-handlers.js';
/** `createServerApp`: the name the contract runner's tests use for {@link createApp}. */
export { type AppOptions, createApp, createApp as createServerApp } from './http/app.js';
export {
  type AppDeps,
  type AppEnv,
  type Clock,
  type HttpSettings,
  type MatchedOperation,
  type Principal,
  systemClock,
} from './http/app-env.js';
export {
  createJsonLogger,
  createMemoryLogger,
  type Logger,
  type LogLevel,
  silentLogger,
} from './http/logger.js';
export type { OperationSpec, OperationTable } from './http/operation-table.js';
export {
  buildPage,
  DEFAULT_PAGE_SIZE,
  type Page,
  type PageRequest,
  parsePageRequest,
} from './http/pagination.js';
export { renderDelegationEmail, renderInviteEmail } from './mail/mail-templates.js';
export type { Mailer, MailMessage } from './mail/mailer.js';
export { createMailer } from './mail/smtp-mailer.js';
export { type RunningServer, type StartServerOptions, startServer } from './main.js';
export * from './rules/invite-rules.js';
export * from './rules/membership-levels.js';
export * from './rules/refusal.js';
