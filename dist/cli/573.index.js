export const id = 573;
export const ids = [573];
export const modules = {

/***/ 6573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JsonReportReporter: () => (/* binding */ JsonReportReporter),
/* harmony export */   SarifReporter: () => (/* binding */ SarifReporter)
/* harmony export */ });
/* harmony import */ var _safe_write_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(712);
/* harmony import */ var _render_sarif_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8342);


/**
 * The whole report as JSON (the report-file output), for other steps and tools. Written only inside the
 * workspace or the runner's temp folder and never through a symbolic link (see safe-write): a refused write
 * throws, and the pipeline turns it into a warning that names the path.
 */
class JsonReportReporter {
    path;
    roots;
    name = 'JSON report';
    /** Whether this run wrote the file (the report-file output names it only then). */
    written = false;
    constructor(path, roots = (0,_safe_write_js__WEBPACK_IMPORTED_MODULE_0__/* .writeRoots */ .rX)()) {
        this.path = path;
        this.roots = roots;
    }
    async publish(report) {
        await (0,_safe_write_js__WEBPACK_IMPORTED_MODULE_0__/* .safeWriteFile */ .FI)(this.path, `${JSON.stringify(report, null, 2)}\n`, this.roots);
        this.written = true;
    }
}
/** SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif) and other viewers; written as the JSON report is. */
class SarifReporter {
    path;
    roots;
    name = 'SARIF';
    /** Whether this run wrote the file (the sarif-file output names it only then). */
    written = false;
    constructor(path, roots = (0,_safe_write_js__WEBPACK_IMPORTED_MODULE_0__/* .writeRoots */ .rX)()) {
        this.path = path;
        this.roots = roots;
    }
    async publish(report) {
        await (0,_safe_write_js__WEBPACK_IMPORTED_MODULE_0__/* .safeWriteFile */ .FI)(this.path, `${JSON.stringify((0,_render_sarif_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSarif */ .W)(report), null, 2)}\n`, this.roots);
        this.written = true;
    }
}


/***/ })

};
