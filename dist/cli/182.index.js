export const id = 182;
export const ids = [182];
export const modules = {

/***/ 5182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch),
/* harmony export */   loadUndici: () => (/* binding */ loadUndici)
/* harmony export */ });
let undici;
/** Loads undici (once); a path the alias does not match reaches the real module. */
async function loadUndici() {
    undici ??= await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19));
    return undici;
}
function loaded() {
    if (!undici)
        throw new Error('undici was used before loadUndici() had loaded it');
    return undici;
}
/** @public Imported as undici's by @actions/http-client and @actions/github, through tsconfig.json's paths. */
class ProxyAgent {
    constructor(options) {
        return new (loaded().ProxyAgent)(options);
    }
}
/** @public As ProxyAgent: undici's fetch for the modules that import it. */
const fetch = async (...args) => (await loadUndici()).fetch(...args);


/***/ })

};
