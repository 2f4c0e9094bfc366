/**
 * The client-type emitter on a worker thread (`build/client-worker.mjs`, a second entry of the CLI bundle): loading
 * this module loads TypeScript and openapi-typescript, which the worker does while the main thread reads the spec and
 * emits the server files. Messages: a document in, `{ ok: true, files }` or `{ ok: false, error }` out.
 */
import { parentPort } from 'node:worker_threads';
import { saveCodeCaches } from '../../scripts/code-cache.mjs';
import { CodegenError } from '../codegen-error.js';
import type { OpenApiDocument } from '../document/openapi-document.js';
import type { ClientWorkerReply } from './client-in-worker.js';
import { emitClientFiles } from './emit-client.js';

parentPort?.on('message', async (document: OpenApiDocument) => {
  let reply: ClientWorkerReply;
  try {
    reply = { ok: true, files: await emitClientFiles(document) };
  } catch (error) {
    reply = {
      ok: false,
      error:
        error instanceof CodegenError
          ? { pointer: error.pointer, message: error.message, hint: error.hint }
          : { stack: error instanceof Error ? (error.stack ?? error.message) : String(error) },
    };
  }
  // Before replying: the main thread ends the worker once it has the files, before any exit handler would run here.
  saveCodeCaches();
  parentPort?.postMessage(reply);
});
