export const id = 108;
export const ids = [108];
export const modules = {

/***/ 8108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CloudWatchReporter: () => (/* binding */ CloudWatchReporter),
/* harmony export */   METRIC_NAMES: () => (/* binding */ METRIC_NAMES),
/* harmony export */   cloudWatchReporters: () => (/* binding */ cloudWatchReporters),
/* harmony export */   runMetrics: () => (/* binding */ runMetrics)
/* harmony export */ });
const METRIC_NAMES = ['CostUsd', 'SavedUsd', 'CacheHitRate', 'ModelCalls', 'NotScanned'];
/**
 * A run's metrics, each twice: with the dimension Repository=owner/name, and with none, so that one alarm can
 * watch a whole organisation's spend (CloudWatch does not add up dimensions for an alarm). CostUsd is left out
 * when the model's price is unknown rather than published as 0.
 */
function runMetrics(report, repository) {
    const at = new Date(report.startedAt);
    const values = [
        ['CostUsd', report.model.usd, 'None'],
        ['SavedUsd', report.model.savedUsd, 'None'],
        ['CacheHitRate', report.cache.hitRate, 'Percent'],
        ['ModelCalls', report.model.calls, 'Count'],
        ['NotScanned', report.notScanned.length, 'Count'],
    ];
    return values.flatMap(([MetricName, Value, Unit]) => Value === undefined || !Number.isFinite(Value)
        ? []
        : [
            { MetricName, Dimensions: [{ Name: 'Repository', Value: repository }], Timestamp: at, Value, Unit },
            { MetricName, Timestamp: at, Value, Unit },
        ]);
}
/** Publishes the run's cost metrics after the report is built; a failure is the reporter's warning, never the run's. */
class CloudWatchReporter {
    namespace;
    sink;
    log;
    name = 'CloudWatch metrics';
    constructor(namespace, sink, log) {
        this.namespace = namespace;
        this.sink = sink;
        this.log = log;
    }
    async publish(report) {
        // A dry run spends nothing and saves nothing: its figures would only dilute the averages.
        if (report.dryRun)
            return this.log.info('CloudWatch metrics: not published for a dry run.');
        if (!report.repository)
            throw new Error('the repository is unknown, so the metrics have no Repository dimension (set GITHUB_REPOSITORY)');
        const data = runMetrics(report, report.repository);
        await (await this.sink()).put(this.namespace, data);
        this.log.info(`CloudWatch metrics: ${data.length / 2} metrics published in ${this.namespace} for ${report.repository}.`);
    }
}
/** The reporter when cloudwatch-namespace is set; the SDK loads only when it publishes. */
function cloudWatchReporters(config, credentials, unavailable, log) {
    const namespace = config.cloudwatchNamespace;
    if (!namespace)
        return [];
    if (unavailable) {
        log.info(`CloudWatch metrics: not published (${unavailable}).`);
        return [];
    }
    const sink = async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(85), __webpack_require__.e(230)]).then(__webpack_require__.bind(__webpack_require__, 6230))).cloudWatchSink(config.awsRegion, credentials);
    return [new CloudWatchReporter(namespace, sink, log)];
}


/***/ })

};
