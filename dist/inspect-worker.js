import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/cache/sha256.ts

/** Hex SHA-256: the content hash the cache is keyed by. Its own module, so the inspect worker loads only this. */
function sha256(data) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(data).digest('hex');
}

;// CONCATENATED MODULE: ./src/git/inspect.ts


/**
 * Reads and hashes one file, or says why it is skipped. One open per file: O_NOFOLLOW refuses a symlink (it
 * could point outside the workspace), O_NONBLOCK a FIFO that would never answer, and the size and type come
 * from the open descriptor, so what is checked is what is read. Synchronous: for the small files of a
 * repository one thread-pool round trip per system call costs several times the read itself.
 */
function inspectFile(abs, maxBytes) {
    let fd;
    try {
        // Windows has no O_NOFOLLOW: there the link is refused by lstat first.
        if (external_node_fs_namespaceObject.constants.O_NOFOLLOW === undefined && (0,external_node_fs_namespaceObject.lstatSync)(abs).isSymbolicLink())
            return 'symlink';
        fd = (0,external_node_fs_namespaceObject.openSync)(abs, external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0) | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0));
    }
    catch (e) {
        return e.code === 'ELOOP' ? 'symlink' : 'unreadable';
    }
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!stat.isFile())
            return 'unreadable';
        if (stat.size > maxBytes)
            return 'too large';
        const content = (0,external_node_fs_namespaceObject.readFileSync)(fd);
        if (content.length > maxBytes)
            return 'too large'; // it grew after fstat
        return contentFilter(content) ?? { sha256: sha256(content), size: content.length, content };
    }
    catch {
        return 'unreadable';
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-----/;
/** Decides from the content: binaries, and files that hold a private key, are not sent. */
function contentFilter(content) {
    if (content.length === 0)
        return 'empty';
    if (content.subarray(0, 8000).includes(0))
        return 'binary';
    // The marker's first bytes are searched in the buffer; only a file that has them is decoded for the regex.
    if (content.includes('-----BEGIN ') && PRIVATE_KEY.test(content.toString('latin1')))
        return 'secret';
    return undefined;
}

;// CONCATENATED MODULE: ./src/git/inspect-worker.ts
/**
 * The worker that reads and hashes the selected files (bundled on its own as inspect-worker.js). It answers
 * with the hashes, keeps the bytes, and hands over only those the main thread asks for (the cache misses),
 * so a warm run never copies a file between threads.
 */



const port = external_node_worker_threads_namespaceObject.parentPort;
port.once('message', ({ workspace, paths, maxBytes }) => {
    const contents = [];
    const reply = { results: [] };
    paths.forEach((path, i) => {
        const r = inspectFile((0,external_node_path_namespaceObject.join)(workspace, path), maxBytes);
        if (typeof r === 'string')
            return reply.results.push(r);
        reply.results.push([r.sha256, r.size]);
        contents[i] = r.content;
    });
    port.postMessage(reply);
    port.once('message', ({ read }) => {
        port.postMessage(read.map((i) => contents[i]));
        port.close();
    });
});

