/**
 * One served version of a document, as the main thread holds it: bytes only, never the parsed
 * document (parsing a large one would stall requests), except on demand for the simulator.
 */
export class Version {
  /** @type {unknown} */
  #doc;

  /**
   * @param {object} init
   * @param {string} init.name the file name without `.json`: the id in /data/<name>.json and /stream/<name>
   * @param {import('./prepare.js').Prepared} init.prepared
   * @param {number} init.lastModified ms since the epoch
   * @param {Promise<{ br: Uint8Array, gzip: Uint8Array } | undefined>} init.encoded
   * @param {'file' | 'api' | 'redis'} init.origin where it came from (what came from Redis is not sent back)
   * @param {{ datasets: string[], base: string }} [init.partialOf] set when clients holding version `base` need only these datasets
   */
  constructor({ name, prepared, lastModified, encoded, origin, partialOf }) {
    const frame = Buffer.from(prepared.frame.buffer, prepared.frame.byteOffset, prepared.frame.byteLength);
    this.name = name;
    this.etag = prepared.etag;
    /** The bare tag: the SSE id of this version. */
    this.id = prepared.etag.slice(1, -1);
    this.lastModified = lastModified;
    this.origin = origin;
    /** The whole document as one SSE message, shared by every client that needs it. */
    this.frame = frame;
    /** The JSON served: a view into the frame, no copy. */
    this.body = frame.subarray(prepared.bodyStart, frame.length - 2);
    const update =
      prepared.update &&
      Buffer.from(prepared.update.buffer, prepared.update.byteOffset, prepared.update.byteLength);
    /** What clients holding the previous version get: the changed datasets, or the whole document. */
    this.message = partialOf && update ? update : frame;
    this.partialOf = partialOf && update ? partialOf : undefined;
    /** The ids of the datasets served although invalid. */
    this.brokenDatasets = prepared.broken.map((b) => b.id);
    /** @type {Map<'br' | 'gzip', Buffer>} */
    this.encodings = new Map();
    this.encoded = encoded.then((bodies) => {
      for (const [encoding, bytes] of Object.entries(bodies ?? {}))
        this.encodings.set(
          /** @type {'br' | 'gzip'} */ (encoding),
          Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        );
      return this.encodings;
    });
  }

  /** The document, parsed on first use (small documents only: the simulator reads it). */
  get doc() {
    if (this.#doc === undefined) this.#doc = JSON.parse(this.body.toString());
    return this.#doc;
  }
}
