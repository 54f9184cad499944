import { Worker } from 'node:worker_threads';

const MB = 1024 * 1024;

/**
 * The main thread's side of worker.js: one worker thread, jobs answered in the order they were
 * given (so versions of a document are applied in order). A worker that dies (out of memory on a
 * hostile document) fails its jobs and is started again for the next one.
 */
export class DocumentWorker {
  /** @type {Worker | undefined} */
  worker;
  /** @type {Map<number, { resolve: (r: any) => void, reject: (e: Error) => void, encoded: { resolve: (e: any) => void } }>} */
  jobs = new Map();
  next = 1;

  /**
   * @param {{ maxDocumentBytes: number, recycle?: boolean }} options `recycle`: end the thread once
   *   idle, so the memory a large document took goes back to the system instead of staying in its heap
   */
  constructor({ maxDocumentBytes, recycle = false }) {
    this.maxBytes = maxDocumentBytes;
    this.recycle = recycle;
    // A parsed document takes several times its size in memory; leave room for validation too.
    this.heapMb = Math.max(256, Math.ceil((maxDocumentBytes / MB) * 40));
  }

  /**
   * Runs one job; resolves with `{ result, encoded }`: the prepared (or refused) version, and a
   * promise of its compressed bodies.
   * @param {object} job see prepare.js
   * @param {ArrayBuffer[]} [transfer]
   */
  run(job, transfer = []) {
    const worker = this.start();
    const id = this.next++;
    return new Promise((resolve, reject) => {
      /** @type {(e: any) => void} */
      let resolveEncoded = () => {};
      const encoded = new Promise((done) => (resolveEncoded = done));
      this.jobs.set(id, {
        resolve: (result) => resolve({ result, encoded }),
        reject,
        encoded: { resolve: resolveEncoded },
      });
      worker.postMessage({ ...job, id, maxBytes: this.maxBytes }, transfer);
    });
  }

  start() {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
    });
    worker.unref();
    worker.on('message', ({ id, result, encoded }) => {
      const job = this.jobs.get(id);
      if (!job) return;
      if (result) {
        job.resolve(result);
        if (!result.ok) this.jobs.delete(id);
      } else {
        job.encoded.resolve(encoded);
        this.jobs.delete(id);
      }
      if (this.recycle && this.jobs.size === 0) void this.close();
    });
    const fail = (error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const jobs = [...this.jobs.values()];
      this.jobs.clear();
      for (const job of jobs) {
        job.reject(error);
        job.encoded.resolve(undefined);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the document worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  async close() {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}
