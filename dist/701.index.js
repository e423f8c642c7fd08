export const id = 701;
export const ids = [701];
export const modules = {

/***/ 6082:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { memoizeIdentityProvider, isIdentityExpired, doesIdentityRequireRefresh, HttpBearerAuthSigner, getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider } = __webpack_require__(5861);
const { fromEnvSigningName, nodeProvider } = __webpack_require__(6766);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsRestJsonProtocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultBedrockHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "bedrock",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
function createSmithyApiHttpBearerAuthHttpAuthOption(authParameters) {
    return {
        schemeId: "smithy.api#httpBearerAuth",
        propertiesExtractor: ({ profile, filepath, configFilepath, ignoreCache, }, context) => ({
            identityProperties: {
                profile,
                filepath,
                configFilepath,
                ignoreCache,
            },
        }),
    };
}
const defaultBedrockHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
            options.push(createSmithyApiHttpBearerAuthHttpAuthOption());
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const token = memoizeIdentityProvider(config.token, isIdentityExpired, doesIdentityRequireRefresh);
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
        token,
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "bedrock",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1177.0";
var packageInfo = {
	version: version};

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://bedrock-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://bedrock-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://bedrock.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://bedrock.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 12, 3,
    1, 4, r + 11,
    2, 5, r + 11,
    3, 8, 6,
    4, 7, r + 10,
    5, r + 8, r + 9,
    4, 10, 9,
    6, r + 6, r + 7,
    5, 11, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 13,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class BedrockServiceException extends ServiceException {
    static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.bedrock#BedrockServiceException";
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, BedrockServiceException.prototype);
    }
}

class AccessDeniedException extends BedrockServiceException {
    static shapeId = "com.amazonaws.bedrock#AccessDeniedException";
    name = "AccessDeniedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
    }
}
class InternalServerException extends BedrockServiceException {
    static shapeId = "com.amazonaws.bedrock#InternalServerException";
    name = "InternalServerException";
    $fault = "server";
    constructor(opts) {
        super({
            name: "InternalServerException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServerException.prototype);
    }
}
class ThrottlingException extends BedrockServiceException {
    static shapeId = "com.amazonaws.bedrock#ThrottlingException";
    name = "ThrottlingException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ThrottlingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottlingException.prototype);
    }
}
class ValidationException extends BedrockServiceException {
    static shapeId = "com.amazonaws.bedrock#ValidationException";
    name = "ValidationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ValidationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
    }
}
class ConflictException extends BedrockServiceException {
    static shapeId = "com.amazonaws.bedrock#ConflictException";
    name = "ConflictException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
    }
}
class ResourceNotFoundException extends BedrockServiceException {
    static shapeId = "com.amazonaws.bedrock#ResourceNotFoundException";
    name = "ResourceNotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
    }
}
class ServiceQuotaExceededException extends BedrockServiceException {
    static shapeId = "com.amazonaws.bedrock#ServiceQuotaExceededException";
    name = "ServiceQuotaExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ServiceQuotaExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
    }
}
class TooManyTagsException extends BedrockServiceException {
    static shapeId = "com.amazonaws.bedrock#TooManyTagsException";
    name = "TooManyTagsException";
    $fault = "client";
    resourceName;
    constructor(opts) {
        super({
            name: "TooManyTagsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyTagsException.prototype);
        this.resourceName = opts.resourceName;
    }
}
class ResourceInUseException extends BedrockServiceException {
    static shapeId = "com.amazonaws.bedrock#ResourceInUseException";
    name = "ResourceInUseException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceInUseException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceInUseException.prototype);
    }
}
class ServiceUnavailableException extends BedrockServiceException {
    static shapeId = "com.amazonaws.bedrock#ServiceUnavailableException";
    name = "ServiceUnavailableException";
    $fault = "server";
    constructor(opts) {
        super({
            name: "ServiceUnavailableException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceUnavailableException.prototype);
    }
}

const _AA = "AgreementAvailability";
const _ADE = "AccessDeniedException";
const _AEC = "AutomatedEvaluationConfig";
const _AECM = "AutomatedEvaluationCustomMetrics";
const _AECMC = "AutomatedEvaluationCustomMetricConfig";
const _AECMS = "AutomatedEvaluationCustomMetricSource";
const _AEGIIC = "AccountEnforcedGuardrailInferenceInputConfiguration";
const _AEGOC = "AccountEnforcedGuardrailOutputConfiguration";
const _AEGOCc = "AccountEnforcedGuardrailsOutputConfiguration";
const _AP = "ArchiveProject";
const _APOIC = "AdvancedPromptOptimizationInputConfig";
const _APOJS = "AdvancedPromptOptimizationJobSummary";
const _APOJSd = "AdvancedPromptOptimizationJobSummaries";
const _APOOC = "AdvancedPromptOptimizationOutputConfig";
const _APR = "ArchiveProjectRequest";
const _APRr = "ArchiveProjectResponse";
const _ARCDSL = "AutomatedReasoningCheckDifferenceScenarioList";
const _ARCF = "AutomatedReasoningCheckFinding";
const _ARCFL = "AutomatedReasoningCheckFindingList";
const _ARCIF = "AutomatedReasoningCheckImpossibleFinding";
const _ARCIFu = "AutomatedReasoningCheckInvalidFinding";
const _ARCITR = "AutomatedReasoningCheckInputTextReference";
const _ARCITRL = "AutomatedReasoningCheckInputTextReferenceList";
const _ARCLW = "AutomatedReasoningCheckLogicWarning";
const _ARCNTF = "AutomatedReasoningCheckNoTranslationsFinding";
const _ARCR = "AutomatedReasoningCheckRule";
const _ARCRL = "AutomatedReasoningCheckRuleList";
const _ARCS = "AutomatedReasoningCheckScenario";
const _ARCSF = "AutomatedReasoningCheckSatisfiableFinding";
const _ARCT = "AutomatedReasoningCheckTranslation";
const _ARCTAF = "AutomatedReasoningCheckTranslationAmbiguousFinding";
const _ARCTCF = "AutomatedReasoningCheckTooComplexFinding";
const _ARCTL = "AutomatedReasoningCheckTranslationList";
const _ARCTO = "AutomatedReasoningCheckTranslationOption";
const _ARCTOL = "AutomatedReasoningCheckTranslationOptionList";
const _ARCVF = "AutomatedReasoningCheckValidFinding";
const _ARLS = "AutomatedReasoningLogicStatement";
const _ARLSC = "AutomatedReasoningLogicStatementContent";
const _ARLSL = "AutomatedReasoningLogicStatementList";
const _ARNLSC = "AutomatedReasoningNaturalLanguageStatementContent";
const _ARPA = "AutomatedReasoningPolicyAnnotation";
const _ARPAC = "AutomatedReasoningPolicyAnnotatedChunk";
const _ARPACL = "AutomatedReasoningPolicyAnnotatedChunkList";
const _ARPACLu = "AutomatedReasoningPolicyAnnotatedContentList";
const _ARPACu = "AutomatedReasoningPolicyAnnotatedContent";
const _ARPAFNL = "AutomatedReasoningPolicyAnnotationFeedbackNaturalLanguage";
const _ARPAIC = "AutomatedReasoningPolicyAnnotationIngestContent";
const _ARPAL = "AutomatedReasoningPolicyAnnotatedLine";
const _ARPALu = "AutomatedReasoningPolicyAnnotationList";
const _ARPARA = "AutomatedReasoningPolicyAddRuleAnnotation";
const _ARPARFNLA = "AutomatedReasoningPolicyAddRuleFromNaturalLanguageAnnotation";
const _ARPARM = "AutomatedReasoningPolicyAddRuleMutation";
const _ARPARNL = "AutomatedReasoningPolicyAnnotationRuleNaturalLanguage";
const _ARPAS = "AutomatedReasoningPolicyAtomicStatement";
const _ARPASL = "AutomatedReasoningPolicyAtomicStatementList";
const _ARPATA = "AutomatedReasoningPolicyAddTypeAnnotation";
const _ARPATM = "AutomatedReasoningPolicyAddTypeMutation";
const _ARPATV = "AutomatedReasoningPolicyAddTypeValue";
const _ARPAVA = "AutomatedReasoningPolicyAddVariableAnnotation";
const _ARPAVM = "AutomatedReasoningPolicyAddVariableMutation";
const _ARPBDB = "AutomatedReasoningPolicyBuildDocumentBlob";
const _ARPBDD = "AutomatedReasoningPolicyBuildDocumentDescription";
const _ARPBDN = "AutomatedReasoningPolicyBuildDocumentName";
const _ARPBF = "AutomatedReasoningPolicyBuildFeedback";
const _ARPBL = "AutomatedReasoningPolicyBuildLog";
const _ARPBLE = "AutomatedReasoningPolicyBuildLogEntry";
const _ARPBLEL = "AutomatedReasoningPolicyBuildLogEntryList";
const _ARPBRA = "AutomatedReasoningPolicyBuildResultAssets";
const _ARPBRAM = "AutomatedReasoningPolicyBuildResultAssetManifest";
const _ARPBRAME = "AutomatedReasoningPolicyBuildResultAssetManifestEntry";
const _ARPBRAML = "AutomatedReasoningPolicyBuildResultAssetManifestList";
const _ARPBRAN = "AutomatedReasoningPolicyBuildResultAssetName";
const _ARPBS = "AutomatedReasoningPolicyBuildStep";
const _ARPBSC = "AutomatedReasoningPolicyBuildStepContext";
const _ARPBSL = "AutomatedReasoningPolicyBuildStepList";
const _ARPBSM = "AutomatedReasoningPolicyBuildStepMessage";
const _ARPBSML = "AutomatedReasoningPolicyBuildStepMessageList";
const _ARPBWD = "AutomatedReasoningPolicyBuildWorkflowDocument";
const _ARPBWDL = "AutomatedReasoningPolicyBuildWorkflowDocumentList";
const _ARPBWRC = "AutomatedReasoningPolicyBuildWorkflowRepairContent";
const _ARPBWS = "AutomatedReasoningPolicyBuildWorkflowSource";
const _ARPBWSu = "AutomatedReasoningPolicyBuildWorkflowSummary";
const _ARPBWSut = "AutomatedReasoningPolicyBuildWorkflowSummaries";
const _ARPD = "AutomatedReasoningPolicyDescription";
const _ARPDE = "AutomatedReasoningPolicyDefinitionElement";
const _ARPDQR = "AutomatedReasoningPolicyDefinitionQualityReport";
const _ARPDR = "AutomatedReasoningPolicyDefinitionRule";
const _ARPDRA = "AutomatedReasoningPolicyDeleteRuleAnnotation";
const _ARPDRAE = "AutomatedReasoningPolicyDefinitionRuleAlternateExpression";
const _ARPDRE = "AutomatedReasoningPolicyDefinitionRuleExpression";
const _ARPDRL = "AutomatedReasoningPolicyDefinitionRuleList";
const _ARPDRM = "AutomatedReasoningPolicyDeleteRuleMutation";
const _ARPDRS = "AutomatedReasoningPolicyDisjointRuleSet";
const _ARPDRSL = "AutomatedReasoningPolicyDisjointRuleSetList";
const _ARPDT = "AutomatedReasoningPolicyDefinitionType";
const _ARPDTA = "AutomatedReasoningPolicyDeleteTypeAnnotation";
const _ARPDTD = "AutomatedReasoningPolicyDefinitionTypeDescription";
const _ARPDTL = "AutomatedReasoningPolicyDefinitionTypeList";
const _ARPDTM = "AutomatedReasoningPolicyDeleteTypeMutation";
const _ARPDTN = "AutomatedReasoningPolicyDefinitionTypeName";
const _ARPDTNL = "AutomatedReasoningPolicyDefinitionTypeNameList";
const _ARPDTV = "AutomatedReasoningPolicyDefinitionTypeValue";
const _ARPDTVD = "AutomatedReasoningPolicyDefinitionTypeValueDescription";
const _ARPDTVL = "AutomatedReasoningPolicyDefinitionTypeValueList";
const _ARPDTVP = "AutomatedReasoningPolicyDefinitionTypeValuePair";
const _ARPDTVPL = "AutomatedReasoningPolicyDefinitionTypeValuePairList";
const _ARPDTVu = "AutomatedReasoningPolicyDeleteTypeValue";
const _ARPDV = "AutomatedReasoningPolicyDefinitionVariable";
const _ARPDVA = "AutomatedReasoningPolicyDeleteVariableAnnotation";
const _ARPDVD = "AutomatedReasoningPolicyDefinitionVariableDescription";
const _ARPDVL = "AutomatedReasoningPolicyDefinitionVariableList";
const _ARPDVM = "AutomatedReasoningPolicyDeleteVariableMutation";
const _ARPDVN = "AutomatedReasoningPolicyDefinitionVariableName";
const _ARPDVNL = "AutomatedReasoningPolicyDefinitionVariableNameList";
const _ARPDu = "AutomatedReasoningPolicyDefinition";
const _ARPFR = "AutomatedReasoningPolicyFidelityReport";
const _ARPGFRC = "AutomatedReasoningPolicyGenerateFidelityReportContent";
const _ARPGFRDL = "AutomatedReasoningPolicyGenerateFidelityReportDocumentList";
const _ARPGTC = "AutomatedReasoningPolicyGeneratedTestCase";
const _ARPGTCL = "AutomatedReasoningPolicyGeneratedTestCaseList";
const _ARPGTCu = "AutomatedReasoningPolicyGeneratedTestCases";
const _ARPICA = "AutomatedReasoningPolicyIngestContentAnnotation";
const _ARPIRC = "AutomatedReasoningPolicyIterativeRefinementContent";
const _ARPIRDL = "AutomatedReasoningPolicyIterativeRefinementDocumentList";
const _ARPJL = "AutomatedReasoningPolicyJustificationList";
const _ARPJT = "AutomatedReasoningPolicyJustificationText";
const _ARPLT = "AutomatedReasoningPolicyLineText";
const _ARPM = "AutomatedReasoningPolicyMutation";
const _ARPN = "AutomatedReasoningPolicyName";
const _ARPP = "AutomatedReasoningPolicyPlanning";
const _ARPRR = "AutomatedReasoningPolicyRuleReport";
const _ARPRRM = "AutomatedReasoningPolicyRuleReportMap";
const _ARPRSD = "AutomatedReasoningPolicyReportSourceDocument";
const _ARPRSDL = "AutomatedReasoningPolicyReportSourceDocumentList";
const _ARPS = "AutomatedReasoningPolicyScenario";
const _ARPSAE = "AutomatedReasoningPolicyScenarioAlternateExpression";
const _ARPSD = "AutomatedReasoningPolicySourceDocument";
const _ARPSE = "AutomatedReasoningPolicyScenarioExpression";
const _ARPSL = "AutomatedReasoningPolicyStatementLocation";
const _ARPSLu = "AutomatedReasoningPolicyScenarioList";
const _ARPSR = "AutomatedReasoningPolicyStatementReference";
const _ARPSRL = "AutomatedReasoningPolicyStatementReferenceList";
const _ARPST = "AutomatedReasoningPolicyStatementText";
const _ARPSu = "AutomatedReasoningPolicyScenarios";
const _ARPSut = "AutomatedReasoningPolicySummary";
const _ARPSuto = "AutomatedReasoningPolicySummaries";
const _ARPTC = "AutomatedReasoningPolicyTestCase";
const _ARPTCL = "AutomatedReasoningPolicyTestCaseList";
const _ARPTGC = "AutomatedReasoningPolicyTestGuardContent";
const _ARPTL = "AutomatedReasoningPolicyTestList";
const _ARPTQC = "AutomatedReasoningPolicyTestQueryContent";
const _ARPTR = "AutomatedReasoningPolicyTestResult";
const _ARPTVA = "AutomatedReasoningPolicyTypeValueAnnotation";
const _ARPTVAL = "AutomatedReasoningPolicyTypeValueAnnotationList";
const _ARPUFRFA = "AutomatedReasoningPolicyUpdateFromRuleFeedbackAnnotation";
const _ARPUFSFA = "AutomatedReasoningPolicyUpdateFromScenarioFeedbackAnnotation";
const _ARPURA = "AutomatedReasoningPolicyUpdateRuleAnnotation";
const _ARPURM = "AutomatedReasoningPolicyUpdateRuleMutation";
const _ARPUTA = "AutomatedReasoningPolicyUpdateTypeAnnotation";
const _ARPUTM = "AutomatedReasoningPolicyUpdateTypeMutation";
const _ARPUTV = "AutomatedReasoningPolicyUpdateTypeValue";
const _ARPUVA = "AutomatedReasoningPolicyUpdateVariableAnnotation";
const _ARPUVM = "AutomatedReasoningPolicyUpdateVariableMutation";
const _ARPVR = "AutomatedReasoningPolicyVariableReport";
const _ARPVRM = "AutomatedReasoningPolicyVariableReportMap";
const _ARPWTC = "AutomatedReasoningPolicyWorkflowTypeContent";
const _BCB = "ByteContentBlob";
const _BCD = "ByteContentDoc";
const _BDAPOJ = "BatchDeleteAdvancedPromptOptimizationJob";
const _BDAPOJE = "BatchDeleteAdvancedPromptOptimizationJobError";
const _BDAPOJEa = "BatchDeleteAdvancedPromptOptimizationJobErrors";
const _BDAPOJI = "BatchDeleteAdvancedPromptOptimizationJobItem";
const _BDAPOJIa = "BatchDeleteAdvancedPromptOptimizationJobItems";
const _BDAPOJR = "BatchDeleteAdvancedPromptOptimizationJobRequest";
const _BDAPOJRa = "BatchDeleteAdvancedPromptOptimizationJobResponse";
const _BDEJ = "BatchDeleteEvaluationJob";
const _BDEJE = "BatchDeleteEvaluationJobError";
const _BDEJEa = "BatchDeleteEvaluationJobErrors";
const _BDEJI = "BatchDeleteEvaluationJobItem";
const _BDEJIa = "BatchDeleteEvaluationJobItems";
const _BDEJR = "BatchDeleteEvaluationJobRequest";
const _BDEJRa = "BatchDeleteEvaluationJobResponse";
const _BEM = "BedrockEvaluatorModel";
const _BEMe = "BedrockEvaluatorModels";
const _CAPOJ = "CreateAdvancedPromptOptimizationJob";
const _CAPOJR = "CreateAdvancedPromptOptimizationJobRequest";
const _CAPOJRr = "CreateAdvancedPromptOptimizationJobResponse";
const _CARP = "CreateAutomatedReasoningPolicy";
const _CARPBW = "CancelAutomatedReasoningPolicyBuildWorkflow";
const _CARPBWR = "CancelAutomatedReasoningPolicyBuildWorkflowRequest";
const _CARPBWRa = "CancelAutomatedReasoningPolicyBuildWorkflowResponse";
const _CARPR = "CreateAutomatedReasoningPolicyRequest";
const _CARPRr = "CreateAutomatedReasoningPolicyResponse";
const _CARPTC = "CreateAutomatedReasoningPolicyTestCase";
const _CARPTCR = "CreateAutomatedReasoningPolicyTestCaseRequest";
const _CARPTCRr = "CreateAutomatedReasoningPolicyTestCaseResponse";
const _CARPV = "CreateAutomatedReasoningPolicyVersion";
const _CARPVR = "CreateAutomatedReasoningPolicyVersionRequest";
const _CARPVRr = "CreateAutomatedReasoningPolicyVersionResponse";
const _CC = "CustomizationConfig";
const _CCM = "CreateCustomModel";
const _CCMD = "CreateCustomModelDeployment";
const _CCMDR = "CreateCustomModelDeploymentRequest";
const _CCMDRr = "CreateCustomModelDeploymentResponse";
const _CCMR = "CreateCustomModelRequest";
const _CCMRr = "CreateCustomModelResponse";
const _CE = "ConflictException";
const _CEJ = "CreateEvaluationJob";
const _CEJR = "CreateEvaluationJobRequest";
const _CEJRr = "CreateEvaluationJobResponse";
const _CFMA = "CreateFoundationModelAgreement";
const _CFMAR = "CreateFoundationModelAgreementRequest";
const _CFMARr = "CreateFoundationModelAgreementResponse";
const _CG = "CreateGuardrail";
const _CGR = "CreateGuardrailRequest";
const _CGRr = "CreateGuardrailResponse";
const _CGV = "CreateGuardrailVersion";
const _CGVR = "CreateGuardrailVersionRequest";
const _CGVRr = "CreateGuardrailVersionResponse";
const _CIP = "CreateInferenceProfile";
const _CIPR = "CreateInferenceProfileRequest";
const _CIPRr = "CreateInferenceProfileResponse";
const _CMBEM = "CustomMetricBedrockEvaluatorModel";
const _CMBEMu = "CustomMetricBedrockEvaluatorModels";
const _CMCJ = "CreateModelCopyJob";
const _CMCJR = "CreateModelCopyJobRequest";
const _CMCJRr = "CreateModelCopyJobResponse";
const _CMCJRre = "CreateModelCustomizationJobRequest";
const _CMCJRrea = "CreateModelCustomizationJobResponse";
const _CMCJr = "CreateModelCustomizationJob";
const _CMD = "CustomMetricDefinition";
const _CMDS = "CustomModelDeploymentSummary";
const _CMDSL = "CustomModelDeploymentSummaryList";
const _CMDSu = "CustomModelDataSource";
const _CMDUD = "CustomModelDeploymentUpdateDetails";
const _CMEMC = "CustomMetricEvaluatorModelConfig";
const _CMIJ = "CreateModelImportJob";
const _CMIJR = "CreateModelImportJobRequest";
const _CMIJRr = "CreateModelImportJobResponse";
const _CMIJRre = "CreateModelInvocationJobRequest";
const _CMIJRrea = "CreateModelInvocationJobResponse";
const _CMIJr = "CreateModelInvocationJob";
const _CMME = "CreateMarketplaceModelEndpoint";
const _CMMER = "CreateMarketplaceModelEndpointRequest";
const _CMMERr = "CreateMarketplaceModelEndpointResponse";
const _CMS = "CustomModelSummary";
const _CMSL = "CustomModelSummaryList";
const _CMU = "CustomModelUnits";
const _CP = "CreateProject";
const _CPMT = "CreateProvisionedModelThroughput";
const _CPMTR = "CreateProvisionedModelThroughputRequest";
const _CPMTRr = "CreateProvisionedModelThroughputResponse";
const _CPR = "CreateProjectRequest";
const _CPRR = "CreatePromptRouterRequest";
const _CPRRr = "CreatePromptRouterResponse";
const _CPRr = "CreateProjectResponse";
const _CPRre = "CreatePromptRouter";
const _CWC = "CloudWatchConfig";
const _DADRS = "DeleteAccountDataRetentionStorage";
const _DADRSR = "DeleteAccountDataRetentionStorageRequest";
const _DADRSRe = "DeleteAccountDataRetentionStorageResponse";
const _DARP = "DeleteAutomatedReasoningPolicy";
const _DARPBW = "DeleteAutomatedReasoningPolicyBuildWorkflow";
const _DARPBWR = "DeleteAutomatedReasoningPolicyBuildWorkflowRequest";
const _DARPBWRe = "DeleteAutomatedReasoningPolicyBuildWorkflowResponse";
const _DARPR = "DeleteAutomatedReasoningPolicyRequest";
const _DARPRe = "DeleteAutomatedReasoningPolicyResponse";
const _DARPTC = "DeleteAutomatedReasoningPolicyTestCase";
const _DARPTCR = "DeleteAutomatedReasoningPolicyTestCaseRequest";
const _DARPTCRe = "DeleteAutomatedReasoningPolicyTestCaseResponse";
const _DC = "DistillationConfig";
const _DCM = "DeleteCustomModel";
const _DCMD = "DeleteCustomModelDeployment";
const _DCMDR = "DeleteCustomModelDeploymentRequest";
const _DCMDRe = "DeleteCustomModelDeploymentResponse";
const _DCMR = "DeleteCustomModelRequest";
const _DCMRe = "DeleteCustomModelResponse";
const _DEGC = "DeleteEnforcedGuardrailConfiguration";
const _DEGCR = "DeleteEnforcedGuardrailConfigurationRequest";
const _DEGCRe = "DeleteEnforcedGuardrailConfigurationResponse";
const _DFMA = "DeleteFoundationModelAgreement";
const _DFMAR = "DeleteFoundationModelAgreementRequest";
const _DFMARe = "DeleteFoundationModelAgreementResponse";
const _DG = "DeleteGuardrail";
const _DGR = "DeleteGuardrailRequest";
const _DGRe = "DeleteGuardrailResponse";
const _DIM = "DeleteImportedModel";
const _DIMR = "DeleteImportedModelRequest";
const _DIMRe = "DeleteImportedModelResponse";
const _DIP = "DeleteInferenceProfile";
const _DIPR = "DeleteInferenceProfileRequest";
const _DIPRe = "DeleteInferenceProfileResponse";
const _DMILC = "DeleteModelInvocationLoggingConfiguration";
const _DMILCR = "DeleteModelInvocationLoggingConfigurationRequest";
const _DMILCRe = "DeleteModelInvocationLoggingConfigurationResponse";
const _DMME = "DeleteMarketplaceModelEndpoint";
const _DMMER = "DeleteMarketplaceModelEndpointRequest";
const _DMMERe = "DeleteMarketplaceModelEndpointResponse";
const _DMMERer = "DeregisterMarketplaceModelEndpointRequest";
const _DMMERere = "DeregisterMarketplaceModelEndpointResponse";
const _DMMEe = "DeregisterMarketplaceModelEndpoint";
const _DODRS = "DeleteOrganizationDataRetentionStorage";
const _DODRSR = "DeleteOrganizationDataRetentionStorageRequest";
const _DODRSRe = "DeleteOrganizationDataRetentionStorageResponse";
const _DPD = "DataProcessingDetails";
const _DPDRS = "DeleteProjectDataRetentionStorage";
const _DPDRSR = "DeleteProjectDataRetentionStorageRequest";
const _DPDRSRe = "DeleteProjectDataRetentionStorageResponse";
const _DPMT = "DeleteProvisionedModelThroughput";
const _DPMTR = "DeleteProvisionedModelThroughputRequest";
const _DPMTRe = "DeleteProvisionedModelThroughputResponse";
const _DPR = "DimensionalPriceRate";
const _DPRR = "DeletePromptRouterRequest";
const _DPRRe = "DeletePromptRouterResponse";
const _DPRe = "DeletePromptRouter";
const _DRP = "DeleteResourcePolicy";
const _DRPR = "DeleteResourcePolicyRequest";
const _DRPRe = "DeleteResourcePolicyResponse";
const _DRSC = "DataRetentionStorageConfiguration";
const _EARPV = "ExportAutomatedReasoningPolicyVersion";
const _EARPVR = "ExportAutomatedReasoningPolicyVersionRequest";
const _EARPVRx = "ExportAutomatedReasoningPolicyVersionResponse";
const _EBM = "EvaluationBedrockModel";
const _EC = "EndpointConfig";
const _ECv = "EvaluationConfig";
const _ED = "EvaluationDataset";
const _EDL = "EvaluationDatasetLocation";
const _EDMC = "EvaluationDatasetMetricConfig";
const _EDMCv = "EvaluationDatasetMetricConfigs";
const _EDN = "EvaluationDatasetName";
const _EIC = "EvaluationInferenceConfig";
const _EICS = "EvaluationInferenceConfigSummary";
const _EJD = "EvaluationJobDescription";
const _EJI = "EvaluationJobIdentifier";
const _EJIv = "EvaluationJobIdentifiers";
const _EMC = "EvaluationModelConfigs";
const _EMCS = "EvaluationModelConfigSummary";
const _EMCv = "EvaluationModelConfig";
const _EMCva = "EvaluatorModelConfig";
const _EMD = "EvaluationMetricDescription";
const _EMIP = "EvaluationModelInferenceParams";
const _EMN = "EvaluationMetricName";
const _EMNv = "EvaluationMetricNames";
const _EODC = "EvaluationOutputDataConfig";
const _EPIS = "EvaluationPrecomputedInferenceSource";
const _EPRAGSC = "EvaluationPrecomputedRetrieveAndGenerateSourceConfig";
const _EPRSC = "EvaluationPrecomputedRetrieveSourceConfig";
const _EPRSCv = "EvaluationPrecomputedRagSourceConfig";
const _ERCS = "EvaluationRagConfigSummary";
const _ES = "EvaluationSummary";
const _ESGC = "ExternalSourcesGenerationConfiguration";
const _ESRAGC = "ExternalSourcesRetrieveAndGenerateConfiguration";
const _ESv = "EvaluationSummaries";
const _ESx = "ExternalSource";
const _ESxt = "ExternalSources";
const _FA = "FilterAttribute";
const _FFR = "FieldForReranking";
const _FFRi = "FieldsForReranking";
const _FMD = "FoundationModelDetails";
const _FML = "FoundationModelLifecycle";
const _FMS = "FoundationModelSummary";
const _FMSL = "FoundationModelSummaryList";
const _GADR = "GetAccountDataRetention";
const _GADRR = "GetAccountDataRetentionRequest";
const _GADRRe = "GetAccountDataRetentionResponse";
const _GADRS = "GetAccountDataRetentionStorage";
const _GADRSR = "GetAccountDataRetentionStorageRequest";
const _GADRSRe = "GetAccountDataRetentionStorageResponse";
const _GAPOJ = "GetAdvancedPromptOptimizationJob";
const _GAPOJR = "GetAdvancedPromptOptimizationJobRequest";
const _GAPOJRe = "GetAdvancedPromptOptimizationJobResponse";
const _GARP = "GuardrailAutomatedReasoningPolicy";
const _GARPA = "GetAutomatedReasoningPolicyAnnotations";
const _GARPAR = "GetAutomatedReasoningPolicyAnnotationsRequest";
const _GARPARe = "GetAutomatedReasoningPolicyAnnotationsResponse";
const _GARPBW = "GetAutomatedReasoningPolicyBuildWorkflow";
const _GARPBWR = "GetAutomatedReasoningPolicyBuildWorkflowRequest";
const _GARPBWRA = "GetAutomatedReasoningPolicyBuildWorkflowResultAssets";
const _GARPBWRAR = "GetAutomatedReasoningPolicyBuildWorkflowResultAssetsRequest";
const _GARPBWRARe = "GetAutomatedReasoningPolicyBuildWorkflowResultAssetsResponse";
const _GARPBWRe = "GetAutomatedReasoningPolicyBuildWorkflowResponse";
const _GARPC = "GuardrailAutomatedReasoningPolicyConfig";
const _GARPNS = "GetAutomatedReasoningPolicyNextScenario";
const _GARPNSR = "GetAutomatedReasoningPolicyNextScenarioRequest";
const _GARPNSRe = "GetAutomatedReasoningPolicyNextScenarioResponse";
const _GARPR = "GetAutomatedReasoningPolicyRequest";
const _GARPRe = "GetAutomatedReasoningPolicyResponse";
const _GARPTC = "GetAutomatedReasoningPolicyTestCase";
const _GARPTCR = "GetAutomatedReasoningPolicyTestCaseRequest";
const _GARPTCRe = "GetAutomatedReasoningPolicyTestCaseResponse";
const _GARPTR = "GetAutomatedReasoningPolicyTestResult";
const _GARPTRR = "GetAutomatedReasoningPolicyTestResultRequest";
const _GARPTRRe = "GetAutomatedReasoningPolicyTestResultResponse";
const _GARPe = "GetAutomatedReasoningPolicy";
const _GBM = "GuardrailBlockedMessaging";
const _GC = "GenerationConfiguration";
const _GCF = "GuardrailContentFilter";
const _GCFA = "GuardrailContentFilterAction";
const _GCFC = "GuardrailContentFilterConfig";
const _GCFCu = "GuardrailContentFiltersConfig";
const _GCFT = "GuardrailContentFiltersTier";
const _GCFTC = "GuardrailContentFiltersTierConfig";
const _GCFTN = "GuardrailContentFiltersTierName";
const _GCFu = "GuardrailContentFilters";
const _GCGA = "GuardrailContextualGroundingAction";
const _GCGF = "GuardrailContextualGroundingFilter";
const _GCGFC = "GuardrailContextualGroundingFilterConfig";
const _GCGFCu = "GuardrailContextualGroundingFiltersConfig";
const _GCGFu = "GuardrailContextualGroundingFilters";
const _GCGP = "GuardrailContextualGroundingPolicy";
const _GCGPC = "GuardrailContextualGroundingPolicyConfig";
const _GCGT = "GuardrailContextualGroundingTier";
const _GCGTC = "GuardrailContextualGroundingTierConfig";
const _GCGTN = "GuardrailContextualGroundingTierName";
const _GCM = "GetCustomModel";
const _GCMD = "GetCustomModelDeployment";
const _GCMDR = "GetCustomModelDeploymentRequest";
const _GCMDRe = "GetCustomModelDeploymentResponse";
const _GCMR = "GetCustomModelRequest";
const _GCMRe = "GetCustomModelResponse";
const _GCP = "GuardrailContentPolicy";
const _GCPC = "GuardrailContentPolicyConfig";
const _GCRC = "GuardrailCrossRegionConfig";
const _GCRD = "GuardrailCrossRegionDetails";
const _GCr = "GraderConfig";
const _GCu = "GuardrailConfiguration";
const _GD = "GuardrailDescription";
const _GEJ = "GetEvaluationJob";
const _GEJR = "GetEvaluationJobRequest";
const _GEJRe = "GetEvaluationJobResponse";
const _GFM = "GetFoundationModel";
const _GFMA = "GetFoundationModelAvailability";
const _GFMAR = "GetFoundationModelAvailabilityRequest";
const _GFMARe = "GetFoundationModelAvailabilityResponse";
const _GFMR = "GetFoundationModelRequest";
const _GFMRe = "GetFoundationModelResponse";
const _GFR = "GuardrailFailureRecommendation";
const _GFRu = "GuardrailFailureRecommendations";
const _GG = "GetGuardrail";
const _GGR = "GetGuardrailRequest";
const _GGRe = "GetGuardrailResponse";
const _GIM = "GetImportedModel";
const _GIMR = "GetImportedModelRequest";
const _GIMRe = "GetImportedModelResponse";
const _GIP = "GetInferenceProfile";
const _GIPR = "GetInferenceProfileRequest";
const _GIPRe = "GetInferenceProfileResponse";
const _GM = "GuardrailModality";
const _GMCJ = "GetModelCopyJob";
const _GMCJR = "GetModelCopyJobRequest";
const _GMCJRe = "GetModelCopyJobResponse";
const _GMCJRet = "GetModelCustomizationJobRequest";
const _GMCJReto = "GetModelCustomizationJobResponse";
const _GMCJe = "GetModelCustomizationJob";
const _GMIJ = "GetModelImportJob";
const _GMIJR = "GetModelImportJobRequest";
const _GMIJRe = "GetModelImportJobResponse";
const _GMIJRet = "GetModelInvocationJobRequest";
const _GMIJReto = "GetModelInvocationJobResponse";
const _GMIJe = "GetModelInvocationJob";
const _GMILC = "GetModelInvocationLoggingConfiguration";
const _GMILCR = "GetModelInvocationLoggingConfigurationRequest";
const _GMILCRe = "GetModelInvocationLoggingConfigurationResponse";
const _GMME = "GetMarketplaceModelEndpoint";
const _GMMER = "GetMarketplaceModelEndpointRequest";
const _GMMERe = "GetMarketplaceModelEndpointResponse";
const _GMW = "GuardrailManagedWords";
const _GMWC = "GuardrailManagedWordsConfig";
const _GMWL = "GuardrailManagedWordLists";
const _GMWLC = "GuardrailManagedWordListsConfig";
const _GMu = "GuardrailModalities";
const _GN = "GuardrailName";
const _GODRS = "GetOrganizationDataRetentionStorage";
const _GODRSR = "GetOrganizationDataRetentionStorageRequest";
const _GODRSRe = "GetOrganizationDataRetentionStorageResponse";
const _GP = "GetProject";
const _GPDRS = "GetProjectDataRetentionStorage";
const _GPDRSR = "GetProjectDataRetentionStorageRequest";
const _GPDRSRe = "GetProjectDataRetentionStorageResponse";
const _GPE = "GuardrailPiiEntity";
const _GPEC = "GuardrailPiiEntityConfig";
const _GPECu = "GuardrailPiiEntitiesConfig";
const _GPEu = "GuardrailPiiEntities";
const _GPMT = "GetProvisionedModelThroughput";
const _GPMTR = "GetProvisionedModelThroughputRequest";
const _GPMTRe = "GetProvisionedModelThroughputResponse";
const _GPR = "GetProjectRequest";
const _GPRR = "GetPromptRouterRequest";
const _GPRRe = "GetPromptRouterResponse";
const _GPRe = "GetProjectResponse";
const _GPRet = "GetPromptRouter";
const _GR = "GuardrailRegex";
const _GRC = "GuardrailRegexConfig";
const _GRCu = "GuardrailRegexesConfig";
const _GRP = "GetResourcePolicy";
const _GRPR = "GetResourcePolicyRequest";
const _GRPRe = "GetResourcePolicyResponse";
const _GRu = "GuardrailRegexes";
const _GS = "GuardrailSummary";
const _GSIP = "GuardrailSensitiveInformationPolicy";
const _GSIPC = "GuardrailSensitiveInformationPolicyConfig";
const _GSR = "GuardrailStatusReason";
const _GSRu = "GuardrailStatusReasons";
const _GSu = "GuardrailSummaries";
const _GT = "GuardrailTopic";
const _GTA = "GuardrailTopicAction";
const _GTAP = "GetTrustedAccessProgram";
const _GTAPAE = "GetTrustedAccessProgramAccountEnrollment";
const _GTAPAER = "GetTrustedAccessProgramAccountEnrollmentRequest";
const _GTAPAERe = "GetTrustedAccessProgramAccountEnrollmentResponse";
const _GTAPOE = "GetTrustedAccessProgramOrganizationEnrollment";
const _GTAPOER = "GetTrustedAccessProgramOrganizationEnrollmentRequest";
const _GTAPOERe = "GetTrustedAccessProgramOrganizationEnrollmentResponse";
const _GTAPPE = "GetTrustedAccessProgramProjectEnrollment";
const _GTAPPER = "GetTrustedAccessProgramProjectEnrollmentRequest";
const _GTAPPERe = "GetTrustedAccessProgramProjectEnrollmentResponse";
const _GTAPR = "GetTrustedAccessProgramRequest";
const _GTAPRe = "GetTrustedAccessProgramResponse";
const _GTC = "GuardrailTopicConfig";
const _GTCu = "GuardrailTopicsConfig";
const _GTD = "GuardrailTopicDefinition";
const _GTE = "GuardrailTopicExample";
const _GTEu = "GuardrailTopicExamples";
const _GTN = "GuardrailTopicName";
const _GTP = "GuardrailTopicPolicy";
const _GTPC = "GuardrailTopicPolicyConfig";
const _GTT = "GuardrailTopicsTier";
const _GTTC = "GuardrailTopicsTierConfig";
const _GTTN = "GuardrailTopicsTierName";
const _GTu = "GuardrailTopics";
const _GUCFMA = "GetUseCaseForModelAccess";
const _GUCFMAR = "GetUseCaseForModelAccessRequest";
const _GUCFMARe = "GetUseCaseForModelAccessResponse";
const _GW = "GuardrailWord";
const _GWA = "GuardrailWordAction";
const _GWC = "GuardrailWordConfig";
const _GWCu = "GuardrailWordsConfig";
const _GWP = "GuardrailWordPolicy";
const _GWPC = "GuardrailWordPolicyConfig";
const _GWu = "GuardrailWords";
const _HEC = "HumanEvaluationConfig";
const _HECM = "HumanEvaluationCustomMetric";
const _HECMu = "HumanEvaluationCustomMetrics";
const _HTI = "HumanTaskInstructions";
const _HWC = "HumanWorkflowConfig";
const _I = "Identifier";
const _IC = "InferenceConfiguration";
const _IFC = "ImplicitFilterConfiguration";
const _ILC = "InvocationLogsConfig";
const _ILS = "InvocationLogSource";
const _IMS = "ImportedModelSummary";
const _IMSL = "ImportedModelSummaryList";
const _IPD = "InferenceProfileDescription";
const _IPM = "InferenceProfileModel";
const _IPMS = "InferenceProfileModelSource";
const _IPMn = "InferenceProfileModels";
const _IPS = "InferenceProfileSummary";
const _IPSn = "InferenceProfileSummaries";
const _ISE = "InternalServerException";
const _KBC = "KnowledgeBaseConfig";
const _KBRAGC = "KnowledgeBaseRetrieveAndGenerateConfiguration";
const _KBRC = "KnowledgeBaseRetrievalConfiguration";
const _KBVSC = "KnowledgeBaseVectorSearchConfiguration";
const _KIC = "KbInferenceConfig";
const _LAPOJ = "ListAdvancedPromptOptimizationJobs";
const _LAPOJR = "ListAdvancedPromptOptimizationJobsRequest";
const _LAPOJRi = "ListAdvancedPromptOptimizationJobsResponse";
const _LARP = "ListAutomatedReasoningPolicies";
const _LARPBW = "ListAutomatedReasoningPolicyBuildWorkflows";
const _LARPBWR = "ListAutomatedReasoningPolicyBuildWorkflowsRequest";
const _LARPBWRi = "ListAutomatedReasoningPolicyBuildWorkflowsResponse";
const _LARPR = "ListAutomatedReasoningPoliciesRequest";
const _LARPRi = "ListAutomatedReasoningPoliciesResponse";
const _LARPTC = "ListAutomatedReasoningPolicyTestCases";
const _LARPTCR = "ListAutomatedReasoningPolicyTestCasesRequest";
const _LARPTCRi = "ListAutomatedReasoningPolicyTestCasesResponse";
const _LARPTR = "ListAutomatedReasoningPolicyTestResults";
const _LARPTRR = "ListAutomatedReasoningPolicyTestResultsRequest";
const _LARPTRRi = "ListAutomatedReasoningPolicyTestResultsResponse";
const _LC = "LoggingConfig";
const _LCM = "ListCustomModels";
const _LCMD = "ListCustomModelDeployments";
const _LCMDR = "ListCustomModelDeploymentsRequest";
const _LCMDRi = "ListCustomModelDeploymentsResponse";
const _LCMR = "ListCustomModelsRequest";
const _LCMRi = "ListCustomModelsResponse";
const _LEGC = "ListEnforcedGuardrailsConfiguration";
const _LEGCR = "ListEnforcedGuardrailsConfigurationRequest";
const _LEGCRi = "ListEnforcedGuardrailsConfigurationResponse";
const _LEJ = "ListEvaluationJobs";
const _LEJR = "ListEvaluationJobsRequest";
const _LEJRi = "ListEvaluationJobsResponse";
const _LFM = "ListFoundationModels";
const _LFMAO = "ListFoundationModelAgreementOffers";
const _LFMAOR = "ListFoundationModelAgreementOffersRequest";
const _LFMAORi = "ListFoundationModelAgreementOffersResponse";
const _LFMR = "ListFoundationModelsRequest";
const _LFMRi = "ListFoundationModelsResponse";
const _LG = "ListGuardrails";
const _LGC = "LambdaGraderConfig";
const _LGR = "ListGuardrailsRequest";
const _LGRi = "ListGuardrailsResponse";
const _LIM = "ListImportedModels";
const _LIMR = "ListImportedModelsRequest";
const _LIMRi = "ListImportedModelsResponse";
const _LIP = "ListInferenceProfiles";
const _LIPR = "ListInferenceProfilesRequest";
const _LIPRi = "ListInferenceProfilesResponse";
const _LMCJ = "ListModelCopyJobs";
const _LMCJR = "ListModelCopyJobsRequest";
const _LMCJRi = "ListModelCopyJobsResponse";
const _LMCJRis = "ListModelCustomizationJobsRequest";
const _LMCJRist = "ListModelCustomizationJobsResponse";
const _LMCJi = "ListModelCustomizationJobs";
const _LMIJ = "ListModelImportJobs";
const _LMIJR = "ListModelImportJobsRequest";
const _LMIJRi = "ListModelImportJobsResponse";
const _LMIJRis = "ListModelInvocationJobsRequest";
const _LMIJRist = "ListModelInvocationJobsResponse";
const _LMIJi = "ListModelInvocationJobs";
const _LMME = "ListMarketplaceModelEndpoints";
const _LMMER = "ListMarketplaceModelEndpointsRequest";
const _LMMERi = "ListMarketplaceModelEndpointsResponse";
const _LP = "ListProjects";
const _LPMT = "ListProvisionedModelThroughputs";
const _LPMTR = "ListProvisionedModelThroughputsRequest";
const _LPMTRi = "ListProvisionedModelThroughputsResponse";
const _LPR = "ListProjectsRequest";
const _LPRR = "ListPromptRoutersRequest";
const _LPRRi = "ListPromptRoutersResponse";
const _LPRi = "ListProjectsResponse";
const _LPRis = "ListPromptRouters";
const _LT = "LegalTerm";
const _LTAP = "ListTrustedAccessPrograms";
const _LTAPR = "ListTrustedAccessProgramsRequest";
const _LTAPRi = "ListTrustedAccessProgramsResponse";
const _LTFR = "ListTagsForResource";
const _LTFRR = "ListTagsForResourceRequest";
const _LTFRRi = "ListTagsForResourceResponse";
const _M = "Message";
const _MAS = "MetadataAttributeSchema";
const _MASL = "MetadataAttributeSchemaList";
const _MC = "ModelConfiguration";
const _MCFR = "MetadataConfigurationForReranking";
const _MCJS = "ModelCopyJobSummary";
const _MCJSo = "ModelCustomizationJobSummary";
const _MCJSod = "ModelCopyJobSummaries";
const _MCJSode = "ModelCustomizationJobSummaries";
const _MCo = "ModelConfigurations";
const _MDS = "ModelDataSource";
const _ME = "ModelEnforcement";
const _MIJIDC = "ModelInvocationJobInputDataConfig";
const _MIJODC = "ModelInvocationJobOutputDataConfig";
const _MIJS = "ModelImportJobSummary";
const _MIJSIDC = "ModelInvocationJobS3InputDataConfig";
const _MIJSODC = "ModelInvocationJobS3OutputDataConfig";
const _MIJSo = "ModelInvocationJobSummary";
const _MIJSod = "ModelImportJobSummaries";
const _MIJSode = "ModelInvocationJobSummaries";
const _MME = "MarketplaceModelEndpoint";
const _MMES = "MarketplaceModelEndpointSummary";
const _MMESa = "MarketplaceModelEndpointSummaries";
const _MN = "MetricName";
const _MPADS = "ModelPackageArnDataSource";
const _O = "Offer";
const _OC = "OrchestrationConfiguration";
const _ODC = "OutputDataConfig";
const _Of = "Offers";
const _PADR = "PutAccountDataRetention";
const _PADRR = "PutAccountDataRetentionRequest";
const _PADRRu = "PutAccountDataRetentionResponse";
const _PADRS = "PutAccountDataRetentionStorage";
const _PADRSR = "PutAccountDataRetentionStorageRequest";
const _PADRSRu = "PutAccountDataRetentionStorageResponse";
const _PC = "PerformanceConfiguration";
const _PDR = "ProjectDataRetention";
const _PEGC = "PutEnforcedGuardrailConfiguration";
const _PEGCR = "PutEnforcedGuardrailConfigurationRequest";
const _PEGCRu = "PutEnforcedGuardrailConfigurationResponse";
const _PMILC = "PutModelInvocationLoggingConfiguration";
const _PMILCR = "PutModelInvocationLoggingConfigurationRequest";
const _PMILCRu = "PutModelInvocationLoggingConfigurationResponse";
const _PMS = "ProvisionedModelSummary";
const _PMSr = "ProvisionedModelSummaries";
const _PN = "ProjectName";
const _PODRS = "PutOrganizationDataRetentionStorage";
const _PODRSR = "PutOrganizationDataRetentionStorageRequest";
const _PODRSRu = "PutOrganizationDataRetentionStorageResponse";
const _PPDRS = "PutProjectDataRetentionStorage";
const _PPDRSR = "PutProjectDataRetentionStorageRequest";
const _PPDRSRu = "PutProjectDataRetentionStorageResponse";
const _PRD = "PromptRouterDescription";
const _PRP = "PutResourcePolicy";
const _PRPR = "PutResourcePolicyRequest";
const _PRPRu = "PutResourcePolicyResponse";
const _PRS = "PromptRouterSummary";
const _PRSr = "PromptRouterSummaries";
const _PRTM = "PromptRouterTargetModel";
const _PRTMr = "PromptRouterTargetModels";
const _PS = "ProjectSummary";
const _PSL = "ProjectSummaryList";
const _PT = "PricingTerm";
const _PTAPAE = "PutTrustedAccessProgramAccountEnrollment";
const _PTAPAER = "PutTrustedAccessProgramAccountEnrollmentRequest";
const _PTAPAERu = "PutTrustedAccessProgramAccountEnrollmentResponse";
const _PTAPOE = "PutTrustedAccessProgramOrganizationEnrollment";
const _PTAPOER = "PutTrustedAccessProgramOrganizationEnrollmentRequest";
const _PTAPOERu = "PutTrustedAccessProgramOrganizationEnrollmentResponse";
const _PTAPPE = "PutTrustedAccessProgramProjectEnrollment";
const _PTAPPER = "PutTrustedAccessProgramProjectEnrollmentRequest";
const _PTAPPERu = "PutTrustedAccessProgramProjectEnrollmentResponse";
const _PTr = "PromptTemplate";
const _PUCFMA = "PutUseCaseForModelAccess";
const _PUCFMAR = "PutUseCaseForModelAccessRequest";
const _PUCFMARu = "PutUseCaseForModelAccessResponse";
const _QTC = "QueryTransformationConfiguration";
const _RAGC = "RetrieveAndGenerateConfiguration";
const _RAGCo = "RAGConfig";
const _RC = "RetrieveConfig";
const _RCa = "RagConfigs";
const _RCat = "RateCard";
const _RCo = "RoutingCriteria";
const _RF = "RetrievalFilter";
const _RFL = "RetrievalFilterList";
const _RFTC = "RFTConfig";
const _RFTHP = "RFTHyperParameters";
const _RIUE = "ResourceInUseException";
const _RMBF = "RequestMetadataBaseFilters";
const _RMF = "RequestMetadataFilters";
const _RMFL = "RequestMetadataFiltersList";
const _RMM = "RequestMetadataMap";
const _RMME = "RegisterMarketplaceModelEndpoint";
const _RMMER = "RegisterMarketplaceModelEndpointRequest";
const _RMMERe = "RegisterMarketplaceModelEndpointResponse";
const _RMSMC = "RerankingMetadataSelectiveModeConfiguration";
const _RNFE = "ResourceNotFoundException";
const _RS = "RatingScale";
const _RSI = "RatingScaleItem";
const _RSIV = "RatingScaleItemValue";
const _SAPOJ = "StopAdvancedPromptOptimizationJob";
const _SAPOJR = "StopAdvancedPromptOptimizationJobRequest";
const _SAPOJRt = "StopAdvancedPromptOptimizationJobResponse";
const _SARPBW = "StartAutomatedReasoningPolicyBuildWorkflow";
const _SARPBWR = "StartAutomatedReasoningPolicyBuildWorkflowRequest";
const _SARPBWRt = "StartAutomatedReasoningPolicyBuildWorkflowResponse";
const _SARPTW = "StartAutomatedReasoningPolicyTestWorkflow";
const _SARPTWR = "StartAutomatedReasoningPolicyTestWorkflowRequest";
const _SARPTWRt = "StartAutomatedReasoningPolicyTestWorkflowResponse";
const _SC = "S3Config";
const _SCG = "SelectiveContentGuarding";
const _SD = "StatusDetails";
const _SDS = "S3DataSource";
const _SEJ = "StopEvaluationJob";
const _SEJR = "StopEvaluationJobRequest";
const _SEJRt = "StopEvaluationJobResponse";
const _SMCJ = "StopModelCustomizationJob";
const _SMCJR = "StopModelCustomizationJobRequest";
const _SMCJRt = "StopModelCustomizationJobResponse";
const _SME = "SageMakerEndpoint";
const _SMIJ = "StopModelInvocationJob";
const _SMIJR = "StopModelInvocationJobRequest";
const _SMIJRt = "StopModelInvocationJobResponse";
const _SOD = "S3ObjectDoc";
const _SQEE = "ServiceQuotaExceededException";
const _ST = "SupportTerm";
const _STAPAA = "StartTrustedAccessProgramAccountApplication";
const _STAPAAR = "StartTrustedAccessProgramAccountApplicationRequest";
const _STAPAARt = "StartTrustedAccessProgramAccountApplicationResponse";
const _STAPOA = "StartTrustedAccessProgramOrganizationApplication";
const _STAPOAR = "StartTrustedAccessProgramOrganizationApplicationRequest";
const _STAPOARt = "StartTrustedAccessProgramOrganizationApplicationResponse";
const _STAPPA = "StartTrustedAccessProgramProjectApplication";
const _STAPPAR = "StartTrustedAccessProgramProjectApplicationRequest";
const _STAPPARt = "StartTrustedAccessProgramProjectApplicationResponse";
const _SUE = "ServiceUnavailableException";
const _T = "Tag";
const _TAPAR = "TrustedAccessProgramApplicationResult";
const _TAPAT = "TrustedAccessProgramApplicationToken";
const _TAPPH = "TrustedAccessProgramProviderHandoff";
const _TAPS = "TrustedAccessProgramSummary";
const _TAPSr = "TrustedAccessProgramSummaries";
const _TARC = "TrustedAccessResolutionContext";
const _TD = "TermDetails";
const _TDC = "TrainingDataConfig";
const _TDr = "TrainingDetails";
const _TE = "ThrottlingException";
const _TIC = "TextInferenceConfig";
const _TL = "TagList";
const _TM = "TrainingMetrics";
const _TMC = "TeacherModelConfig";
const _TMTE = "TooManyTagsException";
const _TPT = "TextPromptTemplate";
const _TR = "TagResource";
const _TRR = "TagResourceRequest";
const _TRRa = "TagResourceResponse";
const _UARP = "UpdateAutomatedReasoningPolicy";
const _UARPA = "UpdateAutomatedReasoningPolicyAnnotations";
const _UARPAR = "UpdateAutomatedReasoningPolicyAnnotationsRequest";
const _UARPARp = "UpdateAutomatedReasoningPolicyAnnotationsResponse";
const _UARPR = "UpdateAutomatedReasoningPolicyRequest";
const _UARPRp = "UpdateAutomatedReasoningPolicyResponse";
const _UARPTC = "UpdateAutomatedReasoningPolicyTestCase";
const _UARPTCR = "UpdateAutomatedReasoningPolicyTestCaseRequest";
const _UARPTCRp = "UpdateAutomatedReasoningPolicyTestCaseResponse";
const _UCMD = "UpdateCustomModelDeployment";
const _UCMDR = "UpdateCustomModelDeploymentRequest";
const _UCMDRp = "UpdateCustomModelDeploymentResponse";
const _UG = "UpdateGuardrail";
const _UGR = "UpdateGuardrailRequest";
const _UGRp = "UpdateGuardrailResponse";
const _UMME = "UpdateMarketplaceModelEndpoint";
const _UMMER = "UpdateMarketplaceModelEndpointRequest";
const _UMMERp = "UpdateMarketplaceModelEndpointResponse";
const _UP = "UpdateProject";
const _UPMT = "UpdateProvisionedModelThroughput";
const _UPMTR = "UpdateProvisionedModelThroughputRequest";
const _UPMTRp = "UpdateProvisionedModelThroughputResponse";
const _UPR = "UpdateProjectRequest";
const _UPRp = "UpdateProjectResponse";
const _UR = "UntagResource";
const _URR = "UntagResourceRequest";
const _URRn = "UntagResourceResponse";
const _V = "Validator";
const _VC = "VpcConfig";
const _VD = "ValidationDetails";
const _VDC = "ValidationDataConfig";
const _VE = "ValidationException";
const _VM = "ValidatorMetric";
const _VMa = "ValidationMetrics";
const _VSBRC = "VectorSearchBedrockRerankingConfiguration";
const _VSBRMC = "VectorSearchBedrockRerankingModelConfiguration";
const _VSRC = "VectorSearchRerankingConfiguration";
const _VT = "ValidityTerm";
const _Va = "Validators";
const _a = "arn";
const _aA = "archivedAt";
const _aAg = "agreementAvailability";
const _aAn = "andAll";
const _aD = "agreementDuration";
const _aDDE = "audioDataDeliveryEnabled";
const _aE = "alternateExpression";
const _aEc = "acceptEula";
const _aI = "assetId";
const _aIc = "accountId";
const _aJ = "accuracyJustification";
const _aM = "assetManifest";
const _aMRF = "additionalModelRequestFields";
const _aN = "assetName";
const _aPOJ = "advancedPromptOptimizationJobs";
const _aR = "addRule";
const _aRFNL = "addRuleFromNaturalLanguage";
const _aRP = "automatedReasoningPolicy";
const _aRPBWS = "automatedReasoningPolicyBuildWorkflowSummaries";
const _aRPC = "automatedReasoningPolicyConfig";
const _aRPS = "automatedReasoningPolicySummaries";
const _aS = "accuracyScore";
const _aSH = "annotationSetHash";
const _aSt = "atomicStatements";
const _aSu = "authorizationStatus";
const _aT = "assetType";
const _aTE = "applicationTypeEquals";
const _aTEA = "applicationTokenExpiresAt";
const _aTFR = "aggregatedTestFindingsResult";
const _aTV = "addTypeValue";
const _aTd = "addType";
const _aTp = "applicationType";
const _aTpp = "applicationToken";
const _aV = "addVariable";
const _ac = "action";
const _an = "annotation";
const _ann = "annotations";
const _au = "automated";
const _bC = "byteContent";
const _bCT = "byCustomizationType";
const _bEM = "bedrockEvaluatorModels";
const _bIM = "blockedInputMessaging";
const _bIT = "byInferenceType";
const _bKBI = "bedrockKnowledgeBaseIdentifiers";
const _bL = "buildLog";
const _bM = "bedrockModel";
const _bMA = "baseModelArn";
const _bMAE = "baseModelArnEquals";
const _bMI = "baseModelIdentifier";
const _bMIe = "bedrockModelIdentifiers";
const _bMN = "baseModelName";
const _bN = "bucketName";
const _bOM = "blockedOutputsMessaging";
const _bOMy = "byOutputModality";
const _bP = "byProvider";
const _bRC = "bedrockRerankingConfiguration";
const _bS = "buildSteps";
const _bSa = "batchSize";
const _bWA = "buildWorkflowAssets";
const _bWI = "buildWorkflowId";
const _bWT = "buildWorkflowType";
const _c = "client";
const _cA = "createdAt";
const _cAr = "createdAfter";
const _cB = "createdBy";
const _cBr = "createdBefore";
const _cC = "customizationConfig";
const _cD = "commitmentDuration";
const _cEKI = "customerEncryptionKeyId";
const _cET = "commitmentExpirationTime";
const _cF = "copyFrom";
const _cFS = "claimsFalseScenario";
const _cGP = "contextualGroundingPolicy";
const _cGPC = "contextualGroundingPolicyConfig";
const _cI = "configId";
const _cM = "customMetrics";
const _cMA = "customModelArn";
const _cMC = "customMetricConfig";
const _cMD = "customMetricDefinition";
const _cMDA = "customModelDeploymentArn";
const _cMDI = "customModelDeploymentIdentifier";
const _cMDN = "customModelDeploymentName";
const _cMDS = "customModelDataSource";
const _cMEMI = "customMetricsEvaluatorModelIdentifiers";
const _cMKKI = "customModelKmsKeyId";
const _cMN = "customModelName";
const _cMT = "customModelTags";
const _cMU = "customModelUnits";
const _cMUPMC = "customModelUnitsPerModelCopy";
const _cMUV = "customModelUnitsVersion";
const _cP = "contentPolicy";
const _cPC = "contentPolicyConfig";
const _cR = "contradictingRules";
const _cRC = "crossRegionConfig";
const _cRD = "crossRegionDetails";
const _cRT = "clientRequestToken";
const _cRo = "conflictingRules";
const _cS = "coverageScore";
const _cSu = "customizationsSupported";
const _cT = "creationTime";
const _cTA = "creationTimeAfter";
const _cTB = "creationTimeBefore";
const _cTS = "claimsTrueScenario";
const _cTl = "clientToken";
const _cTo = "confidenceThreshold";
const _cTon = "contentType";
const _cTu = "customizationType";
const _cWC = "cloudWatchConfig";
const _cl = "claims";
const _co = "confidence";
const _cod = "code";
const _con = "content";
const _cont = "context";
const _d = "description";
const _dC = "documentContent";
const _dCT = "documentContentType";
const _dCi = "distillationConfig";
const _dD = "documentDescription";
const _dH = "documentHash";
const _dHe = "definitionHash";
const _dI = "documentId";
const _dL = "datasetLocation";
const _dMA = "desiredModelArn";
const _dMC = "datasetMetricConfigs";
const _dMI = "desiredModelId";
const _dMU = "desiredModelUnits";
const _dN = "documentName";
const _dPD = "dataProcessingDetails";
const _dPMN = "desiredProvisionedModelName";
const _dR = "dataRetention";
const _dRS = "disjointRuleSets";
const _dRe = "deleteRule";
const _dS = "differenceScenarios";
const _dSo = "documentSources";
const _dT = "deleteType";
const _dTV = "deleteTypeValue";
const _dU = "detailsUrl";
const _dV = "deleteVariable";
const _da = "data";
const _dat = "dataset";
const _de = "definition";
const _di = "dimension";
const _do = "document";
const _doc = "documents";
const _e = "error";
const _eA = "endpointArn";
const _eAFR = "expectedAggregatedFindingsResult";
const _eAn = "entitlementAvailability";
const _eC = "evaluationConfig";
const _eCn = "endpointConfig";
const _eCp = "epochCount";
const _eDDE = "embeddingDataDeliveryEnabled";
const _eI = "endpointIdentifier";
const _eIv = "evalInterval";
const _eJ = "evaluationJobs";
const _eKA = "encryptionKeyArn";
const _eM = "errorMessage";
const _eMC = "evaluatorModelConfig";
const _eMI = "evaluatorModelIdentifiers";
const _eMx = "excludedModels";
const _eN = "endpointName";
const _eOLT = "endOfLifeTime";
const _eR = "expectedResult";
const _eRC = "errorRecordCount";
const _eRx = "executionRole";
const _eS = "eligibilityScope";
const _eSC = "externalSourcesConfiguration";
const _eSM = "endpointStatusMessage";
const _eSn = "endpointStatus";
const _eT = "endTime";
const _eTT = "evaluationTaskTypes";
const _eU = "enrollmentUrl";
const _en = "entries";
const _ena = "enabled";
const _eq = "equals";
const _er = "errors";
const _ex = "expression";
const _exa = "examples";
const _f = "feedback";
const _fC = "filtersConfig";
const _fD = "formData";
const _fDA = "flowDefinitionArn";
const _fM = "fallbackModel";
const _fMA = "foundationModelArn";
const _fMAE = "foundationModelArnEquals";
const _fMa = "failureMessage";
const _fMai = "failureMessages";
const _fN = "fieldName";
const _fR = "failureRecommendations";
const _fRi = "fidelityReport";
const _fTE = "fieldsToExclude";
const _fTI = "fieldsToInclude";
const _fV = "floatValue";
const _fi = "filters";
const _fil = "filter";
const _fo = "force";
const _g = "guardrails";
const _gA = "guardrailArn";
const _gC = "guardContent";
const _gCe = "generationConfiguration";
const _gCr = "graderConfig";
const _gCu = "guardrailConfiguration";
const _gCua = "guardrailsConfig";
const _gFRC = "generateFidelityReportContent";
const _gI = "guardrailIdentifier";
const _gIC = "guardrailInferenceConfig";
const _gIu = "guardrailId";
const _gJ = "groundingJustifications";
const _gPA = "guardrailProfileArn";
const _gPI = "guardrailProfileIdentifier";
const _gPIu = "guardrailProfileId";
const _gS = "groundingStatements";
const _gT = "greaterThan";
const _gTC = "generatedTestCases";
const _gTOE = "greaterThanOrEquals";
const _gV = "guardrailVersion";
const _h = "human";
const _hE = "httpError";
const _hH = "httpHeader";
const _hP = "hyperParameters";
const _hQ = "httpQuery";
const _hWC = "humanWorkflowConfig";
const _ht = "http";
const _i = "id";
const _iA = "inputAction";
const _iC = "inputConfig";
const _iCS = "inferenceConfigSummary";
const _iCn = "inferenceConfig";
const _iCng = "ingestContent";
const _iDC = "inputDataConfig";
const _iDDE = "imageDataDeliveryEnabled";
const _iE = "inputEnabled";
const _iFC = "implicitFilterConfiguration";
const _iIC = "initialInstanceCount";
const _iJS = "invocationJobSummaries";
const _iLC = "invocationLogsConfig";
const _iLS = "invocationLogSource";
const _iM = "inputModalities";
const _iMA = "importedModelArn";
const _iMKKA = "importedModelKmsKeyArn";
const _iMKKI = "importedModelKmsKeyId";
const _iMN = "importedModelName";
const _iMT = "importedModelTags";
const _iMTn = "inferenceMaxTokens";
const _iMn = "includedModels";
const _iO = "isOwned";
const _iP = "inferenceParams";
const _iPA = "inferenceProfileArn";
const _iPI = "inferenceProfileIdentifier";
const _iPIn = "inferenceProfileId";
const _iPN = "inferenceProfileName";
const _iPS = "inferenceProfileSummaries";
const _iRC = "iterativeRefinementContent";
const _iS = "instructSupported";
const _iSI = "inferenceSourceIdentifier";
const _iSn = "inputStrength";
const _iT = "inputTags";
const _iTS = "inferenceTypesSupported";
const _iTd = "idempotencyToken";
const _iTn = "instanceType";
const _id = "identifier";
const _im = "impossible";
const _in = "instructions";
const _in_ = "in";
const _inv = "invalid";
const _jA = "jobArn";
const _jD = "jobDescription";
const _jET = "jobExpirationTime";
const _jI = "jobIdentifier";
const _jIo = "jobIdentifiers";
const _jN = "jobName";
const _jS = "jobStatus";
const _jSo = "jobSummaries";
const _jT = "jobTags";
const _jTo = "jobType";
const _k = "key";
const _kBC = "knowledgeBaseConfiguration";
const _kBCn = "knowledgeBaseConfig";
const _kBI = "knowledgeBaseId";
const _kBRC = "knowledgeBaseRetrievalConfiguration";
const _kEK = "kmsEncryptionKey";
const _kIC = "kbInferenceConfig";
const _kKA = "kmsKeyArn";
const _kKI = "kmsKeyId";
const _kKS = "kmsKeyStatus";
const _kP = "keyPrefix";
const _l = "logic";
const _lA = "lambdaArn";
const _lC = "loggingConfig";
const _lCi = "listContains";
const _lDDSC = "largeDataDeliveryS3Config";
const _lG = "lambdaGrader";
const _lGN = "logGroupName";
const _lMT = "lastModifiedTime";
const _lN = "lineNumber";
const _lR = "learningRate";
const _lT = "lineText";
const _lTOE = "lessThanOrEquals";
const _lTe = "legacyTime";
const _lTeg = "legalTerm";
const _lTes = "lessThan";
const _lUA = "lastUpdatedAt";
const _lUASH = "lastUpdatedAnnotationSetHash";
const _lUDH = "lastUpdatedDefinitionHash";
const _lW = "logicWarning";
const _la = "latency";
const _li = "lines";
const _lin = "line";
const _lo = "location";
const _m = "message";
const _mA = "modelArn";
const _mAE = "modelArnEquals";
const _mAe = "metadataAttributes";
const _mAo = "modelArchitecture";
const _mC = "modelConfigurations";
const _mCJS = "modelCopyJobSummaries";
const _mCJSo = "modelCustomizationJobSummaries";
const _mCS = "modelConfigSummary";
const _mCe = "metadataConfiguration";
const _mCo = "modelConfiguration";
const _mD = "modelDetails";
const _mDN = "modelDeploymentName";
const _mDS = "modelDataSource";
const _mDSo = "modelDeploymentSummaries";
const _mE = "modelEnforcement";
const _mI = "modelIdentifier";
const _mIJS = "modelImportJobSummaries";
const _mIT = "modelInvocationType";
const _mIo = "modelId";
const _mIod = "modelIdentifiers";
const _mKKA = "modelKmsKeyArn";
const _mKKI = "modelKmsKeyId";
const _mL = "modelLifecycle";
const _mME = "marketplaceModelEndpoint";
const _mMEa = "marketplaceModelEndpoints";
const _mN = "modelName";
const _mNe = "metricNames";
const _mP = "modelProvider";
const _mPA = "modelPackageArn";
const _mPADS = "modelPackageArnDataSource";
const _mPL = "maxPromptLength";
const _mR = "maxResults";
const _mRLFI = "maxResponseLengthForInference";
const _mS = "modelSource";
const _mSC = "modelSourceConfig";
const _mSE = "modelSourceEquals";
const _mSI = "modelSourceIdentifier";
const _mSo = "modelStatus";
const _mSod = "modelSummaries";
const _mT = "messageType";
const _mTa = "maxTokens";
const _mTo = "modelTags";
const _mU = "modelUnits";
const _mWL = "managedWordLists";
const _mWLC = "managedWordListsConfig";
const _me = "messages";
const _mo = "models";
const _mod = "mode";
const _mu = "mutation";
const _n = "name";
const _nC = "nameContains";
const _nE = "notEquals";
const _nI = "notIn";
const _nL = "naturalLanguage";
const _nN = "newName";
const _nOR = "numberOfResults";
const _nORR = "numberOfRerankedResults";
const _nT = "nextToken";
const _nTo = "noTranslations";
const _nV = "newValue";
const _o = "owner";
const _oA = "outputAction";
const _oAI = "ownerAccountId";
const _oAr = "orAll";
const _oC = "outputConfig";
const _oCr = "orchestrationConfiguration";
const _oDC = "outputDataConfig";
const _oE = "outputEnabled";
const _oI = "optIn";
const _oIf = "offerId";
const _oM = "outputModalities";
const _oMA = "outputModelArn";
const _oMKKA = "outputModelKmsKeyArn";
const _oMN = "outputModelName";
const _oMNC = "outputModelNameContains";
const _oS = "outputStrength";
const _oST = "overrideSearchType";
const _oT = "offerToken";
const _oTf = "offerType";
const _of = "offers";
const _op = "options";
const _p = "premises";
const _pA = "policyArn";
const _pAr = "projectArn";
const _pC = "performanceConfig";
const _pD = "policyDefinition";
const _pDR = "policyDefinitionRule";
const _pDT = "policyDefinitionType";
const _pDV = "policyDefinitionVariable";
const _pE = "priorElement";
const _pEAT = "publicExtendedAccessTime";
const _pEC = "piiEntitiesConfig";
const _pEi = "piiEntities";
const _pH = "providerHandoff";
const _pI = "projectIdentifier";
const _pIS = "precomputedInferenceSource";
const _pISI = "precomputedInferenceSourceIdentifiers";
const _pIo = "policyId";
const _pIr = "programIdentifier";
const _pIro = "programId";
const _pMA = "provisionedModelArn";
const _pMI = "provisionedModelId";
const _pMN = "provisionedModelName";
const _pMS = "provisionedModelSummaries";
const _pN = "pageNumber";
const _pNr = "providerName";
const _pRA = "promptRouterArn";
const _pRAo = "policyRepairAssets";
const _pRC = "processedRecordCount";
const _pRN = "promptRouterName";
const _pRS = "promptRouterSummaries";
const _pRSC = "precomputedRagSourceConfig";
const _pRSI = "precomputedRagSourceIdentifiers";
const _pS = "policyScenarios";
const _pSr = "projectSummaries";
const _pSro = "programSummaries";
const _pT = "promptTemplate";
const _pV = "policyVariable";
const _pVA = "policyVersionArn";
const _pa = "pattern";
const _pl = "planning";
const _po = "policies";
const _pr = "price";
const _qC = "queryContent";
const _qR = "qualityReport";
const _qTC = "queryTransformationConfiguration";
const _r = "rule";
const _rA = "roleArn";
const _rAGC = "retrieveAndGenerateConfig";
const _rAGSC = "retrieveAndGenerateSourceConfig";
const _rARN = "resourceARN";
const _rAe = "resourceArn";
const _rAeg = "regionAvailability";
const _rC = "ruleCount";
const _rCS = "ragConfigSummary";
const _rCa = "rateCard";
const _rCag = "ragConfigs";
const _rCe = "regexesConfig";
const _rCer = "rerankingConfiguration";
const _rCet = "retrievalConfiguration";
const _rCetr = "retrieveConfig";
const _rCf = "rftConfig";
const _rCo = "routingCriteria";
const _rE = "reasoningEffort";
const _rF = "resolvedFor";
const _rI = "ruleId";
const _rIa = "ragIdentifiers";
const _rIu = "ruleIds";
const _rM = "ratingMethod";
const _rMF = "requestMetadataFilters";
const _rN = "resourceName";
const _rP = "resourcePolicy";
const _rPD = "refundPolicyDescription";
const _rQD = "responseQualityDifference";
const _rR = "ruleReports";
const _rS = "ratingScale";
const _rSC = "retrieveSourceConfig";
const _rSI = "ragSourceIdentifier";
const _rSS = "responseStreamingSupported";
const _re = "regexes";
const _res = "result";
const _ru = "rules";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.bedrock";
const _sAE = "sourceAccountEquals";
const _sAI = "sourceAccountId";
const _sB = "sortBy";
const _sBA = "s3BucketArn";
const _sBO = "s3BucketOwner";
const _sBS = "s3BucketStatus";
const _sC = "storageConfiguration";
const _sCG = "selectiveContentGuarding";
const _sCo = "s3Config";
const _sCou = "sourceContent";
const _sCt = "stringContains";
const _sD = "storageDestination";
const _sDS = "s3DataSource";
const _sDt = "statusDetails";
const _sE = "scenarioExpression";
const _sEKI = "s3EncryptionKeyId";
const _sEt = "statusEquals";
const _sF = "statusFilter";
const _sGI = "securityGroupIds";
const _sI = "statementId";
const _sIDC = "s3InputDataConfig";
const _sIF = "s3InputFormat";
const _sIP = "sensitiveInformationPolicy";
const _sIPC = "sensitiveInformationPolicyConfig";
const _sIu = "subnetIds";
const _sL = "s3Location";
const _sM = "statusMessage";
const _sMA = "sourceModelArn";
const _sMAE = "sourceModelArnEquals";
const _sMC = "selectiveModeConfiguration";
const _sMN = "sourceModelName";
const _sMa = "sageMaker";
const _sMe = "selectionMode";
const _sO = "sortOrder";
const _sODC = "s3OutputDataConfig";
const _sOLT = "startOfLifeTime";
const _sR = "supportingRules";
const _sRC = "successRecordCount";
const _sRt = "statusReasons";
const _sRta = "statusReason";
const _sS = "stopSequences";
const _sT = "sourceType";
const _sTA = "submitTimeAfter";
const _sTB = "submitTimeBefore";
const _sTu = "submitTime";
const _sTup = "supportTerm";
const _sU = "s3Uri";
const _sV = "stringValue";
const _sW = "startsWith";
const _sa = "satisfiable";
const _sc = "scope";
const _sce = "scenario";
const _se = "server";
const _so = "sources";
const _sou = "source";
const _st = "status";
const _sta = "statements";
const _sy = "system";
const _t = "translation";
const _tA = "translationAmbiguous";
const _tC = "typeCount";
const _tCI = "testCaseId";
const _tCIe = "testCaseIds";
const _tCe = "testCase";
const _tCes = "testCases";
const _tCi = "tierConfig";
const _tCo = "topicsConfig";
const _tCoo = "tooComplex";
const _tD = "termDetails";
const _tDC = "trainingDataConfig";
const _tDDE = "textDataDeliveryEnabled";
const _tDIH = "timeoutDurationInHours";
const _tDr = "trainingDetails";
const _tE = "typeEquals";
const _tF = "testFindings";
const _tIC = "textInferenceConfig";
const _tK = "tagKeys";
const _tL = "trainingLoss";
const _tM = "trainingMetrics";
const _tMA = "targetModelArn";
const _tMC = "teacherModelConfig";
const _tMI = "teacherModelIdentifier";
const _tMKKA = "targetModelKmsKeyArn";
const _tMN = "targetModelName";
const _tMNC = "targetModelNameContains";
const _tMT = "targetModelTags";
const _tN = "typeName";
const _tNi = "tierName";
const _tP = "topicPolicy";
const _tPC = "topicPolicyConfig";
const _tPT = "textPromptTemplate";
const _tPo = "topP";
const _tR = "testResult";
const _tRC = "totalRecordCount";
const _tRR = "testRunResult";
const _tRS = "testRunStatus";
const _tRe = "testResults";
const _tSPP = "trainingSamplePerPrompt";
const _tT = "taskType";
const _ta = "tags";
const _te = "text";
const _tem = "temperature";
const _th = "threshold";
const _ti = "tier";
const _to = "topics";
const _tr = "translations";
const _ty = "type";
const _typ = "types";
const _u = "unit";
const _uA = "updatedAt";
const _uB = "updatedBy";
const _uBPT = "usageBasedPricingTerm";
const _uC = "untranslatedClaims";
const _uD = "updateDetails";
const _uFRF = "updateFromRulesFeedback";
const _uFSF = "updateFromScenarioFeedback";
const _uP = "untranslatedPremises";
const _uPR = "usePromptResponse";
const _uR = "updateRule";
const _uS = "updateStatus";
const _uT = "unusedTypes";
const _uTV = "unusedTypeValues";
const _uTVp = "updateTypeValue";
const _uTp = "updateType";
const _uV = "unusedVariables";
const _uVp = "updateVariable";
const _ur = "url";
const _uri = "uri";
const _v = "values";
const _vC = "variableCount";
const _vCp = "vpcConfig";
const _vD = "validationDetails";
const _vDC = "validationDataConfig";
const _vDDE = "videoDataDeliveryEnabled";
const _vL = "validationLoss";
const _vM = "validationMetrics";
const _vN = "valueName";
const _vR = "variableReports";
const _vSC = "vectorSearchConfiguration";
const _vT = "validityTerm";
const _va = "value";
const _val = "validators";
const _vali = "valid";
const _var = "variable";
const _vari = "variables";
const _ve = "version";
const _vp = "vpc";
const _w = "words";
const _wC = "workflowContent";
const _wCo = "wordsConfig";
const _wP = "wordPolicy";
const _wPC = "wordPolicyConfig";
const _xact = "x-amz-client-token";
const n0 = "com.amazonaws.bedrock";
const _s_registry = new TypeRegistry(_s);
var BedrockServiceException$ = [-3, _s, "BedrockServiceException", 0, [], []];
_s_registry.registerError(BedrockServiceException$, BedrockServiceException);
const n0_registry = new TypeRegistry(n0);
var AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_m],
    [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var InternalServerException$ = [-3, n0, _ISE,
    { [_e]: _se, [_hE]: 500 },
    [_m],
    [0]
];
n0_registry.registerError(InternalServerException$, InternalServerException);
var ResourceInUseException$ = [-3, n0, _RIUE,
    { [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ServiceQuotaExceededException$ = [-3, n0, _SQEE,
    { [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var ServiceUnavailableException$ = [-3, n0, _SUE,
    { [_e]: _se, [_hE]: 503 },
    [_m],
    [0]
];
n0_registry.registerError(ServiceUnavailableException$, ServiceUnavailableException);
var ThrottlingException$ = [-3, n0, _TE,
    { [_e]: _c, [_hE]: 429 },
    [_m],
    [0]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var TooManyTagsException$ = [-3, n0, _TMTE,
    { [_e]: _c, [_hE]: 400 },
    [_m, _rN],
    [0, 0]
];
n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
var ValidationException$ = [-3, n0, _VE,
    { [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ValidationException$, ValidationException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AutomatedReasoningLogicStatementContent = [0, n0, _ARLSC, 8, 0];
var AutomatedReasoningNaturalLanguageStatementContent = [0, n0, _ARNLSC, 8, 0];
var AutomatedReasoningPolicyAnnotationFeedbackNaturalLanguage = [0, n0, _ARPAFNL, 8, 0];
var AutomatedReasoningPolicyAnnotationIngestContent = [0, n0, _ARPAIC, 8, 0];
var AutomatedReasoningPolicyAnnotationRuleNaturalLanguage = [0, n0, _ARPARNL, 8, 0];
var AutomatedReasoningPolicyBuildDocumentBlob = [0, n0, _ARPBDB, 8, 21];
var AutomatedReasoningPolicyBuildDocumentDescription = [0, n0, _ARPBDD, 8, 0];
var AutomatedReasoningPolicyBuildDocumentName = [0, n0, _ARPBDN, 8, 0];
var AutomatedReasoningPolicyBuildFeedback = [0, n0, _ARPBF, 8, 0];
var AutomatedReasoningPolicyBuildResultAssetName = [0, n0, _ARPBRAN, 8, 0];
var AutomatedReasoningPolicyDefinitionRuleAlternateExpression = [0, n0, _ARPDRAE, 8, 0];
var AutomatedReasoningPolicyDefinitionRuleExpression = [0, n0, _ARPDRE, 8, 0];
var AutomatedReasoningPolicyDefinitionTypeDescription = [0, n0, _ARPDTD, 8, 0];
var AutomatedReasoningPolicyDefinitionTypeName = [0, n0, _ARPDTN, 8, 0];
var AutomatedReasoningPolicyDefinitionTypeValueDescription = [0, n0, _ARPDTVD, 8, 0];
var AutomatedReasoningPolicyDefinitionVariableDescription = [0, n0, _ARPDVD, 8, 0];
var AutomatedReasoningPolicyDefinitionVariableName = [0, n0, _ARPDVN, 8, 0];
var AutomatedReasoningPolicyDescription = [0, n0, _ARPD, 8, 0];
var AutomatedReasoningPolicyJustificationText = [0, n0, _ARPJT, 8, 0];
var AutomatedReasoningPolicyLineText = [0, n0, _ARPLT, 8, 0];
var AutomatedReasoningPolicyName = [0, n0, _ARPN, 8, 0];
var AutomatedReasoningPolicyScenarioAlternateExpression = [0, n0, _ARPSAE, 8, 0];
var AutomatedReasoningPolicyScenarioExpression = [0, n0, _ARPSE, 8, 0];
var AutomatedReasoningPolicyStatementText = [0, n0, _ARPST, 8, 0];
var AutomatedReasoningPolicyTestGuardContent = [0, n0, _ARPTGC, 8, 0];
var AutomatedReasoningPolicyTestQueryContent = [0, n0, _ARPTQC, 8, 0];
var ByteContentBlob = [0, n0, _BCB, 8, 21];
var EvaluationDatasetName = [0, n0, _EDN, 8, 0];
var EvaluationJobDescription = [0, n0, _EJD, 8, 0];
var EvaluationJobIdentifier = [0, n0, _EJI, 8, 0];
var EvaluationMetricDescription = [0, n0, _EMD, 8, 0];
var EvaluationMetricName = [0, n0, _EMN, 8, 0];
var EvaluationModelInferenceParams = [0, n0, _EMIP, 8, 0];
var GuardrailBlockedMessaging = [0, n0, _GBM, 8, 0];
var GuardrailContentFilterAction$1 = [0, n0, _GCFA, 8, 0];
var GuardrailContentFiltersTierName$1 = [0, n0, _GCFTN, 8, 0];
var GuardrailContextualGroundingAction$1 = [0, n0, _GCGA, 8, 0];
var GuardrailContextualGroundingTierName$1 = [0, n0, _GCGTN, 8, 0];
var GuardrailDescription = [0, n0, _GD, 8, 0];
var GuardrailFailureRecommendation = [0, n0, _GFR, 8, 0];
var GuardrailModality$1 = [0, n0, _GM, 8, 0];
var GuardrailName = [0, n0, _GN, 8, 0];
var GuardrailStatusReason = [0, n0, _GSR, 8, 0];
var GuardrailTopicAction$1 = [0, n0, _GTA, 8, 0];
var GuardrailTopicDefinition = [0, n0, _GTD, 8, 0];
var GuardrailTopicExample = [0, n0, _GTE, 8, 0];
var GuardrailTopicName = [0, n0, _GTN, 8, 0];
var GuardrailTopicsTierName$1 = [0, n0, _GTTN, 8, 0];
var GuardrailWordAction$1 = [0, n0, _GWA, 8, 0];
var HumanTaskInstructions = [0, n0, _HTI, 8, 0];
var Identifier = [0, n0, _I, 8, 0];
var InferenceProfileDescription = [0, n0, _IPD, 8, 0];
var Message = [0, n0, _M, 8, 0];
var MetricName = [0, n0, _MN, 8, 0];
var ProjectName = [0, n0, _PN, 8, 0];
var PromptRouterDescription = [0, n0, _PRD, 8, 0];
var TextPromptTemplate = [0, n0, _TPT, 8, 0];
var TrustedAccessProgramApplicationToken = [0, n0, _TAPAT, 8, 0];
var AccountEnforcedGuardrailInferenceInputConfiguration$ = [3, n0, _AEGIIC,
    0,
    [_gI, _gV, _sCG, _mE],
    [0, 0, () => SelectiveContentGuarding$, () => ModelEnforcement$], 2
];
var AccountEnforcedGuardrailOutputConfiguration$ = [3, n0, _AEGOC,
    0,
    [_cI, _gA, _gIu, _iT, _sCG, _gV, _cA, _cB, _uA, _uB, _o, _mE],
    [0, 0, 0, 0, () => SelectiveContentGuarding$, 0, 5, 0, 5, 0, 0, () => ModelEnforcement$]
];
var AdvancedPromptOptimizationInputConfig$ = [3, n0, _APOIC,
    0,
    [_sU],
    [0], 1
];
var AdvancedPromptOptimizationJobSummary$ = [3, n0, _APOJS,
    0,
    [_jA, _jN, _jS, _cT, _lMT],
    [0, 0, 0, 5, 5], 4
];
var AdvancedPromptOptimizationOutputConfig$ = [3, n0, _APOOC,
    0,
    [_sU],
    [0], 1
];
var AgreementAvailability$ = [3, n0, _AA,
    0,
    [_st, _eM],
    [0, 0], 1
];
var ArchiveProjectRequest$ = [3, n0, _APR,
    0,
    [_pI],
    [[0, 1]], 1
];
var ArchiveProjectResponse$ = [3, n0, _APRr,
    0,
    [_i, _a, _n, _st, _cA, _dR, _aA],
    [0, 0, [() => ProjectName, 0], 0, 5, () => ProjectDataRetention$, 5], 6
];
var AutomatedEvaluationConfig$ = [3, n0, _AEC,
    0,
    [_dMC, _eMC, _cMC],
    [[() => EvaluationDatasetMetricConfigs, 0], () => EvaluatorModelConfig$, [() => AutomatedEvaluationCustomMetricConfig$, 0]], 1
];
var AutomatedEvaluationCustomMetricConfig$ = [3, n0, _AECMC,
    0,
    [_cM, _eMC],
    [[() => AutomatedEvaluationCustomMetrics, 0], () => CustomMetricEvaluatorModelConfig$], 2
];
var AutomatedReasoningCheckImpossibleFinding$ = [3, n0, _ARCIF,
    0,
    [_t, _cR, _lW],
    [[() => AutomatedReasoningCheckTranslation$, 0], () => AutomatedReasoningCheckRuleList, [() => AutomatedReasoningCheckLogicWarning$, 0]]
];
var AutomatedReasoningCheckInputTextReference$ = [3, n0, _ARCITR,
    0,
    [_te],
    [[() => AutomatedReasoningNaturalLanguageStatementContent, 0]]
];
var AutomatedReasoningCheckInvalidFinding$ = [3, n0, _ARCIFu,
    0,
    [_t, _cR, _lW],
    [[() => AutomatedReasoningCheckTranslation$, 0], () => AutomatedReasoningCheckRuleList, [() => AutomatedReasoningCheckLogicWarning$, 0]]
];
var AutomatedReasoningCheckLogicWarning$ = [3, n0, _ARCLW,
    0,
    [_ty, _p, _cl],
    [0, [() => AutomatedReasoningLogicStatementList, 0], [() => AutomatedReasoningLogicStatementList, 0]]
];
var AutomatedReasoningCheckNoTranslationsFinding$ = [3, n0, _ARCNTF,
    0,
    [],
    []
];
var AutomatedReasoningCheckRule$ = [3, n0, _ARCR,
    0,
    [_i, _pVA],
    [0, 0]
];
var AutomatedReasoningCheckSatisfiableFinding$ = [3, n0, _ARCSF,
    0,
    [_t, _cTS, _cFS, _lW],
    [[() => AutomatedReasoningCheckTranslation$, 0], [() => AutomatedReasoningCheckScenario$, 0], [() => AutomatedReasoningCheckScenario$, 0], [() => AutomatedReasoningCheckLogicWarning$, 0]]
];
var AutomatedReasoningCheckScenario$ = [3, n0, _ARCS,
    0,
    [_sta],
    [[() => AutomatedReasoningLogicStatementList, 0]]
];
var AutomatedReasoningCheckTooComplexFinding$ = [3, n0, _ARCTCF,
    0,
    [],
    []
];
var AutomatedReasoningCheckTranslation$ = [3, n0, _ARCT,
    0,
    [_cl, _co, _p, _uP, _uC],
    [[() => AutomatedReasoningLogicStatementList, 0], 1, [() => AutomatedReasoningLogicStatementList, 0], [() => AutomatedReasoningCheckInputTextReferenceList, 0], [() => AutomatedReasoningCheckInputTextReferenceList, 0]], 2
];
var AutomatedReasoningCheckTranslationAmbiguousFinding$ = [3, n0, _ARCTAF,
    0,
    [_op, _dS],
    [[() => AutomatedReasoningCheckTranslationOptionList, 0], [() => AutomatedReasoningCheckDifferenceScenarioList, 0]]
];
var AutomatedReasoningCheckTranslationOption$ = [3, n0, _ARCTO,
    0,
    [_tr],
    [[() => AutomatedReasoningCheckTranslationList, 0]]
];
var AutomatedReasoningCheckValidFinding$ = [3, n0, _ARCVF,
    0,
    [_t, _cTS, _sR, _lW],
    [[() => AutomatedReasoningCheckTranslation$, 0], [() => AutomatedReasoningCheckScenario$, 0], () => AutomatedReasoningCheckRuleList, [() => AutomatedReasoningCheckLogicWarning$, 0]]
];
var AutomatedReasoningLogicStatement$ = [3, n0, _ARLS,
    0,
    [_l, _nL],
    [[() => AutomatedReasoningLogicStatementContent, 0], [() => AutomatedReasoningNaturalLanguageStatementContent, 0]], 1
];
var AutomatedReasoningPolicyAddRuleAnnotation$ = [3, n0, _ARPARA,
    0,
    [_ex],
    [[() => AutomatedReasoningPolicyDefinitionRuleExpression, 0]], 1
];
var AutomatedReasoningPolicyAddRuleFromNaturalLanguageAnnotation$ = [3, n0, _ARPARFNLA,
    0,
    [_nL],
    [[() => AutomatedReasoningPolicyAnnotationRuleNaturalLanguage, 0]], 1
];
var AutomatedReasoningPolicyAddRuleMutation$ = [3, n0, _ARPARM,
    0,
    [_r],
    [[() => AutomatedReasoningPolicyDefinitionRule$, 0]], 1
];
var AutomatedReasoningPolicyAddTypeAnnotation$ = [3, n0, _ARPATA,
    0,
    [_n, _d, _v],
    [[() => AutomatedReasoningPolicyDefinitionTypeName, 0], [() => AutomatedReasoningPolicyDefinitionTypeDescription, 0], [() => AutomatedReasoningPolicyDefinitionTypeValueList, 0]], 3
];
var AutomatedReasoningPolicyAddTypeMutation$ = [3, n0, _ARPATM,
    0,
    [_ty],
    [[() => AutomatedReasoningPolicyDefinitionType$, 0]], 1
];
var AutomatedReasoningPolicyAddTypeValue$ = [3, n0, _ARPATV,
    0,
    [_va, _d],
    [0, [() => AutomatedReasoningPolicyDefinitionTypeValueDescription, 0]], 1
];
var AutomatedReasoningPolicyAddVariableAnnotation$ = [3, n0, _ARPAVA,
    0,
    [_n, _ty, _d],
    [[() => AutomatedReasoningPolicyDefinitionVariableName, 0], [() => AutomatedReasoningPolicyDefinitionTypeName, 0], [() => AutomatedReasoningPolicyDefinitionVariableDescription, 0]], 3
];
var AutomatedReasoningPolicyAddVariableMutation$ = [3, n0, _ARPAVM,
    0,
    [_var],
    [[() => AutomatedReasoningPolicyDefinitionVariable$, 0]], 1
];
var AutomatedReasoningPolicyAnnotatedChunk$ = [3, n0, _ARPAC,
    0,
    [_con, _pN],
    [[() => AutomatedReasoningPolicyAnnotatedContentList, 0], 1], 1
];
var AutomatedReasoningPolicyAnnotatedLine$ = [3, n0, _ARPAL,
    0,
    [_lN, _lT],
    [1, [() => AutomatedReasoningPolicyLineText, 0]]
];
var AutomatedReasoningPolicyAtomicStatement$ = [3, n0, _ARPAS,
    0,
    [_i, _te, _lo],
    [0, [() => AutomatedReasoningPolicyStatementText, 0], () => AutomatedReasoningPolicyStatementLocation$], 3
];
var AutomatedReasoningPolicyBuildLog$ = [3, n0, _ARPBL,
    0,
    [_en],
    [[() => AutomatedReasoningPolicyBuildLogEntryList, 0]], 1
];
var AutomatedReasoningPolicyBuildLogEntry$ = [3, n0, _ARPBLE,
    0,
    [_an, _st, _bS],
    [[() => AutomatedReasoningPolicyAnnotation$, 0], 0, [() => AutomatedReasoningPolicyBuildStepList, 0]], 3
];
var AutomatedReasoningPolicyBuildResultAssetManifest$ = [3, n0, _ARPBRAM,
    0,
    [_en],
    [[() => AutomatedReasoningPolicyBuildResultAssetManifestList, 0]], 1
];
var AutomatedReasoningPolicyBuildResultAssetManifestEntry$ = [3, n0, _ARPBRAME,
    0,
    [_aT, _aN, _aI],
    [0, [() => AutomatedReasoningPolicyBuildResultAssetName, 0], 0], 1
];
var AutomatedReasoningPolicyBuildStep$ = [3, n0, _ARPBS,
    0,
    [_cont, _me, _pE],
    [[() => AutomatedReasoningPolicyBuildStepContext$, 0], () => AutomatedReasoningPolicyBuildStepMessageList, [() => AutomatedReasoningPolicyDefinitionElement$, 0]], 2
];
var AutomatedReasoningPolicyBuildStepMessage$ = [3, n0, _ARPBSM,
    0,
    [_m, _mT],
    [0, 0], 2
];
var AutomatedReasoningPolicyBuildWorkflowDocument$ = [3, n0, _ARPBWD,
    0,
    [_do, _dCT, _dN, _dD],
    [[() => AutomatedReasoningPolicyBuildDocumentBlob, 0], 0, [() => AutomatedReasoningPolicyBuildDocumentName, 0], [() => AutomatedReasoningPolicyBuildDocumentDescription, 0]], 3
];
var AutomatedReasoningPolicyBuildWorkflowRepairContent$ = [3, n0, _ARPBWRC,
    0,
    [_ann],
    [[() => AutomatedReasoningPolicyAnnotationList, 0]], 1
];
var AutomatedReasoningPolicyBuildWorkflowSource$ = [3, n0, _ARPBWS,
    0,
    [_pD, _wC],
    [[() => AutomatedReasoningPolicyDefinition$, 0], [() => AutomatedReasoningPolicyWorkflowTypeContent$, 0]]
];
var AutomatedReasoningPolicyBuildWorkflowSummary$ = [3, n0, _ARPBWSu,
    0,
    [_pA, _bWI, _st, _bWT, _cA, _uA],
    [0, 0, 0, 0, 5, 5], 6
];
var AutomatedReasoningPolicyDefinition$ = [3, n0, _ARPDu,
    0,
    [_ve, _typ, _ru, _vari],
    [0, [() => AutomatedReasoningPolicyDefinitionTypeList, 0], [() => AutomatedReasoningPolicyDefinitionRuleList, 0], [() => AutomatedReasoningPolicyDefinitionVariableList, 0]]
];
var AutomatedReasoningPolicyDefinitionQualityReport$ = [3, n0, _ARPDQR,
    0,
    [_tC, _vC, _rC, _uT, _uTV, _uV, _cRo, _dRS],
    [1, 1, 1, [() => AutomatedReasoningPolicyDefinitionTypeNameList, 0], [() => AutomatedReasoningPolicyDefinitionTypeValuePairList, 0], [() => AutomatedReasoningPolicyDefinitionVariableNameList, 0], 64 | 0, [() => AutomatedReasoningPolicyDisjointRuleSetList, 0]], 8
];
var AutomatedReasoningPolicyDefinitionRule$ = [3, n0, _ARPDR,
    0,
    [_i, _ex, _aE],
    [0, [() => AutomatedReasoningPolicyDefinitionRuleExpression, 0], [() => AutomatedReasoningPolicyDefinitionRuleAlternateExpression, 0]], 2
];
var AutomatedReasoningPolicyDefinitionType$ = [3, n0, _ARPDT,
    0,
    [_n, _v, _d],
    [[() => AutomatedReasoningPolicyDefinitionTypeName, 0], [() => AutomatedReasoningPolicyDefinitionTypeValueList, 0], [() => AutomatedReasoningPolicyDefinitionTypeDescription, 0]], 2
];
var AutomatedReasoningPolicyDefinitionTypeValue$ = [3, n0, _ARPDTV,
    0,
    [_va, _d],
    [0, [() => AutomatedReasoningPolicyDefinitionTypeValueDescription, 0]], 1
];
var AutomatedReasoningPolicyDefinitionTypeValuePair$ = [3, n0, _ARPDTVP,
    0,
    [_tN, _vN],
    [[() => AutomatedReasoningPolicyDefinitionTypeName, 0], 0], 2
];
var AutomatedReasoningPolicyDefinitionVariable$ = [3, n0, _ARPDV,
    0,
    [_n, _ty, _d],
    [[() => AutomatedReasoningPolicyDefinitionVariableName, 0], [() => AutomatedReasoningPolicyDefinitionTypeName, 0], [() => AutomatedReasoningPolicyDefinitionVariableDescription, 0]], 3
];
var AutomatedReasoningPolicyDeleteRuleAnnotation$ = [3, n0, _ARPDRA,
    0,
    [_rI],
    [0], 1
];
var AutomatedReasoningPolicyDeleteRuleMutation$ = [3, n0, _ARPDRM,
    0,
    [_i],
    [0], 1
];
var AutomatedReasoningPolicyDeleteTypeAnnotation$ = [3, n0, _ARPDTA,
    0,
    [_n],
    [[() => AutomatedReasoningPolicyDefinitionTypeName, 0]], 1
];
var AutomatedReasoningPolicyDeleteTypeMutation$ = [3, n0, _ARPDTM,
    0,
    [_n],
    [[() => AutomatedReasoningPolicyDefinitionTypeName, 0]], 1
];
var AutomatedReasoningPolicyDeleteTypeValue$ = [3, n0, _ARPDTVu,
    0,
    [_va],
    [0], 1
];
var AutomatedReasoningPolicyDeleteVariableAnnotation$ = [3, n0, _ARPDVA,
    0,
    [_n],
    [[() => AutomatedReasoningPolicyDefinitionVariableName, 0]], 1
];
var AutomatedReasoningPolicyDeleteVariableMutation$ = [3, n0, _ARPDVM,
    0,
    [_n],
    [[() => AutomatedReasoningPolicyDefinitionVariableName, 0]], 1
];
var AutomatedReasoningPolicyDisjointRuleSet$ = [3, n0, _ARPDRS,
    0,
    [_vari, _ru],
    [[() => AutomatedReasoningPolicyDefinitionVariableNameList, 0], 64 | 0], 2
];
var AutomatedReasoningPolicyFidelityReport$ = [3, n0, _ARPFR,
    0,
    [_cS, _aS, _rR, _vR, _dSo],
    [1, 1, [() => AutomatedReasoningPolicyRuleReportMap, 0], [() => AutomatedReasoningPolicyVariableReportMap, 0], [() => AutomatedReasoningPolicyReportSourceDocumentList, 0]], 5
];
var AutomatedReasoningPolicyGeneratedTestCase$ = [3, n0, _ARPGTC,
    0,
    [_qC, _gC, _eAFR],
    [[() => AutomatedReasoningPolicyTestQueryContent, 0], [() => AutomatedReasoningPolicyTestGuardContent, 0], 0], 3
];
var AutomatedReasoningPolicyGeneratedTestCases$ = [3, n0, _ARPGTCu,
    0,
    [_gTC],
    [[() => AutomatedReasoningPolicyGeneratedTestCaseList, 0]], 1
];
var AutomatedReasoningPolicyIngestContentAnnotation$ = [3, n0, _ARPICA,
    0,
    [_con],
    [[() => AutomatedReasoningPolicyAnnotationIngestContent, 0]], 1
];
var AutomatedReasoningPolicyIterativeRefinementContent$ = [3, n0, _ARPIRC,
    0,
    [_doc, _f],
    [[() => AutomatedReasoningPolicyIterativeRefinementDocumentList, 0], [() => AutomatedReasoningPolicyBuildFeedback, 0]], 1
];
var AutomatedReasoningPolicyPlanning$ = [3, n0, _ARPP,
    0,
    [],
    []
];
var AutomatedReasoningPolicyReportSourceDocument$ = [3, n0, _ARPRSD,
    0,
    [_dN, _dH, _dI, _aSt, _dC],
    [[() => AutomatedReasoningPolicyBuildDocumentName, 0], 0, 0, [() => AutomatedReasoningPolicyAtomicStatementList, 0], [() => AutomatedReasoningPolicyAnnotatedChunkList, 0]], 5
];
var AutomatedReasoningPolicyRuleReport$ = [3, n0, _ARPRR,
    0,
    [_r, _gS, _gJ, _aS, _aJ],
    [0, () => AutomatedReasoningPolicyStatementReferenceList, [() => AutomatedReasoningPolicyJustificationList, 0], 1, [() => AutomatedReasoningPolicyJustificationText, 0]], 1
];
var AutomatedReasoningPolicyScenario$ = [3, n0, _ARPS,
    0,
    [_ex, _aE, _eR, _rIu],
    [[() => AutomatedReasoningPolicyScenarioExpression, 0], [() => AutomatedReasoningPolicyScenarioAlternateExpression, 0], 0, 64 | 0], 4
];
var AutomatedReasoningPolicyScenarios$ = [3, n0, _ARPSu,
    0,
    [_pS],
    [[() => AutomatedReasoningPolicyScenarioList, 0]], 1
];
var AutomatedReasoningPolicySourceDocument$ = [3, n0, _ARPSD,
    0,
    [_do, _dCT, _dN, _dH, _dD],
    [[() => AutomatedReasoningPolicyBuildDocumentBlob, 0], 0, [() => AutomatedReasoningPolicyBuildDocumentName, 0], 0, [() => AutomatedReasoningPolicyBuildDocumentDescription, 0]], 4
];
var AutomatedReasoningPolicyStatementLocation$ = [3, n0, _ARPSL,
    0,
    [_li],
    [64 | 1], 1
];
var AutomatedReasoningPolicyStatementReference$ = [3, n0, _ARPSR,
    0,
    [_dI, _sI],
    [0, 0], 2
];
var AutomatedReasoningPolicySummary$ = [3, n0, _ARPSut,
    0,
    [_pA, _n, _ve, _pIo, _cA, _uA, _d],
    [0, [() => AutomatedReasoningPolicyName, 0], 0, 0, 5, 5, [() => AutomatedReasoningPolicyDescription, 0]], 6
];
var AutomatedReasoningPolicyTestCase$ = [3, n0, _ARPTC,
    0,
    [_tCI, _gC, _cA, _uA, _qC, _eAFR, _cTo],
    [0, [() => AutomatedReasoningPolicyTestGuardContent, 0], 5, 5, [() => AutomatedReasoningPolicyTestQueryContent, 0], 0, 1], 4
];
var AutomatedReasoningPolicyTestResult$ = [3, n0, _ARPTR,
    0,
    [_tCe, _pA, _tRS, _uA, _tF, _tRR, _aTFR],
    [[() => AutomatedReasoningPolicyTestCase$, 0], 0, 0, 5, [() => AutomatedReasoningCheckFindingList, 0], 0, 0], 4
];
var AutomatedReasoningPolicyUpdateFromRuleFeedbackAnnotation$ = [3, n0, _ARPUFRFA,
    0,
    [_f, _rIu],
    [[() => AutomatedReasoningPolicyAnnotationFeedbackNaturalLanguage, 0], 64 | 0], 1
];
var AutomatedReasoningPolicyUpdateFromScenarioFeedbackAnnotation$ = [3, n0, _ARPUFSFA,
    0,
    [_sE, _rIu, _f],
    [[() => AutomatedReasoningPolicyScenarioExpression, 0], 64 | 0, [() => AutomatedReasoningPolicyAnnotationFeedbackNaturalLanguage, 0]], 1
];
var AutomatedReasoningPolicyUpdateRuleAnnotation$ = [3, n0, _ARPURA,
    0,
    [_rI, _ex],
    [0, [() => AutomatedReasoningPolicyDefinitionRuleExpression, 0]], 2
];
var AutomatedReasoningPolicyUpdateRuleMutation$ = [3, n0, _ARPURM,
    0,
    [_r],
    [[() => AutomatedReasoningPolicyDefinitionRule$, 0]], 1
];
var AutomatedReasoningPolicyUpdateTypeAnnotation$ = [3, n0, _ARPUTA,
    0,
    [_n, _v, _nN, _d],
    [[() => AutomatedReasoningPolicyDefinitionTypeName, 0], [() => AutomatedReasoningPolicyTypeValueAnnotationList, 0], [() => AutomatedReasoningPolicyDefinitionTypeName, 0], [() => AutomatedReasoningPolicyDefinitionTypeDescription, 0]], 2
];
var AutomatedReasoningPolicyUpdateTypeMutation$ = [3, n0, _ARPUTM,
    0,
    [_ty],
    [[() => AutomatedReasoningPolicyDefinitionType$, 0]], 1
];
var AutomatedReasoningPolicyUpdateTypeValue$ = [3, n0, _ARPUTV,
    0,
    [_va, _nV, _d],
    [0, 0, [() => AutomatedReasoningPolicyDefinitionTypeValueDescription, 0]], 1
];
var AutomatedReasoningPolicyUpdateVariableAnnotation$ = [3, n0, _ARPUVA,
    0,
    [_n, _nN, _d],
    [[() => AutomatedReasoningPolicyDefinitionVariableName, 0], [() => AutomatedReasoningPolicyDefinitionVariableName, 0], [() => AutomatedReasoningPolicyDefinitionVariableDescription, 0]], 1
];
var AutomatedReasoningPolicyUpdateVariableMutation$ = [3, n0, _ARPUVM,
    0,
    [_var],
    [[() => AutomatedReasoningPolicyDefinitionVariable$, 0]], 1
];
var AutomatedReasoningPolicyVariableReport$ = [3, n0, _ARPVR,
    0,
    [_pV, _gS, _gJ, _aS, _aJ],
    [[() => AutomatedReasoningPolicyDefinitionVariableName, 0], () => AutomatedReasoningPolicyStatementReferenceList, [() => AutomatedReasoningPolicyJustificationList, 0], 1, [() => AutomatedReasoningPolicyJustificationText, 0]], 1
];
var BatchDeleteAdvancedPromptOptimizationJobError$ = [3, n0, _BDAPOJE,
    0,
    [_jI, _cod, _m],
    [0, 0, 0], 2
];
var BatchDeleteAdvancedPromptOptimizationJobItem$ = [3, n0, _BDAPOJI,
    0,
    [_jI, _jS],
    [0, 0], 2
];
var BatchDeleteAdvancedPromptOptimizationJobRequest$ = [3, n0, _BDAPOJR,
    0,
    [_jIo],
    [64 | 0], 1
];
var BatchDeleteAdvancedPromptOptimizationJobResponse$ = [3, n0, _BDAPOJRa,
    0,
    [_er, _aPOJ],
    [() => BatchDeleteAdvancedPromptOptimizationJobErrors, () => BatchDeleteAdvancedPromptOptimizationJobItems], 2
];
var BatchDeleteEvaluationJobError$ = [3, n0, _BDEJE,
    0,
    [_jI, _cod, _m],
    [[() => EvaluationJobIdentifier, 0], 0, 0], 2
];
var BatchDeleteEvaluationJobItem$ = [3, n0, _BDEJI,
    0,
    [_jI, _jS],
    [[() => EvaluationJobIdentifier, 0], 0], 2
];
var BatchDeleteEvaluationJobRequest$ = [3, n0, _BDEJR,
    0,
    [_jIo],
    [[() => EvaluationJobIdentifiers, 0]], 1
];
var BatchDeleteEvaluationJobResponse$ = [3, n0, _BDEJRa,
    0,
    [_er, _eJ],
    [[() => BatchDeleteEvaluationJobErrors, 0], [() => BatchDeleteEvaluationJobItems, 0]], 2
];
var BedrockEvaluatorModel$ = [3, n0, _BEM,
    0,
    [_mI],
    [0], 1
];
var ByteContentDoc$ = [3, n0, _BCD,
    0,
    [_id, _cTon, _da],
    [[() => Identifier, 0], 0, [() => ByteContentBlob, 0]], 3
];
var CancelAutomatedReasoningPolicyBuildWorkflowRequest$ = [3, n0, _CARPBWR,
    0,
    [_pA, _bWI],
    [[0, 1], [0, 1]], 2
];
var CancelAutomatedReasoningPolicyBuildWorkflowResponse$ = [3, n0, _CARPBWRa,
    0,
    [],
    []
];
var CloudWatchConfig$ = [3, n0, _CWC,
    0,
    [_lGN, _rA, _lDDSC],
    [0, 0, () => S3Config$], 2
];
var CreateAdvancedPromptOptimizationJobRequest$ = [3, n0, _CAPOJR,
    0,
    [_jN, _iC, _oC, _mC, _jD, _cTl, _eKA, _ta],
    [0, () => AdvancedPromptOptimizationInputConfig$, () => AdvancedPromptOptimizationOutputConfig$, () => ModelConfigurations, 0, [0, 4], 0, () => TagList], 4
];
var CreateAdvancedPromptOptimizationJobResponse$ = [3, n0, _CAPOJRr,
    0,
    [_jA],
    [0], 1
];
var CreateAutomatedReasoningPolicyRequest$ = [3, n0, _CARPR,
    0,
    [_n, _d, _cRT, _pD, _kKI, _ta],
    [[() => AutomatedReasoningPolicyName, 0], [() => AutomatedReasoningPolicyDescription, 0], [0, 4], [() => AutomatedReasoningPolicyDefinition$, 0], 0, () => TagList], 1
];
var CreateAutomatedReasoningPolicyResponse$ = [3, n0, _CARPRr,
    0,
    [_pA, _ve, _n, _cA, _uA, _d, _dHe],
    [0, 0, [() => AutomatedReasoningPolicyName, 0], 5, 5, [() => AutomatedReasoningPolicyDescription, 0], 0], 5
];
var CreateAutomatedReasoningPolicyTestCaseRequest$ = [3, n0, _CARPTCR,
    0,
    [_pA, _gC, _eAFR, _qC, _cRT, _cTo],
    [[0, 1], [() => AutomatedReasoningPolicyTestGuardContent, 0], 0, [() => AutomatedReasoningPolicyTestQueryContent, 0], [0, 4], 1], 3
];
var CreateAutomatedReasoningPolicyTestCaseResponse$ = [3, n0, _CARPTCRr,
    0,
    [_pA, _tCI],
    [0, 0], 2
];
var CreateAutomatedReasoningPolicyVersionRequest$ = [3, n0, _CARPVR,
    0,
    [_pA, _lUDH, _cRT, _ta],
    [[0, 1], 0, [0, 4], () => TagList], 2
];
var CreateAutomatedReasoningPolicyVersionResponse$ = [3, n0, _CARPVRr,
    0,
    [_pA, _ve, _n, _dHe, _cA, _d],
    [0, 0, [() => AutomatedReasoningPolicyName, 0], 0, 5, [() => AutomatedReasoningPolicyDescription, 0]], 5
];
var CreateCustomModelDeploymentRequest$ = [3, n0, _CCMDR,
    0,
    [_mDN, _mA, _d, _ta, _cRT],
    [0, 0, 0, () => TagList, [0, 4]], 2
];
var CreateCustomModelDeploymentResponse$ = [3, n0, _CCMDRr,
    0,
    [_cMDA],
    [0], 1
];
var CreateCustomModelRequest$ = [3, n0, _CCMR,
    0,
    [_mN, _mSC, _cMDS, _mKKA, _rA, _mTo, _cRT],
    [0, () => ModelDataSource$, () => CustomModelDataSource$, 0, 0, () => TagList, [0, 4]], 1
];
var CreateCustomModelResponse$ = [3, n0, _CCMRr,
    0,
    [_mA],
    [0], 1
];
var CreateEvaluationJobRequest$ = [3, n0, _CEJR,
    0,
    [_jN, _rA, _eC, _iCn, _oDC, _jD, _cRT, _cEKI, _jT, _aTp],
    [0, 0, [() => EvaluationConfig$, 0], [() => EvaluationInferenceConfig$, 0], () => EvaluationOutputDataConfig$, [() => EvaluationJobDescription, 0], [0, 4], 0, () => TagList, 0], 5
];
var CreateEvaluationJobResponse$ = [3, n0, _CEJRr,
    0,
    [_jA],
    [0], 1
];
var CreateFoundationModelAgreementRequest$ = [3, n0, _CFMAR,
    0,
    [_oT, _mIo],
    [0, 0], 2
];
var CreateFoundationModelAgreementResponse$ = [3, n0, _CFMARr,
    0,
    [_mIo],
    [0], 1
];
var CreateGuardrailRequest$ = [3, n0, _CGR,
    0,
    [_n, _bIM, _bOM, _d, _tPC, _cPC, _wPC, _sIPC, _cGPC, _aRPC, _cRC, _kKI, _ta, _cRT],
    [[() => GuardrailName, 0], [() => GuardrailBlockedMessaging, 0], [() => GuardrailBlockedMessaging, 0], [() => GuardrailDescription, 0], [() => GuardrailTopicPolicyConfig$, 0], [() => GuardrailContentPolicyConfig$, 0], [() => GuardrailWordPolicyConfig$, 0], () => GuardrailSensitiveInformationPolicyConfig$, [() => GuardrailContextualGroundingPolicyConfig$, 0], () => GuardrailAutomatedReasoningPolicyConfig$, () => GuardrailCrossRegionConfig$, 0, () => TagList, [0, 4]], 3
];
var CreateGuardrailResponse$ = [3, n0, _CGRr,
    0,
    [_gIu, _gA, _ve, _cA],
    [0, 0, 0, 5], 4
];
var CreateGuardrailVersionRequest$ = [3, n0, _CGVR,
    0,
    [_gI, _d, _cRT],
    [[0, 1], [() => GuardrailDescription, 0], [0, 4]], 1
];
var CreateGuardrailVersionResponse$ = [3, n0, _CGVRr,
    0,
    [_gIu, _ve],
    [0, 0], 2
];
var CreateInferenceProfileRequest$ = [3, n0, _CIPR,
    0,
    [_iPN, _mS, _d, _cRT, _ta],
    [0, () => InferenceProfileModelSource$, [() => InferenceProfileDescription, 0], [0, 4], () => TagList], 2
];
var CreateInferenceProfileResponse$ = [3, n0, _CIPRr,
    0,
    [_iPA, _st],
    [0, 0], 1
];
var CreateMarketplaceModelEndpointRequest$ = [3, n0, _CMMER,
    0,
    [_mSI, _eCn, _eN, _aEc, _cRT, _ta],
    [0, () => EndpointConfig$, 0, 2, [0, 4], () => TagList], 3
];
var CreateMarketplaceModelEndpointResponse$ = [3, n0, _CMMERr,
    0,
    [_mME],
    [() => MarketplaceModelEndpoint$], 1
];
var CreateModelCopyJobRequest$ = [3, n0, _CMCJR,
    0,
    [_sMA, _tMN, _mKKI, _tMT, _cRT],
    [0, 0, 0, () => TagList, [0, 4]], 2
];
var CreateModelCopyJobResponse$ = [3, n0, _CMCJRr,
    0,
    [_jA],
    [0], 1
];
var CreateModelCustomizationJobRequest$ = [3, n0, _CMCJRre,
    0,
    [_jN, _cMN, _rA, _bMI, _tDC, _oDC, _cRT, _cTu, _cMKKI, _jT, _cMT, _vDC, _hP, _vCp, _cC],
    [0, 0, 0, 0, [() => TrainingDataConfig$, 0], () => OutputDataConfig$, [0, 4], 0, 0, () => TagList, () => TagList, () => ValidationDataConfig$, 128 | 0, () => VpcConfig$, () => CustomizationConfig$], 6
];
var CreateModelCustomizationJobResponse$ = [3, n0, _CMCJRrea,
    0,
    [_jA],
    [0], 1
];
var CreateModelImportJobRequest$ = [3, n0, _CMIJR,
    0,
    [_jN, _iMN, _rA, _mDS, _jT, _iMT, _cRT, _vCp, _iMKKI],
    [0, 0, 0, () => ModelDataSource$, () => TagList, () => TagList, 0, () => VpcConfig$, 0], 4
];
var CreateModelImportJobResponse$ = [3, n0, _CMIJRr,
    0,
    [_jA],
    [0], 1
];
var CreateModelInvocationJobRequest$ = [3, n0, _CMIJRre,
    0,
    [_jN, _rA, _mIo, _iDC, _oDC, _cRT, _vCp, _tDIH, _ta, _mIT],
    [0, 0, 0, () => ModelInvocationJobInputDataConfig$, () => ModelInvocationJobOutputDataConfig$, [0, 4], () => VpcConfig$, 1, () => TagList, 0], 5
];
var CreateModelInvocationJobResponse$ = [3, n0, _CMIJRrea,
    0,
    [_jA],
    [0], 1
];
var CreateProjectRequest$ = [3, n0, _CPR,
    0,
    [_n, _ta, _dR],
    [[() => ProjectName, 0], () => TagList, () => ProjectDataRetention$], 1
];
var CreateProjectResponse$ = [3, n0, _CPRr,
    0,
    [_i, _a, _n, _st, _cA, _dR, _aA],
    [0, 0, [() => ProjectName, 0], 0, 5, () => ProjectDataRetention$, 5], 6
];
var CreatePromptRouterRequest$ = [3, n0, _CPRR,
    0,
    [_pRN, _mo, _rCo, _fM, _cRT, _d, _ta],
    [0, () => PromptRouterTargetModels, () => RoutingCriteria$, () => PromptRouterTargetModel$, [0, 4], [() => PromptRouterDescription, 0], () => TagList], 4
];
var CreatePromptRouterResponse$ = [3, n0, _CPRRr,
    0,
    [_pRA],
    [0]
];
var CreateProvisionedModelThroughputRequest$ = [3, n0, _CPMTR,
    0,
    [_mU, _pMN, _mIo, _cRT, _cD, _ta],
    [1, 0, 0, [0, 4], 0, () => TagList], 3
];
var CreateProvisionedModelThroughputResponse$ = [3, n0, _CPMTRr,
    0,
    [_pMA],
    [0], 1
];
var CustomMetricBedrockEvaluatorModel$ = [3, n0, _CMBEM,
    0,
    [_mI],
    [0], 1
];
var CustomMetricDefinition$ = [3, n0, _CMD,
    8,
    [_n, _in, _rS],
    [[() => MetricName, 0], 0, () => RatingScale], 2
];
var CustomMetricEvaluatorModelConfig$ = [3, n0, _CMEMC,
    0,
    [_bEM],
    [() => CustomMetricBedrockEvaluatorModels], 1
];
var CustomModelDeploymentSummary$ = [3, n0, _CMDS,
    0,
    [_cMDA, _cMDN, _mA, _cA, _st, _lUA, _fMa],
    [0, 0, 0, 5, 0, 5, 0], 5
];
var CustomModelDeploymentUpdateDetails$ = [3, n0, _CMDUD,
    0,
    [_mA, _uS],
    [0, 0], 2
];
var CustomModelSummary$ = [3, n0, _CMS,
    0,
    [_mA, _mN, _cT, _bMA, _bMN, _cTu, _oAI, _mSo],
    [0, 0, 5, 0, 0, 0, 0, 0], 5
];
var CustomModelUnits$ = [3, n0, _CMU,
    0,
    [_cMUPMC, _cMUV],
    [1, 0]
];
var DataProcessingDetails$ = [3, n0, _DPD,
    0,
    [_st, _cT, _lMT],
    [0, 5, 5]
];
var DataRetentionStorageConfiguration$ = [3, n0, _DRSC,
    0,
    [_kKA, _sBA, _sBO],
    [0, 0, 0], 3
];
var DeleteAccountDataRetentionStorageRequest$ = [3, n0, _DADRSR,
    0,
    [_mP],
    [[0, 1]], 1
];
var DeleteAccountDataRetentionStorageResponse$ = [3, n0, _DADRSRe,
    0,
    [],
    []
];
var DeleteAutomatedReasoningPolicyBuildWorkflowRequest$ = [3, n0, _DARPBWR,
    0,
    [_pA, _bWI, _lUA],
    [[0, 1], [0, 1], [5, { [_hQ]: _uA }]], 3
];
var DeleteAutomatedReasoningPolicyBuildWorkflowResponse$ = [3, n0, _DARPBWRe,
    0,
    [],
    []
];
var DeleteAutomatedReasoningPolicyRequest$ = [3, n0, _DARPR,
    0,
    [_pA, _fo],
    [[0, 1], [2, { [_hQ]: _fo }]], 1
];
var DeleteAutomatedReasoningPolicyResponse$ = [3, n0, _DARPRe,
    0,
    [],
    []
];
var DeleteAutomatedReasoningPolicyTestCaseRequest$ = [3, n0, _DARPTCR,
    0,
    [_pA, _tCI, _lUA],
    [[0, 1], [0, 1], [5, { [_hQ]: _uA }]], 3
];
var DeleteAutomatedReasoningPolicyTestCaseResponse$ = [3, n0, _DARPTCRe,
    0,
    [],
    []
];
var DeleteCustomModelDeploymentRequest$ = [3, n0, _DCMDR,
    0,
    [_cMDI],
    [[0, 1]], 1
];
var DeleteCustomModelDeploymentResponse$ = [3, n0, _DCMDRe,
    0,
    [],
    []
];
var DeleteCustomModelRequest$ = [3, n0, _DCMR,
    0,
    [_mI],
    [[0, 1]], 1
];
var DeleteCustomModelResponse$ = [3, n0, _DCMRe,
    0,
    [],
    []
];
var DeleteEnforcedGuardrailConfigurationRequest$ = [3, n0, _DEGCR,
    0,
    [_cI],
    [[0, 1]], 1
];
var DeleteEnforcedGuardrailConfigurationResponse$ = [3, n0, _DEGCRe,
    0,
    [],
    []
];
var DeleteFoundationModelAgreementRequest$ = [3, n0, _DFMAR,
    0,
    [_mIo],
    [0], 1
];
var DeleteFoundationModelAgreementResponse$ = [3, n0, _DFMARe,
    0,
    [],
    []
];
var DeleteGuardrailRequest$ = [3, n0, _DGR,
    0,
    [_gI, _gV],
    [[0, 1], [0, { [_hQ]: _gV }]], 1
];
var DeleteGuardrailResponse$ = [3, n0, _DGRe,
    0,
    [],
    []
];
var DeleteImportedModelRequest$ = [3, n0, _DIMR,
    0,
    [_mI],
    [[0, 1]], 1
];
var DeleteImportedModelResponse$ = [3, n0, _DIMRe,
    0,
    [],
    []
];
var DeleteInferenceProfileRequest$ = [3, n0, _DIPR,
    0,
    [_iPI],
    [[0, 1]], 1
];
var DeleteInferenceProfileResponse$ = [3, n0, _DIPRe,
    0,
    [],
    []
];
var DeleteMarketplaceModelEndpointRequest$ = [3, n0, _DMMER,
    0,
    [_eA],
    [[0, 1]], 1
];
var DeleteMarketplaceModelEndpointResponse$ = [3, n0, _DMMERe,
    0,
    [],
    []
];
var DeleteModelInvocationLoggingConfigurationRequest$ = [3, n0, _DMILCR,
    0,
    [],
    []
];
var DeleteModelInvocationLoggingConfigurationResponse$ = [3, n0, _DMILCRe,
    0,
    [],
    []
];
var DeleteOrganizationDataRetentionStorageRequest$ = [3, n0, _DODRSR,
    0,
    [_mP],
    [[0, 1]], 1
];
var DeleteOrganizationDataRetentionStorageResponse$ = [3, n0, _DODRSRe,
    0,
    [],
    []
];
var DeleteProjectDataRetentionStorageRequest$ = [3, n0, _DPDRSR,
    0,
    [_pI, _mP],
    [[0, 1], [0, 1]], 2
];
var DeleteProjectDataRetentionStorageResponse$ = [3, n0, _DPDRSRe,
    0,
    [],
    []
];
var DeletePromptRouterRequest$ = [3, n0, _DPRR,
    0,
    [_pRA],
    [[0, 1]], 1
];
var DeletePromptRouterResponse$ = [3, n0, _DPRRe,
    0,
    [],
    []
];
var DeleteProvisionedModelThroughputRequest$ = [3, n0, _DPMTR,
    0,
    [_pMI],
    [[0, 1]], 1
];
var DeleteProvisionedModelThroughputResponse$ = [3, n0, _DPMTRe,
    0,
    [],
    []
];
var DeleteResourcePolicyRequest$ = [3, n0, _DRPR,
    0,
    [_rAe],
    [[0, 1]], 1
];
var DeleteResourcePolicyResponse$ = [3, n0, _DRPRe,
    0,
    [],
    []
];
var DeregisterMarketplaceModelEndpointRequest$ = [3, n0, _DMMERer,
    0,
    [_eA],
    [[0, 1]], 1
];
var DeregisterMarketplaceModelEndpointResponse$ = [3, n0, _DMMERere,
    0,
    [],
    []
];
var DimensionalPriceRate$ = [3, n0, _DPR,
    0,
    [_di, _pr, _d, _u],
    [0, 0, 0, 0]
];
var DistillationConfig$ = [3, n0, _DC,
    0,
    [_tMC],
    [() => TeacherModelConfig$], 1
];
var EvaluationBedrockModel$ = [3, n0, _EBM,
    0,
    [_mI, _iP, _pC],
    [0, [() => EvaluationModelInferenceParams, 0], () => PerformanceConfiguration$], 1
];
var EvaluationDataset$ = [3, n0, _ED,
    0,
    [_n, _dL],
    [[() => EvaluationDatasetName, 0], () => EvaluationDatasetLocation$], 1
];
var EvaluationDatasetMetricConfig$ = [3, n0, _EDMC,
    0,
    [_tT, _dat, _mNe],
    [0, [() => EvaluationDataset$, 0], [() => EvaluationMetricNames, 0]], 3
];
var EvaluationInferenceConfigSummary$ = [3, n0, _EICS,
    0,
    [_mCS, _rCS],
    [() => EvaluationModelConfigSummary$, () => EvaluationRagConfigSummary$]
];
var EvaluationModelConfigSummary$ = [3, n0, _EMCS,
    0,
    [_bMIe, _pISI],
    [64 | 0, 64 | 0]
];
var EvaluationOutputDataConfig$ = [3, n0, _EODC,
    0,
    [_sU],
    [0], 1
];
var EvaluationPrecomputedInferenceSource$ = [3, n0, _EPIS,
    0,
    [_iSI],
    [0], 1
];
var EvaluationPrecomputedRetrieveAndGenerateSourceConfig$ = [3, n0, _EPRAGSC,
    0,
    [_rSI],
    [0], 1
];
var EvaluationPrecomputedRetrieveSourceConfig$ = [3, n0, _EPRSC,
    0,
    [_rSI],
    [0], 1
];
var EvaluationRagConfigSummary$ = [3, n0, _ERCS,
    0,
    [_bKBI, _pRSI],
    [64 | 0, 64 | 0]
];
var EvaluationSummary$ = [3, n0, _ES,
    0,
    [_jA, _jN, _st, _cT, _jTo, _eTT, _mIod, _rIa, _eMI, _cMEMI, _iCS, _aTp],
    [0, 0, 0, 5, 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, () => EvaluationInferenceConfigSummary$, 0], 6
];
var ExportAutomatedReasoningPolicyVersionRequest$ = [3, n0, _EARPVR,
    0,
    [_pA],
    [[0, 1]], 1
];
var ExportAutomatedReasoningPolicyVersionResponse$ = [3, n0, _EARPVRx,
    0,
    [_pD],
    [[() => AutomatedReasoningPolicyDefinition$, 16]], 1
];
var ExternalSource$ = [3, n0, _ESx,
    0,
    [_sT, _sL, _bC],
    [0, () => S3ObjectDoc$, [() => ByteContentDoc$, 0]], 1
];
var ExternalSourcesGenerationConfiguration$ = [3, n0, _ESGC,
    0,
    [_pT, _gCu, _kIC, _aMRF],
    [[() => PromptTemplate$, 0], () => GuardrailConfiguration$, () => KbInferenceConfig$, 128 | 15]
];
var ExternalSourcesRetrieveAndGenerateConfiguration$ = [3, n0, _ESRAGC,
    0,
    [_mA, _so, _gCe],
    [0, [() => ExternalSources, 0], [() => ExternalSourcesGenerationConfiguration$, 0]], 2
];
var FieldForReranking$ = [3, n0, _FFR,
    0,
    [_fN],
    [0], 1
];
var FilterAttribute$ = [3, n0, _FA,
    0,
    [_k, _va],
    [0, 15], 2
];
var FoundationModelDetails$ = [3, n0, _FMD,
    0,
    [_mA, _mIo, _mN, _pNr, _iM, _oM, _rSS, _cSu, _iTS, _mL],
    [0, 0, 0, 0, 64 | 0, 64 | 0, 2, 64 | 0, 64 | 0, () => FoundationModelLifecycle$], 2
];
var FoundationModelLifecycle$ = [3, n0, _FML,
    0,
    [_st, _sOLT, _eOLT, _lTe, _pEAT],
    [0, 5, 5, 5, 5], 1
];
var FoundationModelSummary$ = [3, n0, _FMS,
    0,
    [_mA, _mIo, _mN, _pNr, _iM, _oM, _rSS, _cSu, _iTS, _mL],
    [0, 0, 0, 0, 64 | 0, 64 | 0, 2, 64 | 0, 64 | 0, () => FoundationModelLifecycle$], 2
];
var GenerationConfiguration$ = [3, n0, _GC,
    0,
    [_pT, _gCu, _kIC, _aMRF],
    [[() => PromptTemplate$, 0], () => GuardrailConfiguration$, () => KbInferenceConfig$, 128 | 15]
];
var GetAccountDataRetentionRequest$ = [3, n0, _GADRR,
    0,
    [],
    []
];
var GetAccountDataRetentionResponse$ = [3, n0, _GADRRe,
    0,
    [_mod, _uA],
    [0, 5], 1
];
var GetAccountDataRetentionStorageRequest$ = [3, n0, _GADRSR,
    0,
    [_mP],
    [[0, 1]], 1
];
var GetAccountDataRetentionStorageResponse$ = [3, n0, _GADRSRe,
    0,
    [_sc, _mP, _sD, _uA, _sC, _kKS, _sBS],
    [0, 0, 0, 5, () => DataRetentionStorageConfiguration$, 0, 0], 4
];
var GetAdvancedPromptOptimizationJobRequest$ = [3, n0, _GAPOJR,
    0,
    [_jI],
    [[0, 1]], 1
];
var GetAdvancedPromptOptimizationJobResponse$ = [3, n0, _GAPOJRe,
    0,
    [_jA, _jN, _jS, _iC, _oC, _cT, _mC, _jD, _eKA, _lMT, _fMa],
    [0, 0, 0, () => AdvancedPromptOptimizationInputConfig$, () => AdvancedPromptOptimizationOutputConfig$, 5, () => ModelConfigurations, 0, 0, 5, 0], 7
];
var GetAutomatedReasoningPolicyAnnotationsRequest$ = [3, n0, _GARPAR,
    0,
    [_pA, _bWI],
    [[0, 1], [0, 1]], 2
];
var GetAutomatedReasoningPolicyAnnotationsResponse$ = [3, n0, _GARPARe,
    0,
    [_pA, _n, _bWI, _ann, _aSH, _uA],
    [0, [() => AutomatedReasoningPolicyName, 0], 0, [() => AutomatedReasoningPolicyAnnotationList, 0], 0, 5], 6
];
var GetAutomatedReasoningPolicyBuildWorkflowRequest$ = [3, n0, _GARPBWR,
    0,
    [_pA, _bWI],
    [[0, 1], [0, 1]], 2
];
var GetAutomatedReasoningPolicyBuildWorkflowResponse$ = [3, n0, _GARPBWRe,
    0,
    [_pA, _bWI, _st, _bWT, _cA, _uA, _dN, _dCT, _dD],
    [0, 0, 0, 0, 5, 5, [() => AutomatedReasoningPolicyBuildDocumentName, 0], 0, [() => AutomatedReasoningPolicyBuildDocumentDescription, 0]], 6
];
var GetAutomatedReasoningPolicyBuildWorkflowResultAssetsRequest$ = [3, n0, _GARPBWRAR,
    0,
    [_pA, _bWI, _aT, _aI],
    [[0, 1], [0, 1], [0, { [_hQ]: _aT }], [0, { [_hQ]: _aI }]], 3
];
var GetAutomatedReasoningPolicyBuildWorkflowResultAssetsResponse$ = [3, n0, _GARPBWRARe,
    0,
    [_pA, _bWI, _bWA],
    [0, 0, [() => AutomatedReasoningPolicyBuildResultAssets$, 0]], 2
];
var GetAutomatedReasoningPolicyNextScenarioRequest$ = [3, n0, _GARPNSR,
    0,
    [_pA, _bWI],
    [[0, 1], [0, 1]], 2
];
var GetAutomatedReasoningPolicyNextScenarioResponse$ = [3, n0, _GARPNSRe,
    0,
    [_pA, _sce],
    [0, [() => AutomatedReasoningPolicyScenario$, 0]], 1
];
var GetAutomatedReasoningPolicyRequest$ = [3, n0, _GARPR,
    0,
    [_pA],
    [[0, 1]], 1
];
var GetAutomatedReasoningPolicyResponse$ = [3, n0, _GARPRe,
    0,
    [_pA, _n, _ve, _pIo, _dHe, _uA, _d, _kKA, _cA],
    [0, [() => AutomatedReasoningPolicyName, 0], 0, 0, 0, 5, [() => AutomatedReasoningPolicyDescription, 0], 0, 5], 6
];
var GetAutomatedReasoningPolicyTestCaseRequest$ = [3, n0, _GARPTCR,
    0,
    [_pA, _tCI],
    [[0, 1], [0, 1]], 2
];
var GetAutomatedReasoningPolicyTestCaseResponse$ = [3, n0, _GARPTCRe,
    0,
    [_pA, _tCe],
    [0, [() => AutomatedReasoningPolicyTestCase$, 0]], 2
];
var GetAutomatedReasoningPolicyTestResultRequest$ = [3, n0, _GARPTRR,
    0,
    [_pA, _bWI, _tCI],
    [[0, 1], [0, 1], [0, 1]], 3
];
var GetAutomatedReasoningPolicyTestResultResponse$ = [3, n0, _GARPTRRe,
    0,
    [_tR],
    [[() => AutomatedReasoningPolicyTestResult$, 0]], 1
];
var GetCustomModelDeploymentRequest$ = [3, n0, _GCMDR,
    0,
    [_cMDI],
    [[0, 1]], 1
];
var GetCustomModelDeploymentResponse$ = [3, n0, _GCMDRe,
    0,
    [_cMDA, _mDN, _mA, _cA, _st, _d, _uD, _fMa, _lUA],
    [0, 0, 0, 5, 0, 0, () => CustomModelDeploymentUpdateDetails$, 0, 5], 5
];
var GetCustomModelRequest$ = [3, n0, _GCMR,
    0,
    [_mI],
    [[0, 1]], 1
];
var GetCustomModelResponse$ = [3, n0, _GCMRe,
    0,
    [_mA, _mN, _cT, _jN, _jA, _bMA, _cTu, _mKKA, _hP, _tDC, _vDC, _oDC, _tM, _vM, _cC, _mSo, _fMa],
    [0, 0, 5, 0, 0, 0, 0, 0, 128 | 0, [() => TrainingDataConfig$, 0], () => ValidationDataConfig$, () => OutputDataConfig$, () => TrainingMetrics$, () => ValidationMetrics, () => CustomizationConfig$, 0, 0], 3
];
var GetEvaluationJobRequest$ = [3, n0, _GEJR,
    0,
    [_jI],
    [[() => EvaluationJobIdentifier, 1]], 1
];
var GetEvaluationJobResponse$ = [3, n0, _GEJRe,
    0,
    [_jN, _st, _jA, _rA, _jTo, _eC, _iCn, _oDC, _cT, _jD, _cEKI, _aTp, _lMT, _fMai],
    [0, 0, 0, 0, 0, [() => EvaluationConfig$, 0], [() => EvaluationInferenceConfig$, 0], () => EvaluationOutputDataConfig$, 5, [() => EvaluationJobDescription, 0], 0, 0, 5, 64 | 0], 9
];
var GetFoundationModelAvailabilityRequest$ = [3, n0, _GFMAR,
    0,
    [_mIo],
    [[0, 1]], 1
];
var GetFoundationModelAvailabilityResponse$ = [3, n0, _GFMARe,
    0,
    [_mIo, _aAg, _aSu, _eAn, _rAeg],
    [0, () => AgreementAvailability$, 0, 0, 0], 5
];
var GetFoundationModelRequest$ = [3, n0, _GFMR,
    0,
    [_mI, _pI],
    [[0, 1], [0, { [_hQ]: _pI }]], 1
];
var GetFoundationModelResponse$ = [3, n0, _GFMRe,
    0,
    [_mD],
    [() => FoundationModelDetails$]
];
var GetGuardrailRequest$ = [3, n0, _GGR,
    0,
    [_gI, _gV],
    [[0, 1], [0, { [_hQ]: _gV }]], 1
];
var GetGuardrailResponse$ = [3, n0, _GGRe,
    0,
    [_n, _gIu, _gA, _ve, _st, _cA, _uA, _bIM, _bOM, _d, _tP, _cP, _wP, _sIP, _cGP, _aRP, _cRD, _sRt, _fR, _kKA],
    [[() => GuardrailName, 0], 0, 0, 0, 0, 5, 5, [() => GuardrailBlockedMessaging, 0], [() => GuardrailBlockedMessaging, 0], [() => GuardrailDescription, 0], [() => GuardrailTopicPolicy$, 0], [() => GuardrailContentPolicy$, 0], [() => GuardrailWordPolicy$, 0], () => GuardrailSensitiveInformationPolicy$, [() => GuardrailContextualGroundingPolicy$, 0], () => GuardrailAutomatedReasoningPolicy$, () => GuardrailCrossRegionDetails$, [() => GuardrailStatusReasons, 0], [() => GuardrailFailureRecommendations, 0], 0], 9
];
var GetImportedModelRequest$ = [3, n0, _GIMR,
    0,
    [_mI],
    [[0, 1]], 1
];
var GetImportedModelResponse$ = [3, n0, _GIMRe,
    0,
    [_mA, _mN, _jN, _jA, _mDS, _cT, _mAo, _mKKA, _iS, _cMU],
    [0, 0, 0, 0, () => ModelDataSource$, 5, 0, 0, 2, () => CustomModelUnits$]
];
var GetInferenceProfileRequest$ = [3, n0, _GIPR,
    0,
    [_iPI, _pI],
    [[0, 1], [0, { [_hQ]: _pI }]], 1
];
var GetInferenceProfileResponse$ = [3, n0, _GIPRe,
    0,
    [_iPN, _iPA, _mo, _iPIn, _st, _ty, _d, _cA, _uA],
    [0, 0, () => InferenceProfileModels, 0, 0, 0, [() => InferenceProfileDescription, 0], 5, 5], 6
];
var GetMarketplaceModelEndpointRequest$ = [3, n0, _GMMER,
    0,
    [_eA],
    [[0, 1]], 1
];
var GetMarketplaceModelEndpointResponse$ = [3, n0, _GMMERe,
    0,
    [_mME],
    [() => MarketplaceModelEndpoint$]
];
var GetModelCopyJobRequest$ = [3, n0, _GMCJR,
    0,
    [_jA],
    [[0, 1]], 1
];
var GetModelCopyJobResponse$ = [3, n0, _GMCJRe,
    0,
    [_jA, _st, _cT, _tMA, _sAI, _sMA, _tMN, _tMKKA, _tMT, _fMa, _sMN],
    [0, 0, 5, 0, 0, 0, 0, 0, () => TagList, 0, 0], 6
];
var GetModelCustomizationJobRequest$ = [3, n0, _GMCJRet,
    0,
    [_jI],
    [[0, 1]], 1
];
var GetModelCustomizationJobResponse$ = [3, n0, _GMCJReto,
    0,
    [_jA, _jN, _oMN, _rA, _cT, _bMA, _tDC, _vDC, _oDC, _oMA, _cRT, _st, _sDt, _fMa, _lMT, _eT, _hP, _cTu, _oMKKA, _tM, _vM, _vCp, _cC],
    [0, 0, 0, 0, 5, 0, [() => TrainingDataConfig$, 0], () => ValidationDataConfig$, () => OutputDataConfig$, 0, 0, 0, () => StatusDetails$, 0, 5, 5, 128 | 0, 0, 0, () => TrainingMetrics$, () => ValidationMetrics, () => VpcConfig$, () => CustomizationConfig$], 9
];
var GetModelImportJobRequest$ = [3, n0, _GMIJR,
    0,
    [_jI],
    [[0, 1]], 1
];
var GetModelImportJobResponse$ = [3, n0, _GMIJRe,
    0,
    [_jA, _jN, _iMN, _iMA, _rA, _mDS, _st, _fMa, _cT, _lMT, _eT, _vCp, _iMKKA],
    [0, 0, 0, 0, 0, () => ModelDataSource$, 0, 0, 5, 5, 5, () => VpcConfig$, 0]
];
var GetModelInvocationJobRequest$ = [3, n0, _GMIJRet,
    0,
    [_jI],
    [[0, 1]], 1
];
var GetModelInvocationJobResponse$ = [3, n0, _GMIJReto,
    0,
    [_jA, _mIo, _rA, _sTu, _iDC, _oDC, _jN, _cRT, _st, _m, _lMT, _eT, _vCp, _tDIH, _jET, _mIT, _tRC, _pRC, _sRC, _eRC],
    [0, 0, 0, 5, () => ModelInvocationJobInputDataConfig$, () => ModelInvocationJobOutputDataConfig$, 0, 0, 0, [() => Message, 0], 5, 5, () => VpcConfig$, 1, 5, 0, 1, 1, 1, 1], 6
];
var GetModelInvocationLoggingConfigurationRequest$ = [3, n0, _GMILCR,
    0,
    [],
    []
];
var GetModelInvocationLoggingConfigurationResponse$ = [3, n0, _GMILCRe,
    0,
    [_lC],
    [() => LoggingConfig$]
];
var GetOrganizationDataRetentionStorageRequest$ = [3, n0, _GODRSR,
    0,
    [_mP],
    [[0, 1]], 1
];
var GetOrganizationDataRetentionStorageResponse$ = [3, n0, _GODRSRe,
    0,
    [_sc, _mP, _sD, _uA, _sC, _kKS, _sBS],
    [0, 0, 0, 5, () => DataRetentionStorageConfiguration$, 0, 0], 4
];
var GetProjectDataRetentionStorageRequest$ = [3, n0, _GPDRSR,
    0,
    [_pI, _mP],
    [[0, 1], [0, 1]], 2
];
var GetProjectDataRetentionStorageResponse$ = [3, n0, _GPDRSRe,
    0,
    [_sc, _mP, _sD, _uA, _pAr, _sC, _kKS, _sBS],
    [0, 0, 0, 5, 0, () => DataRetentionStorageConfiguration$, 0, 0], 5
];
var GetProjectRequest$ = [3, n0, _GPR,
    0,
    [_pI],
    [[0, 1]], 1
];
var GetProjectResponse$ = [3, n0, _GPRe,
    0,
    [_i, _a, _n, _st, _cA, _dR, _aA],
    [0, 0, [() => ProjectName, 0], 0, 5, () => ProjectDataRetention$, 5], 6
];
var GetPromptRouterRequest$ = [3, n0, _GPRR,
    0,
    [_pRA],
    [[0, 1]], 1
];
var GetPromptRouterResponse$ = [3, n0, _GPRRe,
    0,
    [_pRN, _rCo, _pRA, _mo, _fM, _st, _ty, _d, _cA, _uA],
    [0, () => RoutingCriteria$, 0, () => PromptRouterTargetModels, () => PromptRouterTargetModel$, 0, 0, [() => PromptRouterDescription, 0], 5, 5], 7
];
var GetProvisionedModelThroughputRequest$ = [3, n0, _GPMTR,
    0,
    [_pMI],
    [[0, 1]], 1
];
var GetProvisionedModelThroughputResponse$ = [3, n0, _GPMTRe,
    0,
    [_mU, _dMU, _pMN, _pMA, _mA, _dMA, _fMA, _st, _cT, _lMT, _fMa, _cD, _cET],
    [1, 1, 0, 0, 0, 0, 0, 0, 5, 5, 0, 0, 5], 10
];
var GetResourcePolicyRequest$ = [3, n0, _GRPR,
    0,
    [_rAe],
    [[0, 1]], 1
];
var GetResourcePolicyResponse$ = [3, n0, _GRPRe,
    0,
    [_rP],
    [0]
];
var GetTrustedAccessProgramAccountEnrollmentRequest$ = [3, n0, _GTAPAER,
    0,
    [_pIr],
    [[0, 1]], 1
];
var GetTrustedAccessProgramAccountEnrollmentResponse$ = [3, n0, _GTAPAERe,
    0,
    [_oI, _uA],
    [0, 5], 1
];
var GetTrustedAccessProgramOrganizationEnrollmentRequest$ = [3, n0, _GTAPOER,
    0,
    [_pIr],
    [[0, 1]], 1
];
var GetTrustedAccessProgramOrganizationEnrollmentResponse$ = [3, n0, _GTAPOERe,
    0,
    [_oI, _uA],
    [0, 5], 1
];
var GetTrustedAccessProgramProjectEnrollmentRequest$ = [3, n0, _GTAPPER,
    0,
    [_pIr, _pI],
    [[0, 1], [0, 1]], 2
];
var GetTrustedAccessProgramProjectEnrollmentResponse$ = [3, n0, _GTAPPERe,
    0,
    [_oI, _uA],
    [0, 5], 1
];
var GetTrustedAccessProgramRequest$ = [3, n0, _GTAPR,
    0,
    [_pIr, _pI],
    [[0, 1], [0, { [_hQ]: _pI }]], 1
];
var GetTrustedAccessProgramResponse$ = [3, n0, _GTAPRe,
    0,
    [_pIro, _n, _d, _pNr, _dU, _st, _sou, _rF, _oI, _eU, _sRta, _eS, _uA],
    [0, 0, 0, 0, 0, 0, 0, () => TrustedAccessResolutionContext$, 0, 0, 0, 0, 5], 9
];
var GetUseCaseForModelAccessRequest$ = [3, n0, _GUCFMAR,
    0,
    [],
    []
];
var GetUseCaseForModelAccessResponse$ = [3, n0, _GUCFMARe,
    0,
    [_fD],
    [21], 1
];
var GuardrailAutomatedReasoningPolicy$ = [3, n0, _GARP,
    0,
    [_po, _cTo],
    [64 | 0, 1], 1
];
var GuardrailAutomatedReasoningPolicyConfig$ = [3, n0, _GARPC,
    0,
    [_po, _cTo],
    [64 | 0, 1], 1
];
var GuardrailConfiguration$ = [3, n0, _GCu,
    0,
    [_gIu, _gV],
    [0, 0], 2
];
var GuardrailContentFilter$ = [3, n0, _GCF,
    0,
    [_ty, _iSn, _oS, _iM, _oM, _iA, _oA, _iE, _oE],
    [0, 0, 0, [() => GuardrailModalities, 0], [() => GuardrailModalities, 0], [() => GuardrailContentFilterAction$1, 0], [() => GuardrailContentFilterAction$1, 0], 2, 2], 3
];
var GuardrailContentFilterConfig$ = [3, n0, _GCFC,
    0,
    [_ty, _iSn, _oS, _iM, _oM, _iA, _oA, _iE, _oE],
    [0, 0, 0, [() => GuardrailModalities, 0], [() => GuardrailModalities, 0], [() => GuardrailContentFilterAction$1, 0], [() => GuardrailContentFilterAction$1, 0], 2, 2], 3
];
var GuardrailContentFiltersTier$ = [3, n0, _GCFT,
    0,
    [_tNi],
    [[() => GuardrailContentFiltersTierName$1, 0]], 1
];
var GuardrailContentFiltersTierConfig$ = [3, n0, _GCFTC,
    0,
    [_tNi],
    [[() => GuardrailContentFiltersTierName$1, 0]], 1
];
var GuardrailContentPolicy$ = [3, n0, _GCP,
    0,
    [_fi, _ti],
    [[() => GuardrailContentFilters, 0], [() => GuardrailContentFiltersTier$, 0]]
];
var GuardrailContentPolicyConfig$ = [3, n0, _GCPC,
    0,
    [_fC, _tCi],
    [[() => GuardrailContentFiltersConfig, 0], [() => GuardrailContentFiltersTierConfig$, 0]], 1
];
var GuardrailContextualGroundingFilter$ = [3, n0, _GCGF,
    0,
    [_ty, _th, _ac, _ena],
    [0, 1, [() => GuardrailContextualGroundingAction$1, 0], 2], 2
];
var GuardrailContextualGroundingFilterConfig$ = [3, n0, _GCGFC,
    0,
    [_ty, _th, _ac, _ena],
    [0, 1, [() => GuardrailContextualGroundingAction$1, 0], 2], 2
];
var GuardrailContextualGroundingPolicy$ = [3, n0, _GCGP,
    0,
    [_fi, _ti],
    [[() => GuardrailContextualGroundingFilters, 0], [() => GuardrailContextualGroundingTier$, 0]], 1
];
var GuardrailContextualGroundingPolicyConfig$ = [3, n0, _GCGPC,
    0,
    [_fC, _tCi],
    [[() => GuardrailContextualGroundingFiltersConfig, 0], [() => GuardrailContextualGroundingTierConfig$, 0]], 1
];
var GuardrailContextualGroundingTier$ = [3, n0, _GCGT,
    0,
    [_tNi],
    [[() => GuardrailContextualGroundingTierName$1, 0]], 1
];
var GuardrailContextualGroundingTierConfig$ = [3, n0, _GCGTC,
    0,
    [_tNi],
    [[() => GuardrailContextualGroundingTierName$1, 0]], 1
];
var GuardrailCrossRegionConfig$ = [3, n0, _GCRC,
    0,
    [_gPI],
    [0], 1
];
var GuardrailCrossRegionDetails$ = [3, n0, _GCRD,
    0,
    [_gPIu, _gPA],
    [0, 0]
];
var GuardrailManagedWords$ = [3, n0, _GMW,
    0,
    [_ty, _iA, _oA, _iE, _oE],
    [0, [() => GuardrailWordAction$1, 0], [() => GuardrailWordAction$1, 0], 2, 2], 1
];
var GuardrailManagedWordsConfig$ = [3, n0, _GMWC,
    0,
    [_ty, _iA, _oA, _iE, _oE],
    [0, [() => GuardrailWordAction$1, 0], [() => GuardrailWordAction$1, 0], 2, 2], 1
];
var GuardrailPiiEntity$ = [3, n0, _GPE,
    0,
    [_ty, _ac, _iA, _oA, _iE, _oE],
    [0, 0, 0, 0, 2, 2], 2
];
var GuardrailPiiEntityConfig$ = [3, n0, _GPEC,
    0,
    [_ty, _ac, _iA, _oA, _iE, _oE],
    [0, 0, 0, 0, 2, 2], 2
];
var GuardrailRegex$ = [3, n0, _GR,
    0,
    [_n, _pa, _ac, _d, _iA, _oA, _iE, _oE],
    [0, 0, 0, 0, 0, 0, 2, 2], 3
];
var GuardrailRegexConfig$ = [3, n0, _GRC,
    0,
    [_n, _pa, _ac, _d, _iA, _oA, _iE, _oE],
    [0, 0, 0, 0, 0, 0, 2, 2], 3
];
var GuardrailSensitiveInformationPolicy$ = [3, n0, _GSIP,
    0,
    [_pEi, _re],
    [() => GuardrailPiiEntities, () => GuardrailRegexes]
];
var GuardrailSensitiveInformationPolicyConfig$ = [3, n0, _GSIPC,
    0,
    [_pEC, _rCe],
    [() => GuardrailPiiEntitiesConfig, () => GuardrailRegexesConfig]
];
var GuardrailSummary$ = [3, n0, _GS,
    0,
    [_i, _a, _st, _n, _ve, _cA, _uA, _d, _cRD],
    [0, 0, 0, [() => GuardrailName, 0], 0, 5, 5, [() => GuardrailDescription, 0], () => GuardrailCrossRegionDetails$], 7
];
var GuardrailTopic$ = [3, n0, _GT,
    0,
    [_n, _de, _exa, _ty, _iA, _oA, _iE, _oE],
    [[() => GuardrailTopicName, 0], [() => GuardrailTopicDefinition, 0], [() => GuardrailTopicExamples, 0], 0, [() => GuardrailTopicAction$1, 0], [() => GuardrailTopicAction$1, 0], 2, 2], 2
];
var GuardrailTopicConfig$ = [3, n0, _GTC,
    0,
    [_n, _de, _ty, _exa, _iA, _oA, _iE, _oE],
    [[() => GuardrailTopicName, 0], [() => GuardrailTopicDefinition, 0], 0, [() => GuardrailTopicExamples, 0], [() => GuardrailTopicAction$1, 0], [() => GuardrailTopicAction$1, 0], 2, 2], 3
];
var GuardrailTopicPolicy$ = [3, n0, _GTP,
    0,
    [_to, _ti],
    [[() => GuardrailTopics, 0], [() => GuardrailTopicsTier$, 0]], 1
];
var GuardrailTopicPolicyConfig$ = [3, n0, _GTPC,
    0,
    [_tCo, _tCi],
    [[() => GuardrailTopicsConfig, 0], [() => GuardrailTopicsTierConfig$, 0]], 1
];
var GuardrailTopicsTier$ = [3, n0, _GTT,
    0,
    [_tNi],
    [[() => GuardrailTopicsTierName$1, 0]], 1
];
var GuardrailTopicsTierConfig$ = [3, n0, _GTTC,
    0,
    [_tNi],
    [[() => GuardrailTopicsTierName$1, 0]], 1
];
var GuardrailWord$ = [3, n0, _GW,
    0,
    [_te, _iA, _oA, _iE, _oE],
    [0, [() => GuardrailWordAction$1, 0], [() => GuardrailWordAction$1, 0], 2, 2], 1
];
var GuardrailWordConfig$ = [3, n0, _GWC,
    0,
    [_te, _iA, _oA, _iE, _oE],
    [0, [() => GuardrailWordAction$1, 0], [() => GuardrailWordAction$1, 0], 2, 2], 1
];
var GuardrailWordPolicy$ = [3, n0, _GWP,
    0,
    [_w, _mWL],
    [[() => GuardrailWords, 0], [() => GuardrailManagedWordLists, 0]]
];
var GuardrailWordPolicyConfig$ = [3, n0, _GWPC,
    0,
    [_wCo, _mWLC],
    [[() => GuardrailWordsConfig, 0], [() => GuardrailManagedWordListsConfig, 0]]
];
var HumanEvaluationConfig$ = [3, n0, _HEC,
    0,
    [_dMC, _hWC, _cM],
    [[() => EvaluationDatasetMetricConfigs, 0], [() => HumanWorkflowConfig$, 0], [() => HumanEvaluationCustomMetrics, 0]], 1
];
var HumanEvaluationCustomMetric$ = [3, n0, _HECM,
    0,
    [_n, _rM, _d],
    [[() => EvaluationMetricName, 0], 0, [() => EvaluationMetricDescription, 0]], 2
];
var HumanWorkflowConfig$ = [3, n0, _HWC,
    0,
    [_fDA, _in],
    [0, [() => HumanTaskInstructions, 0]], 1
];
var ImplicitFilterConfiguration$ = [3, n0, _IFC,
    0,
    [_mAe, _mA],
    [[() => MetadataAttributeSchemaList, 0], 0], 2
];
var ImportedModelSummary$ = [3, n0, _IMS,
    0,
    [_mA, _mN, _cT, _iS, _mAo],
    [0, 0, 5, 2, 0], 3
];
var InferenceConfiguration$ = [3, n0, _IC,
    0,
    [_mTa, _tem, _tPo, _sS],
    [1, 1, 1, 64 | 0]
];
var InferenceProfileModel$ = [3, n0, _IPM,
    0,
    [_mA],
    [0]
];
var InferenceProfileSummary$ = [3, n0, _IPS,
    0,
    [_iPN, _iPA, _mo, _iPIn, _st, _ty, _d, _cA, _uA],
    [0, 0, () => InferenceProfileModels, 0, 0, 0, [() => InferenceProfileDescription, 0], 5, 5], 6
];
var InvocationLogsConfig$ = [3, n0, _ILC,
    0,
    [_iLS, _uPR, _rMF],
    [() => InvocationLogSource$, 2, [() => RequestMetadataFilters$, 0]], 1
];
var KbInferenceConfig$ = [3, n0, _KIC,
    0,
    [_tIC],
    [() => TextInferenceConfig$]
];
var KnowledgeBaseRetrievalConfiguration$ = [3, n0, _KBRC,
    0,
    [_vSC],
    [[() => KnowledgeBaseVectorSearchConfiguration$, 0]], 1
];
var KnowledgeBaseRetrieveAndGenerateConfiguration$ = [3, n0, _KBRAGC,
    0,
    [_kBI, _mA, _rCet, _gCe, _oCr],
    [0, 0, [() => KnowledgeBaseRetrievalConfiguration$, 0], [() => GenerationConfiguration$, 0], () => OrchestrationConfiguration$], 2
];
var KnowledgeBaseVectorSearchConfiguration$ = [3, n0, _KBVSC,
    0,
    [_nOR, _oST, _fil, _iFC, _rCer],
    [1, 0, [() => RetrievalFilter$, 0], [() => ImplicitFilterConfiguration$, 0], [() => VectorSearchRerankingConfiguration$, 0]]
];
var LambdaGraderConfig$ = [3, n0, _LGC,
    0,
    [_lA],
    [0], 1
];
var LegalTerm$ = [3, n0, _LT,
    0,
    [_ur],
    [0]
];
var ListAdvancedPromptOptimizationJobsRequest$ = [3, n0, _LAPOJR,
    0,
    [_mR, _nT, _sB, _sO],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _sB }], [0, { [_hQ]: _sO }]]
];
var ListAdvancedPromptOptimizationJobsResponse$ = [3, n0, _LAPOJRi,
    0,
    [_jSo, _nT],
    [() => AdvancedPromptOptimizationJobSummaries, 0]
];
var ListAutomatedReasoningPoliciesRequest$ = [3, n0, _LARPR,
    0,
    [_pA, _nT, _mR],
    [[0, { [_hQ]: _pA }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]]
];
var ListAutomatedReasoningPoliciesResponse$ = [3, n0, _LARPRi,
    0,
    [_aRPS, _nT],
    [[() => AutomatedReasoningPolicySummaries, 0], 0], 1
];
var ListAutomatedReasoningPolicyBuildWorkflowsRequest$ = [3, n0, _LARPBWR,
    0,
    [_pA, _nT, _mR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListAutomatedReasoningPolicyBuildWorkflowsResponse$ = [3, n0, _LARPBWRi,
    0,
    [_aRPBWS, _nT],
    [() => AutomatedReasoningPolicyBuildWorkflowSummaries, 0], 1
];
var ListAutomatedReasoningPolicyTestCasesRequest$ = [3, n0, _LARPTCR,
    0,
    [_pA, _nT, _mR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListAutomatedReasoningPolicyTestCasesResponse$ = [3, n0, _LARPTCRi,
    0,
    [_tCes, _nT],
    [[() => AutomatedReasoningPolicyTestCaseList, 0], 0], 1
];
var ListAutomatedReasoningPolicyTestResultsRequest$ = [3, n0, _LARPTRR,
    0,
    [_pA, _bWI, _nT, _mR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListAutomatedReasoningPolicyTestResultsResponse$ = [3, n0, _LARPTRRi,
    0,
    [_tRe, _nT],
    [[() => AutomatedReasoningPolicyTestList, 0], 0], 1
];
var ListCustomModelDeploymentsRequest$ = [3, n0, _LCMDR,
    0,
    [_cBr, _cAr, _nC, _mR, _nT, _sB, _sO, _sEt, _mAE],
    [[5, { [_hQ]: _cBr }], [5, { [_hQ]: _cAr }], [0, { [_hQ]: _nC }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _sB }], [0, { [_hQ]: _sO }], [0, { [_hQ]: _sEt }], [0, { [_hQ]: _mAE }]]
];
var ListCustomModelDeploymentsResponse$ = [3, n0, _LCMDRi,
    0,
    [_nT, _mDSo],
    [0, () => CustomModelDeploymentSummaryList]
];
var ListCustomModelsRequest$ = [3, n0, _LCMR,
    0,
    [_cTB, _cTA, _nC, _bMAE, _fMAE, _mR, _nT, _sB, _sO, _iO, _mSo],
    [[5, { [_hQ]: _cTB }], [5, { [_hQ]: _cTA }], [0, { [_hQ]: _nC }], [0, { [_hQ]: _bMAE }], [0, { [_hQ]: _fMAE }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _sB }], [0, { [_hQ]: _sO }], [2, { [_hQ]: _iO }], [0, { [_hQ]: _mSo }]]
];
var ListCustomModelsResponse$ = [3, n0, _LCMRi,
    0,
    [_nT, _mSod],
    [0, () => CustomModelSummaryList]
];
var ListEnforcedGuardrailsConfigurationRequest$ = [3, n0, _LEGCR,
    0,
    [_nT],
    [[0, { [_hQ]: _nT }]]
];
var ListEnforcedGuardrailsConfigurationResponse$ = [3, n0, _LEGCRi,
    0,
    [_gCua, _nT],
    [() => AccountEnforcedGuardrailsOutputConfiguration, 0], 1
];
var ListEvaluationJobsRequest$ = [3, n0, _LEJR,
    0,
    [_cTA, _cTB, _sEt, _aTE, _nC, _mR, _nT, _sB, _sO],
    [[5, { [_hQ]: _cTA }], [5, { [_hQ]: _cTB }], [0, { [_hQ]: _sEt }], [0, { [_hQ]: _aTE }], [0, { [_hQ]: _nC }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _sB }], [0, { [_hQ]: _sO }]]
];
var ListEvaluationJobsResponse$ = [3, n0, _LEJRi,
    0,
    [_nT, _jSo],
    [0, () => EvaluationSummaries]
];
var ListFoundationModelAgreementOffersRequest$ = [3, n0, _LFMAOR,
    0,
    [_mIo, _oTf],
    [[0, 1], [0, { [_hQ]: _oTf }]], 1
];
var ListFoundationModelAgreementOffersResponse$ = [3, n0, _LFMAORi,
    0,
    [_mIo, _of],
    [0, () => Offers], 2
];
var ListFoundationModelsRequest$ = [3, n0, _LFMR,
    0,
    [_bP, _bCT, _bOMy, _bIT, _pI],
    [[0, { [_hQ]: _bP }], [0, { [_hQ]: _bCT }], [0, { [_hQ]: _bOMy }], [0, { [_hQ]: _bIT }], [0, { [_hQ]: _pI }]]
];
var ListFoundationModelsResponse$ = [3, n0, _LFMRi,
    0,
    [_mSod],
    [() => FoundationModelSummaryList]
];
var ListGuardrailsRequest$ = [3, n0, _LGR,
    0,
    [_gI, _mR, _nT],
    [[0, { [_hQ]: _gI }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListGuardrailsResponse$ = [3, n0, _LGRi,
    0,
    [_g, _nT],
    [[() => GuardrailSummaries, 0], 0], 1
];
var ListImportedModelsRequest$ = [3, n0, _LIMR,
    0,
    [_cTB, _cTA, _nC, _mR, _nT, _sB, _sO],
    [[5, { [_hQ]: _cTB }], [5, { [_hQ]: _cTA }], [0, { [_hQ]: _nC }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _sB }], [0, { [_hQ]: _sO }]]
];
var ListImportedModelsResponse$ = [3, n0, _LIMRi,
    0,
    [_nT, _mSod],
    [0, () => ImportedModelSummaryList]
];
var ListInferenceProfilesRequest$ = [3, n0, _LIPR,
    0,
    [_mR, _nT, _tE, _pI],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _ty }], [0, { [_hQ]: _pI }]]
];
var ListInferenceProfilesResponse$ = [3, n0, _LIPRi,
    0,
    [_iPS, _nT],
    [[() => InferenceProfileSummaries, 0], 0]
];
var ListMarketplaceModelEndpointsRequest$ = [3, n0, _LMMER,
    0,
    [_mR, _nT, _mSE],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _mSI }]]
];
var ListMarketplaceModelEndpointsResponse$ = [3, n0, _LMMERi,
    0,
    [_mMEa, _nT],
    [() => MarketplaceModelEndpointSummaries, 0]
];
var ListModelCopyJobsRequest$ = [3, n0, _LMCJR,
    0,
    [_cTA, _cTB, _sEt, _sAE, _sMAE, _tMNC, _mR, _nT, _sB, _sO],
    [[5, { [_hQ]: _cTA }], [5, { [_hQ]: _cTB }], [0, { [_hQ]: _sEt }], [0, { [_hQ]: _sAE }], [0, { [_hQ]: _sMAE }], [0, { [_hQ]: _oMNC }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _sB }], [0, { [_hQ]: _sO }]]
];
var ListModelCopyJobsResponse$ = [3, n0, _LMCJRi,
    0,
    [_nT, _mCJS],
    [0, () => ModelCopyJobSummaries]
];
var ListModelCustomizationJobsRequest$ = [3, n0, _LMCJRis,
    0,
    [_cTA, _cTB, _sEt, _nC, _mR, _nT, _sB, _sO],
    [[5, { [_hQ]: _cTA }], [5, { [_hQ]: _cTB }], [0, { [_hQ]: _sEt }], [0, { [_hQ]: _nC }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _sB }], [0, { [_hQ]: _sO }]]
];
var ListModelCustomizationJobsResponse$ = [3, n0, _LMCJRist,
    0,
    [_nT, _mCJSo],
    [0, () => ModelCustomizationJobSummaries]
];
var ListModelImportJobsRequest$ = [3, n0, _LMIJR,
    0,
    [_cTA, _cTB, _sEt, _nC, _mR, _nT, _sB, _sO],
    [[5, { [_hQ]: _cTA }], [5, { [_hQ]: _cTB }], [0, { [_hQ]: _sEt }], [0, { [_hQ]: _nC }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _sB }], [0, { [_hQ]: _sO }]]
];
var ListModelImportJobsResponse$ = [3, n0, _LMIJRi,
    0,
    [_nT, _mIJS],
    [0, () => ModelImportJobSummaries]
];
var ListModelInvocationJobsRequest$ = [3, n0, _LMIJRis,
    0,
    [_sTA, _sTB, _sEt, _nC, _mR, _nT, _sB, _sO],
    [[5, { [_hQ]: _sTA }], [5, { [_hQ]: _sTB }], [0, { [_hQ]: _sEt }], [0, { [_hQ]: _nC }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _sB }], [0, { [_hQ]: _sO }]]
];
var ListModelInvocationJobsResponse$ = [3, n0, _LMIJRist,
    0,
    [_nT, _iJS],
    [0, [() => ModelInvocationJobSummaries, 0]]
];
var ListProjectsRequest$ = [3, n0, _LPR,
    0,
    [_nT, _mR, _sF],
    [[0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _sF }]]
];
var ListProjectsResponse$ = [3, n0, _LPRi,
    0,
    [_pSr, _nT],
    [[() => ProjectSummaryList, 0], 0], 1
];
var ListPromptRoutersRequest$ = [3, n0, _LPRR,
    0,
    [_mR, _nT, _ty],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _ty }]]
];
var ListPromptRoutersResponse$ = [3, n0, _LPRRi,
    0,
    [_pRS, _nT],
    [[() => PromptRouterSummaries, 0], 0]
];
var ListProvisionedModelThroughputsRequest$ = [3, n0, _LPMTR,
    0,
    [_cTA, _cTB, _sEt, _mAE, _nC, _mR, _nT, _sB, _sO],
    [[5, { [_hQ]: _cTA }], [5, { [_hQ]: _cTB }], [0, { [_hQ]: _sEt }], [0, { [_hQ]: _mAE }], [0, { [_hQ]: _nC }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _sB }], [0, { [_hQ]: _sO }]]
];
var ListProvisionedModelThroughputsResponse$ = [3, n0, _LPMTRi,
    0,
    [_nT, _pMS],
    [0, () => ProvisionedModelSummaries]
];
var ListTagsForResourceRequest$ = [3, n0, _LTFRR,
    0,
    [_rARN],
    [0], 1
];
var ListTagsForResourceResponse$ = [3, n0, _LTFRRi,
    0,
    [_ta],
    [() => TagList]
];
var ListTrustedAccessProgramsRequest$ = [3, n0, _LTAPR,
    0,
    [_pI, _mR, _nT],
    [[0, { [_hQ]: _pI }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListTrustedAccessProgramsResponse$ = [3, n0, _LTAPRi,
    0,
    [_pSro, _nT],
    [() => TrustedAccessProgramSummaries, 0], 1
];
var LoggingConfig$ = [3, n0, _LC,
    0,
    [_cWC, _sCo, _tDDE, _iDDE, _eDDE, _vDDE, _aDDE],
    [() => CloudWatchConfig$, () => S3Config$, 2, 2, 2, 2, 2]
];
var MarketplaceModelEndpoint$ = [3, n0, _MME,
    0,
    [_eA, _mSI, _cA, _uA, _eCn, _eSn, _st, _sM, _eSM],
    [0, 0, 5, 5, () => EndpointConfig$, 0, 0, 0, 0], 6
];
var MarketplaceModelEndpointSummary$ = [3, n0, _MMES,
    0,
    [_eA, _mSI, _cA, _uA, _st, _sM],
    [0, 0, 5, 5, 0, 0], 4
];
var MetadataAttributeSchema$ = [3, n0, _MAS,
    8,
    [_k, _ty, _d],
    [0, 0, 0], 3
];
var MetadataConfigurationForReranking$ = [3, n0, _MCFR,
    0,
    [_sMe, _sMC],
    [0, [() => RerankingMetadataSelectiveModeConfiguration$, 0]], 1
];
var ModelConfiguration$ = [3, n0, _MC,
    0,
    [_mIo, _iCn, _aMRF],
    [0, () => InferenceConfiguration$, 128 | 15], 1
];
var ModelCopyJobSummary$ = [3, n0, _MCJS,
    0,
    [_jA, _st, _cT, _tMA, _sAI, _sMA, _tMN, _tMKKA, _tMT, _fMa, _sMN],
    [0, 0, 5, 0, 0, 0, 0, 0, () => TagList, 0, 0], 6
];
var ModelCustomizationJobSummary$ = [3, n0, _MCJSo,
    0,
    [_jA, _bMA, _jN, _st, _cT, _sDt, _lMT, _eT, _cMA, _cMN, _cTu],
    [0, 0, 0, 0, 5, () => StatusDetails$, 5, 5, 0, 0, 0], 5
];
var ModelEnforcement$ = [3, n0, _ME,
    0,
    [_iMn, _eMx],
    [64 | 0, 64 | 0], 2
];
var ModelImportJobSummary$ = [3, n0, _MIJS,
    0,
    [_jA, _jN, _st, _cT, _lMT, _eT, _iMA, _iMN],
    [0, 0, 0, 5, 5, 5, 0, 0], 4
];
var ModelInvocationJobS3InputDataConfig$ = [3, n0, _MIJSIDC,
    0,
    [_sU, _sIF, _sBO],
    [0, 0, 0], 1
];
var ModelInvocationJobS3OutputDataConfig$ = [3, n0, _MIJSODC,
    0,
    [_sU, _sEKI, _sBO],
    [0, 0, 0], 1
];
var ModelInvocationJobSummary$ = [3, n0, _MIJSo,
    0,
    [_jA, _jN, _mIo, _rA, _sTu, _iDC, _oDC, _cRT, _st, _m, _lMT, _eT, _vCp, _tDIH, _jET, _mIT, _tRC, _pRC, _sRC, _eRC],
    [0, 0, 0, 0, 5, () => ModelInvocationJobInputDataConfig$, () => ModelInvocationJobOutputDataConfig$, 0, 0, [() => Message, 0], 5, 5, () => VpcConfig$, 1, 5, 0, 1, 1, 1, 1], 7
];
var ModelPackageArnDataSource$ = [3, n0, _MPADS,
    0,
    [_mPA],
    [0], 1
];
var Offer$ = [3, n0, _O,
    0,
    [_oT, _tD, _oIf],
    [0, () => TermDetails$, 0], 2
];
var OrchestrationConfiguration$ = [3, n0, _OC,
    0,
    [_qTC],
    [() => QueryTransformationConfiguration$], 1
];
var OutputDataConfig$ = [3, n0, _ODC,
    0,
    [_sU],
    [0], 1
];
var PerformanceConfiguration$ = [3, n0, _PC,
    0,
    [_la],
    [0]
];
var PricingTerm$ = [3, n0, _PT,
    0,
    [_rCa],
    [() => RateCard], 1
];
var ProjectDataRetention$ = [3, n0, _PDR,
    0,
    [_mod],
    [0], 1
];
var ProjectSummary$ = [3, n0, _PS,
    0,
    [_i, _a, _n, _st, _cA, _dR, _aA],
    [0, 0, [() => ProjectName, 0], 0, 5, () => ProjectDataRetention$, 5], 6
];
var PromptRouterSummary$ = [3, n0, _PRS,
    0,
    [_pRN, _rCo, _pRA, _mo, _fM, _st, _ty, _d, _cA, _uA],
    [0, () => RoutingCriteria$, 0, () => PromptRouterTargetModels, () => PromptRouterTargetModel$, 0, 0, [() => PromptRouterDescription, 0], 5, 5], 7
];
var PromptRouterTargetModel$ = [3, n0, _PRTM,
    0,
    [_mA],
    [0], 1
];
var PromptTemplate$ = [3, n0, _PTr,
    0,
    [_tPT],
    [[() => TextPromptTemplate, 0]]
];
var ProvisionedModelSummary$ = [3, n0, _PMS,
    0,
    [_pMN, _pMA, _mA, _dMA, _fMA, _mU, _dMU, _st, _cT, _lMT, _cD, _cET],
    [0, 0, 0, 0, 0, 1, 1, 0, 5, 5, 0, 5], 10
];
var PutAccountDataRetentionRequest$ = [3, n0, _PADRR,
    0,
    [_mod],
    [0], 1
];
var PutAccountDataRetentionResponse$ = [3, n0, _PADRRu,
    0,
    [_mod, _uA],
    [0, 5], 1
];
var PutAccountDataRetentionStorageRequest$ = [3, n0, _PADRSR,
    0,
    [_mP, _sD, _sC],
    [[0, 1], 0, () => DataRetentionStorageConfiguration$], 2
];
var PutAccountDataRetentionStorageResponse$ = [3, n0, _PADRSRu,
    0,
    [_sc, _mP, _sD, _uA, _sC, _kKS, _sBS],
    [0, 0, 0, 5, () => DataRetentionStorageConfiguration$, 0, 0], 4
];
var PutEnforcedGuardrailConfigurationRequest$ = [3, n0, _PEGCR,
    0,
    [_gIC, _cI],
    [() => AccountEnforcedGuardrailInferenceInputConfiguration$, 0], 1
];
var PutEnforcedGuardrailConfigurationResponse$ = [3, n0, _PEGCRu,
    0,
    [_cI, _uA, _uB],
    [0, 5, 0]
];
var PutModelInvocationLoggingConfigurationRequest$ = [3, n0, _PMILCR,
    0,
    [_lC],
    [() => LoggingConfig$], 1
];
var PutModelInvocationLoggingConfigurationResponse$ = [3, n0, _PMILCRu,
    0,
    [],
    []
];
var PutOrganizationDataRetentionStorageRequest$ = [3, n0, _PODRSR,
    0,
    [_mP, _sD, _sC],
    [[0, 1], 0, () => DataRetentionStorageConfiguration$], 2
];
var PutOrganizationDataRetentionStorageResponse$ = [3, n0, _PODRSRu,
    0,
    [_sc, _mP, _sD, _uA, _sC, _kKS, _sBS],
    [0, 0, 0, 5, () => DataRetentionStorageConfiguration$, 0, 0], 4
];
var PutProjectDataRetentionStorageRequest$ = [3, n0, _PPDRSR,
    0,
    [_pI, _mP, _sD, _sC],
    [[0, 1], [0, 1], 0, () => DataRetentionStorageConfiguration$], 3
];
var PutProjectDataRetentionStorageResponse$ = [3, n0, _PPDRSRu,
    0,
    [_sc, _mP, _sD, _uA, _pAr, _sC, _kKS, _sBS],
    [0, 0, 0, 5, 0, () => DataRetentionStorageConfiguration$, 0, 0], 5
];
var PutResourcePolicyRequest$ = [3, n0, _PRPR,
    0,
    [_rAe, _rP],
    [0, 0], 2
];
var PutResourcePolicyResponse$ = [3, n0, _PRPRu,
    0,
    [_rAe],
    [0]
];
var PutTrustedAccessProgramAccountEnrollmentRequest$ = [3, n0, _PTAPAER,
    0,
    [_pIr, _oI],
    [[0, 1], 0], 2
];
var PutTrustedAccessProgramAccountEnrollmentResponse$ = [3, n0, _PTAPAERu,
    0,
    [_oI, _uA],
    [0, 5], 2
];
var PutTrustedAccessProgramOrganizationEnrollmentRequest$ = [3, n0, _PTAPOER,
    0,
    [_pIr, _oI],
    [[0, 1], 0], 2
];
var PutTrustedAccessProgramOrganizationEnrollmentResponse$ = [3, n0, _PTAPOERu,
    0,
    [_oI, _uA],
    [0, 5], 2
];
var PutTrustedAccessProgramProjectEnrollmentRequest$ = [3, n0, _PTAPPER,
    0,
    [_pIr, _pI, _oI],
    [[0, 1], [0, 1], 0], 3
];
var PutTrustedAccessProgramProjectEnrollmentResponse$ = [3, n0, _PTAPPERu,
    0,
    [_oI, _uA],
    [0, 5], 2
];
var PutUseCaseForModelAccessRequest$ = [3, n0, _PUCFMAR,
    0,
    [_fD],
    [21], 1
];
var PutUseCaseForModelAccessResponse$ = [3, n0, _PUCFMARu,
    0,
    [],
    []
];
var QueryTransformationConfiguration$ = [3, n0, _QTC,
    0,
    [_ty],
    [0], 1
];
var RatingScaleItem$ = [3, n0, _RSI,
    0,
    [_de, _va],
    [0, () => RatingScaleItemValue$], 2
];
var RegisterMarketplaceModelEndpointRequest$ = [3, n0, _RMMER,
    0,
    [_eI, _mSI],
    [[0, 1], 0], 2
];
var RegisterMarketplaceModelEndpointResponse$ = [3, n0, _RMMERe,
    0,
    [_mME],
    [() => MarketplaceModelEndpoint$], 1
];
var RequestMetadataBaseFilters$ = [3, n0, _RMBF,
    0,
    [_eq, _nE],
    [[() => RequestMetadataMap, 0], [() => RequestMetadataMap, 0]]
];
var RetrieveAndGenerateConfiguration$ = [3, n0, _RAGC,
    0,
    [_ty, _kBC, _eSC],
    [0, [() => KnowledgeBaseRetrieveAndGenerateConfiguration$, 0], [() => ExternalSourcesRetrieveAndGenerateConfiguration$, 0]], 1
];
var RetrieveConfig$ = [3, n0, _RC,
    0,
    [_kBI, _kBRC],
    [0, [() => KnowledgeBaseRetrievalConfiguration$, 0]], 2
];
var RFTConfig$ = [3, n0, _RFTC,
    0,
    [_gCr, _hP],
    [() => GraderConfig$, () => RFTHyperParameters$]
];
var RFTHyperParameters$ = [3, n0, _RFTHP,
    0,
    [_eCp, _bSa, _lR, _mPL, _tSPP, _iMTn, _rE, _eIv],
    [1, 1, 1, 1, 1, 1, 0, 1]
];
var RoutingCriteria$ = [3, n0, _RCo,
    0,
    [_rQD],
    [1], 1
];
var S3Config$ = [3, n0, _SC,
    0,
    [_bN, _kP],
    [0, 0], 1
];
var S3DataSource$ = [3, n0, _SDS,
    0,
    [_sU],
    [0], 1
];
var S3ObjectDoc$ = [3, n0, _SOD,
    0,
    [_uri],
    [0], 1
];
var SageMakerEndpoint$ = [3, n0, _SME,
    0,
    [_iIC, _iTn, _eRx, _kEK, _vp],
    [1, 0, 0, 0, () => VpcConfig$], 3
];
var SelectiveContentGuarding$ = [3, n0, _SCG,
    0,
    [_sy, _me],
    [0, 0]
];
var StartAutomatedReasoningPolicyBuildWorkflowRequest$ = [3, n0, _SARPBWR,
    0,
    [_pA, _bWT, _sCou, _cRT],
    [[0, 1], [0, 1], [() => AutomatedReasoningPolicyBuildWorkflowSource$, 16], [0, { [_hH]: _xact, [_iTd]: 1 }]], 3
];
var StartAutomatedReasoningPolicyBuildWorkflowResponse$ = [3, n0, _SARPBWRt,
    0,
    [_pA, _bWI],
    [0, 0], 2
];
var StartAutomatedReasoningPolicyTestWorkflowRequest$ = [3, n0, _SARPTWR,
    0,
    [_pA, _bWI, _tCIe, _cRT],
    [[0, 1], [0, 1], 64 | 0, [0, 4]], 2
];
var StartAutomatedReasoningPolicyTestWorkflowResponse$ = [3, n0, _SARPTWRt,
    0,
    [_pA],
    [0], 1
];
var StartTrustedAccessProgramAccountApplicationRequest$ = [3, n0, _STAPAAR,
    0,
    [_pIr],
    [[0, 1]], 1
];
var StartTrustedAccessProgramAccountApplicationResponse$ = [3, n0, _STAPAARt,
    0,
    [_res],
    [[() => TrustedAccessProgramApplicationResult$, 0]], 1
];
var StartTrustedAccessProgramOrganizationApplicationRequest$ = [3, n0, _STAPOAR,
    0,
    [_pIr],
    [[0, 1]], 1
];
var StartTrustedAccessProgramOrganizationApplicationResponse$ = [3, n0, _STAPOARt,
    0,
    [_res],
    [[() => TrustedAccessProgramApplicationResult$, 0]], 1
];
var StartTrustedAccessProgramProjectApplicationRequest$ = [3, n0, _STAPPAR,
    0,
    [_pIr, _pI],
    [[0, 1], [0, 1]], 2
];
var StartTrustedAccessProgramProjectApplicationResponse$ = [3, n0, _STAPPARt,
    0,
    [_res],
    [[() => TrustedAccessProgramApplicationResult$, 0]], 1
];
var StatusDetails$ = [3, n0, _SD,
    0,
    [_vD, _dPD, _tDr],
    [() => ValidationDetails$, () => DataProcessingDetails$, () => TrainingDetails$]
];
var StopAdvancedPromptOptimizationJobRequest$ = [3, n0, _SAPOJR,
    0,
    [_jI],
    [[0, 1]], 1
];
var StopAdvancedPromptOptimizationJobResponse$ = [3, n0, _SAPOJRt,
    0,
    [],
    []
];
var StopEvaluationJobRequest$ = [3, n0, _SEJR,
    0,
    [_jI],
    [[() => EvaluationJobIdentifier, 1]], 1
];
var StopEvaluationJobResponse$ = [3, n0, _SEJRt,
    0,
    [],
    []
];
var StopModelCustomizationJobRequest$ = [3, n0, _SMCJR,
    0,
    [_jI],
    [[0, 1]], 1
];
var StopModelCustomizationJobResponse$ = [3, n0, _SMCJRt,
    0,
    [],
    []
];
var StopModelInvocationJobRequest$ = [3, n0, _SMIJR,
    0,
    [_jI],
    [[0, 1]], 1
];
var StopModelInvocationJobResponse$ = [3, n0, _SMIJRt,
    0,
    [],
    []
];
var SupportTerm$ = [3, n0, _ST,
    0,
    [_rPD],
    [0]
];
var Tag$ = [3, n0, _T,
    0,
    [_k, _va],
    [0, 0], 2
];
var TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_rARN, _ta],
    [0, () => TagList], 2
];
var TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [],
    []
];
var TeacherModelConfig$ = [3, n0, _TMC,
    0,
    [_tMI, _mRLFI],
    [0, 1], 1
];
var TermDetails$ = [3, n0, _TD,
    0,
    [_uBPT, _lTeg, _sTup, _vT],
    [() => PricingTerm$, () => LegalTerm$, () => SupportTerm$, () => ValidityTerm$], 3
];
var TextInferenceConfig$ = [3, n0, _TIC,
    0,
    [_tem, _tPo, _mTa, _sS],
    [1, 1, 1, 64 | 0]
];
var TrainingDataConfig$ = [3, n0, _TDC,
    0,
    [_sU, _iLC],
    [0, [() => InvocationLogsConfig$, 0]]
];
var TrainingDetails$ = [3, n0, _TDr,
    0,
    [_st, _cT, _lMT],
    [0, 5, 5]
];
var TrainingMetrics$ = [3, n0, _TM,
    0,
    [_tL],
    [1]
];
var TrustedAccessProgramProviderHandoff$ = [3, n0, _TAPPH,
    0,
    [_aTpp, _aTEA, _eU],
    [[() => TrustedAccessProgramApplicationToken, 0], 5, 0], 2
];
var TrustedAccessProgramSummary$ = [3, n0, _TAPS,
    0,
    [_pIro, _n, _d, _pNr, _dU, _st, _sou, _rF, _oI, _eU, _sRta, _eS, _uA],
    [0, 0, 0, 0, 0, 0, 0, () => TrustedAccessResolutionContext$, 0, 0, 0, 0, 5], 9
];
var TrustedAccessResolutionContext$ = [3, n0, _TARC,
    0,
    [_aIc, _pAr],
    [0, 0], 1
];
var UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_rARN, _tK],
    [0, 64 | 0], 2
];
var UntagResourceResponse$ = [3, n0, _URRn,
    0,
    [],
    []
];
var UpdateAutomatedReasoningPolicyAnnotationsRequest$ = [3, n0, _UARPAR,
    0,
    [_pA, _bWI, _ann, _lUASH],
    [[0, 1], [0, 1], [() => AutomatedReasoningPolicyAnnotationList, 0], 0], 4
];
var UpdateAutomatedReasoningPolicyAnnotationsResponse$ = [3, n0, _UARPARp,
    0,
    [_pA, _bWI, _aSH, _uA],
    [0, 0, 0, 5], 4
];
var UpdateAutomatedReasoningPolicyRequest$ = [3, n0, _UARPR,
    0,
    [_pA, _pD, _n, _d],
    [[0, 1], [() => AutomatedReasoningPolicyDefinition$, 0], [() => AutomatedReasoningPolicyName, 0], [() => AutomatedReasoningPolicyDescription, 0]], 2
];
var UpdateAutomatedReasoningPolicyResponse$ = [3, n0, _UARPRp,
    0,
    [_pA, _n, _dHe, _uA],
    [0, [() => AutomatedReasoningPolicyName, 0], 0, 5], 4
];
var UpdateAutomatedReasoningPolicyTestCaseRequest$ = [3, n0, _UARPTCR,
    0,
    [_pA, _tCI, _gC, _lUA, _eAFR, _qC, _cTo, _cRT],
    [[0, 1], [0, 1], [() => AutomatedReasoningPolicyTestGuardContent, 0], 5, 0, [() => AutomatedReasoningPolicyTestQueryContent, 0], 1, [0, 4]], 5
];
var UpdateAutomatedReasoningPolicyTestCaseResponse$ = [3, n0, _UARPTCRp,
    0,
    [_pA, _tCI],
    [0, 0], 2
];
var UpdateCustomModelDeploymentRequest$ = [3, n0, _UCMDR,
    0,
    [_mA, _cMDI],
    [0, [0, 1]], 2
];
var UpdateCustomModelDeploymentResponse$ = [3, n0, _UCMDRp,
    0,
    [_cMDA],
    [0], 1
];
var UpdateGuardrailRequest$ = [3, n0, _UGR,
    0,
    [_gI, _n, _bIM, _bOM, _d, _tPC, _cPC, _wPC, _sIPC, _cGPC, _aRPC, _cRC, _kKI],
    [[0, 1], [() => GuardrailName, 0], [() => GuardrailBlockedMessaging, 0], [() => GuardrailBlockedMessaging, 0], [() => GuardrailDescription, 0], [() => GuardrailTopicPolicyConfig$, 0], [() => GuardrailContentPolicyConfig$, 0], [() => GuardrailWordPolicyConfig$, 0], () => GuardrailSensitiveInformationPolicyConfig$, [() => GuardrailContextualGroundingPolicyConfig$, 0], () => GuardrailAutomatedReasoningPolicyConfig$, () => GuardrailCrossRegionConfig$, 0], 4
];
var UpdateGuardrailResponse$ = [3, n0, _UGRp,
    0,
    [_gIu, _gA, _ve, _uA],
    [0, 0, 0, 5], 4
];
var UpdateMarketplaceModelEndpointRequest$ = [3, n0, _UMMER,
    0,
    [_eA, _eCn, _cRT],
    [[0, 1], () => EndpointConfig$, [0, 4]], 2
];
var UpdateMarketplaceModelEndpointResponse$ = [3, n0, _UMMERp,
    0,
    [_mME],
    [() => MarketplaceModelEndpoint$], 1
];
var UpdateProjectRequest$ = [3, n0, _UPR,
    0,
    [_pI, _n, _dR],
    [[0, 1], [() => ProjectName, 0], () => ProjectDataRetention$], 1
];
var UpdateProjectResponse$ = [3, n0, _UPRp,
    0,
    [_i, _a, _n, _st, _cA, _dR, _aA],
    [0, 0, [() => ProjectName, 0], 0, 5, () => ProjectDataRetention$, 5], 6
];
var UpdateProvisionedModelThroughputRequest$ = [3, n0, _UPMTR,
    0,
    [_pMI, _dPMN, _dMI],
    [[0, 1], 0, 0], 1
];
var UpdateProvisionedModelThroughputResponse$ = [3, n0, _UPMTRp,
    0,
    [],
    []
];
var ValidationDataConfig$ = [3, n0, _VDC,
    0,
    [_val],
    [() => Validators], 1
];
var ValidationDetails$ = [3, n0, _VD,
    0,
    [_st, _cT, _lMT],
    [0, 5, 5]
];
var Validator$ = [3, n0, _V,
    0,
    [_sU],
    [0], 1
];
var ValidatorMetric$ = [3, n0, _VM,
    0,
    [_vL],
    [1]
];
var ValidityTerm$ = [3, n0, _VT,
    0,
    [_aD],
    [0]
];
var VectorSearchBedrockRerankingConfiguration$ = [3, n0, _VSBRC,
    0,
    [_mCo, _nORR, _mCe],
    [() => VectorSearchBedrockRerankingModelConfiguration$, 1, [() => MetadataConfigurationForReranking$, 0]], 1
];
var VectorSearchBedrockRerankingModelConfiguration$ = [3, n0, _VSBRMC,
    0,
    [_mA, _aMRF],
    [0, 128 | 15], 1
];
var VectorSearchRerankingConfiguration$ = [3, n0, _VSRC,
    0,
    [_ty, _bRC],
    [0, [() => VectorSearchBedrockRerankingConfiguration$, 0]], 1
];
var VpcConfig$ = [3, n0, _VC,
    0,
    [_sIu, _sGI],
    [64 | 0, 64 | 0], 2
];
var AccountEnforcedGuardrailsOutputConfiguration = [1, n0, _AEGOCc,
    0, () => AccountEnforcedGuardrailOutputConfiguration$
];
var AdvancedPromptOptimizationJobSummaries = [1, n0, _APOJSd,
    0, () => AdvancedPromptOptimizationJobSummary$
];
var AutomatedEvaluationCustomMetrics = [1, n0, _AECM,
    0, [() => AutomatedEvaluationCustomMetricSource$,
        0]
];
var AutomatedReasoningCheckDifferenceScenarioList = [1, n0, _ARCDSL,
    0, [() => AutomatedReasoningCheckScenario$,
        0]
];
var AutomatedReasoningCheckFindingList = [1, n0, _ARCFL,
    0, [() => AutomatedReasoningCheckFinding$,
        0]
];
var AutomatedReasoningCheckInputTextReferenceList = [1, n0, _ARCITRL,
    0, [() => AutomatedReasoningCheckInputTextReference$,
        0]
];
var AutomatedReasoningCheckRuleList = [1, n0, _ARCRL,
    0, () => AutomatedReasoningCheckRule$
];
var AutomatedReasoningCheckTranslationList = [1, n0, _ARCTL,
    0, [() => AutomatedReasoningCheckTranslation$,
        0]
];
var AutomatedReasoningCheckTranslationOptionList = [1, n0, _ARCTOL,
    0, [() => AutomatedReasoningCheckTranslationOption$,
        0]
];
var AutomatedReasoningLogicStatementList = [1, n0, _ARLSL,
    0, [() => AutomatedReasoningLogicStatement$,
        0]
];
var AutomatedReasoningPolicyAnnotatedChunkList = [1, n0, _ARPACL,
    0, [() => AutomatedReasoningPolicyAnnotatedChunk$,
        0]
];
var AutomatedReasoningPolicyAnnotatedContentList = [1, n0, _ARPACLu,
    0, [() => AutomatedReasoningPolicyAnnotatedContent$,
        0]
];
var AutomatedReasoningPolicyAnnotationList = [1, n0, _ARPALu,
    0, [() => AutomatedReasoningPolicyAnnotation$,
        0]
];
var AutomatedReasoningPolicyAtomicStatementList = [1, n0, _ARPASL,
    0, [() => AutomatedReasoningPolicyAtomicStatement$,
        0]
];
var AutomatedReasoningPolicyBuildLogEntryList = [1, n0, _ARPBLEL,
    0, [() => AutomatedReasoningPolicyBuildLogEntry$,
        0]
];
var AutomatedReasoningPolicyBuildResultAssetManifestList = [1, n0, _ARPBRAML,
    0, [() => AutomatedReasoningPolicyBuildResultAssetManifestEntry$,
        0]
];
var AutomatedReasoningPolicyBuildStepList = [1, n0, _ARPBSL,
    0, [() => AutomatedReasoningPolicyBuildStep$,
        0]
];
var AutomatedReasoningPolicyBuildStepMessageList = [1, n0, _ARPBSML,
    0, () => AutomatedReasoningPolicyBuildStepMessage$
];
var AutomatedReasoningPolicyBuildWorkflowDocumentList = [1, n0, _ARPBWDL,
    0, [() => AutomatedReasoningPolicyBuildWorkflowDocument$,
        0]
];
var AutomatedReasoningPolicyBuildWorkflowSummaries = [1, n0, _ARPBWSut,
    0, () => AutomatedReasoningPolicyBuildWorkflowSummary$
];
var AutomatedReasoningPolicyDefinitionRuleList = [1, n0, _ARPDRL,
    0, [() => AutomatedReasoningPolicyDefinitionRule$,
        0]
];
var AutomatedReasoningPolicyDefinitionTypeList = [1, n0, _ARPDTL,
    0, [() => AutomatedReasoningPolicyDefinitionType$,
        0]
];
var AutomatedReasoningPolicyDefinitionTypeNameList = [1, n0, _ARPDTNL,
    0, [() => AutomatedReasoningPolicyDefinitionTypeName,
        0]
];
var AutomatedReasoningPolicyDefinitionTypeValueList = [1, n0, _ARPDTVL,
    0, [() => AutomatedReasoningPolicyDefinitionTypeValue$,
        0]
];
var AutomatedReasoningPolicyDefinitionTypeValuePairList = [1, n0, _ARPDTVPL,
    0, [() => AutomatedReasoningPolicyDefinitionTypeValuePair$,
        0]
];
var AutomatedReasoningPolicyDefinitionVariableList = [1, n0, _ARPDVL,
    0, [() => AutomatedReasoningPolicyDefinitionVariable$,
        0]
];
var AutomatedReasoningPolicyDefinitionVariableNameList = [1, n0, _ARPDVNL,
    0, [() => AutomatedReasoningPolicyDefinitionVariableName,
        0]
];
var AutomatedReasoningPolicyDisjointRuleSetList = [1, n0, _ARPDRSL,
    0, [() => AutomatedReasoningPolicyDisjointRuleSet$,
        0]
];
var AutomatedReasoningPolicyGeneratedTestCaseList = [1, n0, _ARPGTCL,
    0, [() => AutomatedReasoningPolicyGeneratedTestCase$,
        0]
];
var AutomatedReasoningPolicyGenerateFidelityReportDocumentList = [1, n0, _ARPGFRDL,
    0, [() => AutomatedReasoningPolicyBuildWorkflowDocument$,
        0]
];
var AutomatedReasoningPolicyIterativeRefinementDocumentList = [1, n0, _ARPIRDL,
    0, [() => AutomatedReasoningPolicyBuildWorkflowDocument$,
        0]
];
var AutomatedReasoningPolicyJustificationList = [1, n0, _ARPJL,
    0, [() => AutomatedReasoningPolicyJustificationText,
        0]
];
var AutomatedReasoningPolicyReportSourceDocumentList = [1, n0, _ARPRSDL,
    0, [() => AutomatedReasoningPolicyReportSourceDocument$,
        0]
];
var AutomatedReasoningPolicyScenarioList = [1, n0, _ARPSLu,
    0, [() => AutomatedReasoningPolicyScenario$,
        0]
];
var AutomatedReasoningPolicyStatementReferenceList = [1, n0, _ARPSRL,
    0, () => AutomatedReasoningPolicyStatementReference$
];
var AutomatedReasoningPolicySummaries = [1, n0, _ARPSuto,
    0, [() => AutomatedReasoningPolicySummary$,
        0]
];
var AutomatedReasoningPolicyTestCaseList = [1, n0, _ARPTCL,
    0, [() => AutomatedReasoningPolicyTestCase$,
        0]
];
var AutomatedReasoningPolicyTestList = [1, n0, _ARPTL,
    0, [() => AutomatedReasoningPolicyTestResult$,
        0]
];
var AutomatedReasoningPolicyTypeValueAnnotationList = [1, n0, _ARPTVAL,
    0, [() => AutomatedReasoningPolicyTypeValueAnnotation$,
        0]
];
var BatchDeleteAdvancedPromptOptimizationJobErrors = [1, n0, _BDAPOJEa,
    0, () => BatchDeleteAdvancedPromptOptimizationJobError$
];
var BatchDeleteAdvancedPromptOptimizationJobItems = [1, n0, _BDAPOJIa,
    0, () => BatchDeleteAdvancedPromptOptimizationJobItem$
];
var BatchDeleteEvaluationJobErrors = [1, n0, _BDEJEa,
    0, [() => BatchDeleteEvaluationJobError$,
        0]
];
var BatchDeleteEvaluationJobItems = [1, n0, _BDEJIa,
    0, [() => BatchDeleteEvaluationJobItem$,
        0]
];
var BedrockEvaluatorModels = [1, n0, _BEMe,
    0, () => BedrockEvaluatorModel$
];
var CustomMetricBedrockEvaluatorModels = [1, n0, _CMBEMu,
    0, () => CustomMetricBedrockEvaluatorModel$
];
var CustomModelDeploymentSummaryList = [1, n0, _CMDSL,
    0, () => CustomModelDeploymentSummary$
];
var CustomModelSummaryList = [1, n0, _CMSL,
    0, () => CustomModelSummary$
];
var EvaluationDatasetMetricConfigs = [1, n0, _EDMCv,
    0, [() => EvaluationDatasetMetricConfig$,
        0]
];
var EvaluationJobIdentifiers = [1, n0, _EJIv,
    0, [() => EvaluationJobIdentifier,
        0]
];
var EvaluationMetricNames = [1, n0, _EMNv,
    0, [() => EvaluationMetricName,
        0]
];
var EvaluationModelConfigs = [1, n0, _EMC,
    0, [() => EvaluationModelConfig$,
        0]
];
var EvaluationSummaries = [1, n0, _ESv,
    0, () => EvaluationSummary$
];
var ExternalSources = [1, n0, _ESxt,
    0, [() => ExternalSource$,
        0]
];
var FieldsForReranking = [1, n0, _FFRi,
    8, () => FieldForReranking$
];
var FoundationModelSummaryList = [1, n0, _FMSL,
    0, () => FoundationModelSummary$
];
var GuardrailContentFilters = [1, n0, _GCFu,
    0, [() => GuardrailContentFilter$,
        0]
];
var GuardrailContentFiltersConfig = [1, n0, _GCFCu,
    0, [() => GuardrailContentFilterConfig$,
        0]
];
var GuardrailContextualGroundingFilters = [1, n0, _GCGFu,
    0, [() => GuardrailContextualGroundingFilter$,
        0]
];
var GuardrailContextualGroundingFiltersConfig = [1, n0, _GCGFCu,
    0, [() => GuardrailContextualGroundingFilterConfig$,
        0]
];
var GuardrailFailureRecommendations = [1, n0, _GFRu,
    0, [() => GuardrailFailureRecommendation,
        0]
];
var GuardrailManagedWordLists = [1, n0, _GMWL,
    0, [() => GuardrailManagedWords$,
        0]
];
var GuardrailManagedWordListsConfig = [1, n0, _GMWLC,
    0, [() => GuardrailManagedWordsConfig$,
        0]
];
var GuardrailModalities = [1, n0, _GMu,
    0, [() => GuardrailModality$1,
        0]
];
var GuardrailPiiEntities = [1, n0, _GPEu,
    0, () => GuardrailPiiEntity$
];
var GuardrailPiiEntitiesConfig = [1, n0, _GPECu,
    0, () => GuardrailPiiEntityConfig$
];
var GuardrailRegexes = [1, n0, _GRu,
    0, () => GuardrailRegex$
];
var GuardrailRegexesConfig = [1, n0, _GRCu,
    0, () => GuardrailRegexConfig$
];
var GuardrailStatusReasons = [1, n0, _GSRu,
    0, [() => GuardrailStatusReason,
        0]
];
var GuardrailSummaries = [1, n0, _GSu,
    0, [() => GuardrailSummary$,
        0]
];
var GuardrailTopicExamples = [1, n0, _GTEu,
    0, [() => GuardrailTopicExample,
        0]
];
var GuardrailTopics = [1, n0, _GTu,
    0, [() => GuardrailTopic$,
        0]
];
var GuardrailTopicsConfig = [1, n0, _GTCu,
    0, [() => GuardrailTopicConfig$,
        0]
];
var GuardrailWords = [1, n0, _GWu,
    0, [() => GuardrailWord$,
        0]
];
var GuardrailWordsConfig = [1, n0, _GWCu,
    0, [() => GuardrailWordConfig$,
        0]
];
var HumanEvaluationCustomMetrics = [1, n0, _HECMu,
    0, [() => HumanEvaluationCustomMetric$,
        0]
];
var ImportedModelSummaryList = [1, n0, _IMSL,
    0, () => ImportedModelSummary$
];
var InferenceProfileModels = [1, n0, _IPMn,
    0, () => InferenceProfileModel$
];
var InferenceProfileSummaries = [1, n0, _IPSn,
    0, [() => InferenceProfileSummary$,
        0]
];
var MarketplaceModelEndpointSummaries = [1, n0, _MMESa,
    0, () => MarketplaceModelEndpointSummary$
];
var MetadataAttributeSchemaList = [1, n0, _MASL,
    0, [() => MetadataAttributeSchema$,
        0]
];
var ModelConfigurations = [1, n0, _MCo,
    0, () => ModelConfiguration$
];
var ModelCopyJobSummaries = [1, n0, _MCJSod,
    0, () => ModelCopyJobSummary$
];
var ModelCustomizationJobSummaries = [1, n0, _MCJSode,
    0, () => ModelCustomizationJobSummary$
];
var ModelImportJobSummaries = [1, n0, _MIJSod,
    0, () => ModelImportJobSummary$
];
var ModelInvocationJobSummaries = [1, n0, _MIJSode,
    0, [() => ModelInvocationJobSummary$,
        0]
];
var Offers = [1, n0, _Of,
    0, () => Offer$
];
var ProjectSummaryList = [1, n0, _PSL,
    0, [() => ProjectSummary$,
        0]
];
var PromptRouterSummaries = [1, n0, _PRSr,
    0, [() => PromptRouterSummary$,
        0]
];
var PromptRouterTargetModels = [1, n0, _PRTMr,
    0, () => PromptRouterTargetModel$
];
var ProvisionedModelSummaries = [1, n0, _PMSr,
    0, () => ProvisionedModelSummary$
];
var RagConfigs = [1, n0, _RCa,
    0, [() => RAGConfig$,
        0]
];
var RateCard = [1, n0, _RCat,
    0, () => DimensionalPriceRate$
];
var RatingScale = [1, n0, _RS,
    0, () => RatingScaleItem$
];
var RequestMetadataFiltersList = [1, n0, _RMFL,
    0, [() => RequestMetadataBaseFilters$,
        0]
];
var RetrievalFilterList = [1, n0, _RFL,
    0, [() => RetrievalFilter$,
        0]
];
var TagList = [1, n0, _TL,
    0, () => Tag$
];
var TrustedAccessProgramSummaries = [1, n0, _TAPSr,
    0, () => TrustedAccessProgramSummary$
];
var ValidationMetrics = [1, n0, _VMa,
    0, () => ValidatorMetric$
];
var Validators = [1, n0, _Va,
    0, () => Validator$
];
var AutomatedReasoningPolicyRuleReportMap = [2, n0, _ARPRRM,
    0, [0,
        0],
    [() => AutomatedReasoningPolicyRuleReport$,
        0]
];
var AutomatedReasoningPolicyVariableReportMap = [2, n0, _ARPVRM,
    0, [() => AutomatedReasoningPolicyDefinitionVariableName,
        0],
    [() => AutomatedReasoningPolicyVariableReport$,
        0]
];
var RequestMetadataMap = [2, n0, _RMM,
    8, 0, 0
];
var AutomatedEvaluationCustomMetricSource$ = [4, n0, _AECMS,
    0,
    [_cMD],
    [[() => CustomMetricDefinition$, 0]]
];
var AutomatedReasoningCheckFinding$ = [4, n0, _ARCF,
    0,
    [_vali, _inv, _sa, _im, _tA, _tCoo, _nTo],
    [[() => AutomatedReasoningCheckValidFinding$, 0], [() => AutomatedReasoningCheckInvalidFinding$, 0], [() => AutomatedReasoningCheckSatisfiableFinding$, 0], [() => AutomatedReasoningCheckImpossibleFinding$, 0], [() => AutomatedReasoningCheckTranslationAmbiguousFinding$, 0], () => AutomatedReasoningCheckTooComplexFinding$, () => AutomatedReasoningCheckNoTranslationsFinding$]
];
var AutomatedReasoningPolicyAnnotatedContent$ = [4, n0, _ARPACu,
    0,
    [_lin],
    [[() => AutomatedReasoningPolicyAnnotatedLine$, 0]]
];
var AutomatedReasoningPolicyAnnotation$ = [4, n0, _ARPA,
    0,
    [_aTd, _uTp, _dT, _aV, _uVp, _dV, _aR, _uR, _dRe, _aRFNL, _uFRF, _uFSF, _iCng],
    [[() => AutomatedReasoningPolicyAddTypeAnnotation$, 0], [() => AutomatedReasoningPolicyUpdateTypeAnnotation$, 0], [() => AutomatedReasoningPolicyDeleteTypeAnnotation$, 0], [() => AutomatedReasoningPolicyAddVariableAnnotation$, 0], [() => AutomatedReasoningPolicyUpdateVariableAnnotation$, 0], [() => AutomatedReasoningPolicyDeleteVariableAnnotation$, 0], [() => AutomatedReasoningPolicyAddRuleAnnotation$, 0], [() => AutomatedReasoningPolicyUpdateRuleAnnotation$, 0], () => AutomatedReasoningPolicyDeleteRuleAnnotation$, [() => AutomatedReasoningPolicyAddRuleFromNaturalLanguageAnnotation$, 0], [() => AutomatedReasoningPolicyUpdateFromRuleFeedbackAnnotation$, 0], [() => AutomatedReasoningPolicyUpdateFromScenarioFeedbackAnnotation$, 0], [() => AutomatedReasoningPolicyIngestContentAnnotation$, 0]]
];
var AutomatedReasoningPolicyBuildResultAssets$ = [4, n0, _ARPBRA,
    0,
    [_pD, _qR, _bL, _gTC, _pS, _aM, _do, _fRi],
    [[() => AutomatedReasoningPolicyDefinition$, 0], [() => AutomatedReasoningPolicyDefinitionQualityReport$, 0], [() => AutomatedReasoningPolicyBuildLog$, 0], [() => AutomatedReasoningPolicyGeneratedTestCases$, 0], [() => AutomatedReasoningPolicyScenarios$, 0], [() => AutomatedReasoningPolicyBuildResultAssetManifest$, 0], [() => AutomatedReasoningPolicySourceDocument$, 0], [() => AutomatedReasoningPolicyFidelityReport$, 0]]
];
var AutomatedReasoningPolicyBuildStepContext$ = [4, n0, _ARPBSC,
    0,
    [_pl, _mu],
    [() => AutomatedReasoningPolicyPlanning$, [() => AutomatedReasoningPolicyMutation$, 0]]
];
var AutomatedReasoningPolicyDefinitionElement$ = [4, n0, _ARPDE,
    0,
    [_pDV, _pDT, _pDR],
    [[() => AutomatedReasoningPolicyDefinitionVariable$, 0], [() => AutomatedReasoningPolicyDefinitionType$, 0], [() => AutomatedReasoningPolicyDefinitionRule$, 0]]
];
var AutomatedReasoningPolicyGenerateFidelityReportContent$ = [4, n0, _ARPGFRC,
    0,
    [_doc],
    [[() => AutomatedReasoningPolicyGenerateFidelityReportDocumentList, 0]]
];
var AutomatedReasoningPolicyMutation$ = [4, n0, _ARPM,
    0,
    [_aTd, _uTp, _dT, _aV, _uVp, _dV, _aR, _uR, _dRe],
    [[() => AutomatedReasoningPolicyAddTypeMutation$, 0], [() => AutomatedReasoningPolicyUpdateTypeMutation$, 0], [() => AutomatedReasoningPolicyDeleteTypeMutation$, 0], [() => AutomatedReasoningPolicyAddVariableMutation$, 0], [() => AutomatedReasoningPolicyUpdateVariableMutation$, 0], [() => AutomatedReasoningPolicyDeleteVariableMutation$, 0], [() => AutomatedReasoningPolicyAddRuleMutation$, 0], [() => AutomatedReasoningPolicyUpdateRuleMutation$, 0], () => AutomatedReasoningPolicyDeleteRuleMutation$]
];
var AutomatedReasoningPolicyTypeValueAnnotation$ = [4, n0, _ARPTVA,
    0,
    [_aTV, _uTVp, _dTV],
    [[() => AutomatedReasoningPolicyAddTypeValue$, 0], [() => AutomatedReasoningPolicyUpdateTypeValue$, 0], () => AutomatedReasoningPolicyDeleteTypeValue$]
];
var AutomatedReasoningPolicyWorkflowTypeContent$ = [4, n0, _ARPWTC,
    0,
    [_doc, _pRAo, _gFRC, _iRC],
    [[() => AutomatedReasoningPolicyBuildWorkflowDocumentList, 0], [() => AutomatedReasoningPolicyBuildWorkflowRepairContent$, 0], [() => AutomatedReasoningPolicyGenerateFidelityReportContent$, 0], [() => AutomatedReasoningPolicyIterativeRefinementContent$, 0]]
];
var CustomizationConfig$ = [4, n0, _CC,
    0,
    [_dCi, _rCf],
    [() => DistillationConfig$, () => RFTConfig$]
];
var CustomModelDataSource$ = [4, n0, _CMDSu,
    0,
    [_mPADS],
    [() => ModelPackageArnDataSource$]
];
var EndpointConfig$ = [4, n0, _EC,
    0,
    [_sMa],
    [() => SageMakerEndpoint$]
];
var EvaluationConfig$ = [4, n0, _ECv,
    0,
    [_au, _h],
    [[() => AutomatedEvaluationConfig$, 0], [() => HumanEvaluationConfig$, 0]]
];
var EvaluationDatasetLocation$ = [4, n0, _EDL,
    0,
    [_sU],
    [0]
];
var EvaluationInferenceConfig$ = [4, n0, _EIC,
    0,
    [_mo, _rCag],
    [[() => EvaluationModelConfigs, 0], [() => RagConfigs, 0]]
];
var EvaluationModelConfig$ = [4, n0, _EMCv,
    0,
    [_bM, _pIS],
    [[() => EvaluationBedrockModel$, 0], () => EvaluationPrecomputedInferenceSource$]
];
var EvaluationPrecomputedRagSourceConfig$ = [4, n0, _EPRSCv,
    0,
    [_rSC, _rAGSC],
    [() => EvaluationPrecomputedRetrieveSourceConfig$, () => EvaluationPrecomputedRetrieveAndGenerateSourceConfig$]
];
var EvaluatorModelConfig$ = [4, n0, _EMCva,
    0,
    [_bEM],
    [() => BedrockEvaluatorModels]
];
var GraderConfig$ = [4, n0, _GCr,
    0,
    [_lG],
    [() => LambdaGraderConfig$]
];
var InferenceProfileModelSource$ = [4, n0, _IPMS,
    0,
    [_cF],
    [0]
];
var InvocationLogSource$ = [4, n0, _ILS,
    0,
    [_sU],
    [0]
];
var KnowledgeBaseConfig$ = [4, n0, _KBC,
    0,
    [_rCetr, _rAGC],
    [[() => RetrieveConfig$, 0], [() => RetrieveAndGenerateConfiguration$, 0]]
];
var ModelDataSource$ = [4, n0, _MDS,
    0,
    [_sDS],
    [() => S3DataSource$]
];
var ModelInvocationJobInputDataConfig$ = [4, n0, _MIJIDC,
    0,
    [_sIDC],
    [() => ModelInvocationJobS3InputDataConfig$]
];
var ModelInvocationJobOutputDataConfig$ = [4, n0, _MIJODC,
    0,
    [_sODC],
    [() => ModelInvocationJobS3OutputDataConfig$]
];
var RAGConfig$ = [4, n0, _RAGCo,
    0,
    [_kBCn, _pRSC],
    [[() => KnowledgeBaseConfig$, 0], () => EvaluationPrecomputedRagSourceConfig$]
];
var RatingScaleItemValue$ = [4, n0, _RSIV,
    0,
    [_sV, _fV],
    [0, 1]
];
var RequestMetadataFilters$ = [4, n0, _RMF,
    0,
    [_eq, _nE, _aAn, _oAr],
    [[() => RequestMetadataMap, 0], [() => RequestMetadataMap, 0], [() => RequestMetadataFiltersList, 0], [() => RequestMetadataFiltersList, 0]]
];
var RerankingMetadataSelectiveModeConfiguration$ = [4, n0, _RMSMC,
    0,
    [_fTI, _fTE],
    [[() => FieldsForReranking, 0], [() => FieldsForReranking, 0]]
];
var RetrievalFilter$ = [4, n0, _RF,
    8,
    [_eq, _nE, _gT, _gTOE, _lTes, _lTOE, _in_, _nI, _sW, _lCi, _sCt, _aAn, _oAr],
    [() => FilterAttribute$, () => FilterAttribute$, () => FilterAttribute$, () => FilterAttribute$, () => FilterAttribute$, () => FilterAttribute$, () => FilterAttribute$, () => FilterAttribute$, () => FilterAttribute$, () => FilterAttribute$, () => FilterAttribute$, [() => RetrievalFilterList, 0], [() => RetrievalFilterList, 0]]
];
var TrustedAccessProgramApplicationResult$ = [4, n0, _TAPAR,
    0,
    [_pH],
    [[() => TrustedAccessProgramProviderHandoff$, 0]]
];
var ArchiveProject$ = [9, n0, _AP,
    { [_ht]: ["POST", "/projects/{projectIdentifier}/archive", 200] }, () => ArchiveProjectRequest$, () => ArchiveProjectResponse$
];
var BatchDeleteAdvancedPromptOptimizationJob$ = [9, n0, _BDAPOJ,
    { [_ht]: ["POST", "/advanced-prompt-optimization-job/batch-delete", 202] }, () => BatchDeleteAdvancedPromptOptimizationJobRequest$, () => BatchDeleteAdvancedPromptOptimizationJobResponse$
];
var BatchDeleteEvaluationJob$ = [9, n0, _BDEJ,
    { [_ht]: ["POST", "/evaluation-jobs/batch-delete", 202] }, () => BatchDeleteEvaluationJobRequest$, () => BatchDeleteEvaluationJobResponse$
];
var CancelAutomatedReasoningPolicyBuildWorkflow$ = [9, n0, _CARPBW,
    { [_ht]: ["POST", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowId}/cancel", 202] }, () => CancelAutomatedReasoningPolicyBuildWorkflowRequest$, () => CancelAutomatedReasoningPolicyBuildWorkflowResponse$
];
var CreateAdvancedPromptOptimizationJob$ = [9, n0, _CAPOJ,
    { [_ht]: ["POST", "/advanced-prompt-optimization-jobs", 200] }, () => CreateAdvancedPromptOptimizationJobRequest$, () => CreateAdvancedPromptOptimizationJobResponse$
];
var CreateAutomatedReasoningPolicy$ = [9, n0, _CARP,
    { [_ht]: ["POST", "/automated-reasoning-policies", 200] }, () => CreateAutomatedReasoningPolicyRequest$, () => CreateAutomatedReasoningPolicyResponse$
];
var CreateAutomatedReasoningPolicyTestCase$ = [9, n0, _CARPTC,
    { [_ht]: ["POST", "/automated-reasoning-policies/{policyArn}/test-cases", 200] }, () => CreateAutomatedReasoningPolicyTestCaseRequest$, () => CreateAutomatedReasoningPolicyTestCaseResponse$
];
var CreateAutomatedReasoningPolicyVersion$ = [9, n0, _CARPV,
    { [_ht]: ["POST", "/automated-reasoning-policies/{policyArn}/versions", 200] }, () => CreateAutomatedReasoningPolicyVersionRequest$, () => CreateAutomatedReasoningPolicyVersionResponse$
];
var CreateCustomModel$ = [9, n0, _CCM,
    { [_ht]: ["POST", "/custom-models/create-custom-model", 202] }, () => CreateCustomModelRequest$, () => CreateCustomModelResponse$
];
var CreateCustomModelDeployment$ = [9, n0, _CCMD,
    { [_ht]: ["POST", "/model-customization/custom-model-deployments", 202] }, () => CreateCustomModelDeploymentRequest$, () => CreateCustomModelDeploymentResponse$
];
var CreateEvaluationJob$ = [9, n0, _CEJ,
    { [_ht]: ["POST", "/evaluation-jobs", 202] }, () => CreateEvaluationJobRequest$, () => CreateEvaluationJobResponse$
];
var CreateFoundationModelAgreement$ = [9, n0, _CFMA,
    { [_ht]: ["POST", "/create-foundation-model-agreement", 202] }, () => CreateFoundationModelAgreementRequest$, () => CreateFoundationModelAgreementResponse$
];
var CreateGuardrail$ = [9, n0, _CG,
    { [_ht]: ["POST", "/guardrails", 202] }, () => CreateGuardrailRequest$, () => CreateGuardrailResponse$
];
var CreateGuardrailVersion$ = [9, n0, _CGV,
    { [_ht]: ["POST", "/guardrails/{guardrailIdentifier}", 202] }, () => CreateGuardrailVersionRequest$, () => CreateGuardrailVersionResponse$
];
var CreateInferenceProfile$ = [9, n0, _CIP,
    { [_ht]: ["POST", "/inference-profiles", 201] }, () => CreateInferenceProfileRequest$, () => CreateInferenceProfileResponse$
];
var CreateMarketplaceModelEndpoint$ = [9, n0, _CMME,
    { [_ht]: ["POST", "/marketplace-model/endpoints", 200] }, () => CreateMarketplaceModelEndpointRequest$, () => CreateMarketplaceModelEndpointResponse$
];
var CreateModelCopyJob$ = [9, n0, _CMCJ,
    { [_ht]: ["POST", "/model-copy-jobs", 201] }, () => CreateModelCopyJobRequest$, () => CreateModelCopyJobResponse$
];
var CreateModelCustomizationJob$ = [9, n0, _CMCJr,
    { [_ht]: ["POST", "/model-customization-jobs", 201] }, () => CreateModelCustomizationJobRequest$, () => CreateModelCustomizationJobResponse$
];
var CreateModelImportJob$ = [9, n0, _CMIJ,
    { [_ht]: ["POST", "/model-import-jobs", 201] }, () => CreateModelImportJobRequest$, () => CreateModelImportJobResponse$
];
var CreateModelInvocationJob$ = [9, n0, _CMIJr,
    { [_ht]: ["POST", "/model-invocation-job", 200] }, () => CreateModelInvocationJobRequest$, () => CreateModelInvocationJobResponse$
];
var CreateProject$ = [9, n0, _CP,
    { [_ht]: ["POST", "/projects", 200] }, () => CreateProjectRequest$, () => CreateProjectResponse$
];
var CreatePromptRouter$ = [9, n0, _CPRre,
    { [_ht]: ["POST", "/prompt-routers", 200] }, () => CreatePromptRouterRequest$, () => CreatePromptRouterResponse$
];
var CreateProvisionedModelThroughput$ = [9, n0, _CPMT,
    { [_ht]: ["POST", "/provisioned-model-throughput", 201] }, () => CreateProvisionedModelThroughputRequest$, () => CreateProvisionedModelThroughputResponse$
];
var DeleteAccountDataRetentionStorage$ = [9, n0, _DADRS,
    { [_ht]: ["DELETE", "/v1/data_retention/storage/{modelProvider}", 200] }, () => DeleteAccountDataRetentionStorageRequest$, () => DeleteAccountDataRetentionStorageResponse$
];
var DeleteAutomatedReasoningPolicy$ = [9, n0, _DARP,
    { [_ht]: ["DELETE", "/automated-reasoning-policies/{policyArn}", 202] }, () => DeleteAutomatedReasoningPolicyRequest$, () => DeleteAutomatedReasoningPolicyResponse$
];
var DeleteAutomatedReasoningPolicyBuildWorkflow$ = [9, n0, _DARPBW,
    { [_ht]: ["DELETE", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowId}", 202] }, () => DeleteAutomatedReasoningPolicyBuildWorkflowRequest$, () => DeleteAutomatedReasoningPolicyBuildWorkflowResponse$
];
var DeleteAutomatedReasoningPolicyTestCase$ = [9, n0, _DARPTC,
    { [_ht]: ["DELETE", "/automated-reasoning-policies/{policyArn}/test-cases/{testCaseId}", 202] }, () => DeleteAutomatedReasoningPolicyTestCaseRequest$, () => DeleteAutomatedReasoningPolicyTestCaseResponse$
];
var DeleteCustomModel$ = [9, n0, _DCM,
    { [_ht]: ["DELETE", "/custom-models/{modelIdentifier}", 200] }, () => DeleteCustomModelRequest$, () => DeleteCustomModelResponse$
];
var DeleteCustomModelDeployment$ = [9, n0, _DCMD,
    { [_ht]: ["DELETE", "/model-customization/custom-model-deployments/{customModelDeploymentIdentifier}", 200] }, () => DeleteCustomModelDeploymentRequest$, () => DeleteCustomModelDeploymentResponse$
];
var DeleteEnforcedGuardrailConfiguration$ = [9, n0, _DEGC,
    { [_ht]: ["DELETE", "/enforcedGuardrailsConfiguration/{configId}", 200] }, () => DeleteEnforcedGuardrailConfigurationRequest$, () => DeleteEnforcedGuardrailConfigurationResponse$
];
var DeleteFoundationModelAgreement$ = [9, n0, _DFMA,
    { [_ht]: ["POST", "/delete-foundation-model-agreement", 202] }, () => DeleteFoundationModelAgreementRequest$, () => DeleteFoundationModelAgreementResponse$
];
var DeleteGuardrail$ = [9, n0, _DG,
    { [_ht]: ["DELETE", "/guardrails/{guardrailIdentifier}", 202] }, () => DeleteGuardrailRequest$, () => DeleteGuardrailResponse$
];
var DeleteImportedModel$ = [9, n0, _DIM,
    { [_ht]: ["DELETE", "/imported-models/{modelIdentifier}", 200] }, () => DeleteImportedModelRequest$, () => DeleteImportedModelResponse$
];
var DeleteInferenceProfile$ = [9, n0, _DIP,
    { [_ht]: ["DELETE", "/inference-profiles/{inferenceProfileIdentifier}", 200] }, () => DeleteInferenceProfileRequest$, () => DeleteInferenceProfileResponse$
];
var DeleteMarketplaceModelEndpoint$ = [9, n0, _DMME,
    { [_ht]: ["DELETE", "/marketplace-model/endpoints/{endpointArn}", 200] }, () => DeleteMarketplaceModelEndpointRequest$, () => DeleteMarketplaceModelEndpointResponse$
];
var DeleteModelInvocationLoggingConfiguration$ = [9, n0, _DMILC,
    { [_ht]: ["DELETE", "/logging/modelinvocations", 200] }, () => DeleteModelInvocationLoggingConfigurationRequest$, () => DeleteModelInvocationLoggingConfigurationResponse$
];
var DeleteOrganizationDataRetentionStorage$ = [9, n0, _DODRS,
    { [_ht]: ["DELETE", "/v1/data_retention/organization-storage/{modelProvider}", 200] }, () => DeleteOrganizationDataRetentionStorageRequest$, () => DeleteOrganizationDataRetentionStorageResponse$
];
var DeleteProjectDataRetentionStorage$ = [9, n0, _DPDRS,
    { [_ht]: ["DELETE", "/v1/projects/{projectIdentifier}/data_retention/storage/{modelProvider}", 200] }, () => DeleteProjectDataRetentionStorageRequest$, () => DeleteProjectDataRetentionStorageResponse$
];
var DeletePromptRouter$ = [9, n0, _DPRe,
    { [_ht]: ["DELETE", "/prompt-routers/{promptRouterArn}", 200] }, () => DeletePromptRouterRequest$, () => DeletePromptRouterResponse$
];
var DeleteProvisionedModelThroughput$ = [9, n0, _DPMT,
    { [_ht]: ["DELETE", "/provisioned-model-throughput/{provisionedModelId}", 200] }, () => DeleteProvisionedModelThroughputRequest$, () => DeleteProvisionedModelThroughputResponse$
];
var DeleteResourcePolicy$ = [9, n0, _DRP,
    { [_ht]: ["DELETE", "/resource-policy/{resourceArn}", 200] }, () => DeleteResourcePolicyRequest$, () => DeleteResourcePolicyResponse$
];
var DeregisterMarketplaceModelEndpoint$ = [9, n0, _DMMEe,
    { [_ht]: ["DELETE", "/marketplace-model/endpoints/{endpointArn}/registration", 200] }, () => DeregisterMarketplaceModelEndpointRequest$, () => DeregisterMarketplaceModelEndpointResponse$
];
var ExportAutomatedReasoningPolicyVersion$ = [9, n0, _EARPV,
    { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}/export", 200] }, () => ExportAutomatedReasoningPolicyVersionRequest$, () => ExportAutomatedReasoningPolicyVersionResponse$
];
var GetAccountDataRetention$ = [9, n0, _GADR,
    { [_ht]: ["GET", "/data-retention", 200] }, () => GetAccountDataRetentionRequest$, () => GetAccountDataRetentionResponse$
];
var GetAccountDataRetentionStorage$ = [9, n0, _GADRS,
    { [_ht]: ["GET", "/v1/data_retention/storage/{modelProvider}", 200] }, () => GetAccountDataRetentionStorageRequest$, () => GetAccountDataRetentionStorageResponse$
];
var GetAdvancedPromptOptimizationJob$ = [9, n0, _GAPOJ,
    { [_ht]: ["GET", "/advanced-prompt-optimization-jobs/{jobIdentifier}", 200] }, () => GetAdvancedPromptOptimizationJobRequest$, () => GetAdvancedPromptOptimizationJobResponse$
];
var GetAutomatedReasoningPolicy$ = [9, n0, _GARPe,
    { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}", 200] }, () => GetAutomatedReasoningPolicyRequest$, () => GetAutomatedReasoningPolicyResponse$
];
var GetAutomatedReasoningPolicyAnnotations$ = [9, n0, _GARPA,
    { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowId}/annotations", 200] }, () => GetAutomatedReasoningPolicyAnnotationsRequest$, () => GetAutomatedReasoningPolicyAnnotationsResponse$
];
var GetAutomatedReasoningPolicyBuildWorkflow$ = [9, n0, _GARPBW,
    { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowId}", 200] }, () => GetAutomatedReasoningPolicyBuildWorkflowRequest$, () => GetAutomatedReasoningPolicyBuildWorkflowResponse$
];
var GetAutomatedReasoningPolicyBuildWorkflowResultAssets$ = [9, n0, _GARPBWRA,
    { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowId}/result-assets", 200] }, () => GetAutomatedReasoningPolicyBuildWorkflowResultAssetsRequest$, () => GetAutomatedReasoningPolicyBuildWorkflowResultAssetsResponse$
];
var GetAutomatedReasoningPolicyNextScenario$ = [9, n0, _GARPNS,
    { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowId}/scenarios", 200] }, () => GetAutomatedReasoningPolicyNextScenarioRequest$, () => GetAutomatedReasoningPolicyNextScenarioResponse$
];
var GetAutomatedReasoningPolicyTestCase$ = [9, n0, _GARPTC,
    { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}/test-cases/{testCaseId}", 200] }, () => GetAutomatedReasoningPolicyTestCaseRequest$, () => GetAutomatedReasoningPolicyTestCaseResponse$
];
var GetAutomatedReasoningPolicyTestResult$ = [9, n0, _GARPTR,
    { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowId}/test-cases/{testCaseId}/test-results", 200] }, () => GetAutomatedReasoningPolicyTestResultRequest$, () => GetAutomatedReasoningPolicyTestResultResponse$
];
var GetCustomModel$ = [9, n0, _GCM,
    { [_ht]: ["GET", "/custom-models/{modelIdentifier}", 200] }, () => GetCustomModelRequest$, () => GetCustomModelResponse$
];
var GetCustomModelDeployment$ = [9, n0, _GCMD,
    { [_ht]: ["GET", "/model-customization/custom-model-deployments/{customModelDeploymentIdentifier}", 200] }, () => GetCustomModelDeploymentRequest$, () => GetCustomModelDeploymentResponse$
];
var GetEvaluationJob$ = [9, n0, _GEJ,
    { [_ht]: ["GET", "/evaluation-jobs/{jobIdentifier}", 200] }, () => GetEvaluationJobRequest$, () => GetEvaluationJobResponse$
];
var GetFoundationModel$ = [9, n0, _GFM,
    { [_ht]: ["GET", "/foundation-models/{modelIdentifier}", 200] }, () => GetFoundationModelRequest$, () => GetFoundationModelResponse$
];
var GetFoundationModelAvailability$ = [9, n0, _GFMA,
    { [_ht]: ["GET", "/foundation-model-availability/{modelId}", 200] }, () => GetFoundationModelAvailabilityRequest$, () => GetFoundationModelAvailabilityResponse$
];
var GetGuardrail$ = [9, n0, _GG,
    { [_ht]: ["GET", "/guardrails/{guardrailIdentifier}", 200] }, () => GetGuardrailRequest$, () => GetGuardrailResponse$
];
var GetImportedModel$ = [9, n0, _GIM,
    { [_ht]: ["GET", "/imported-models/{modelIdentifier}", 200] }, () => GetImportedModelRequest$, () => GetImportedModelResponse$
];
var GetInferenceProfile$ = [9, n0, _GIP,
    { [_ht]: ["GET", "/inference-profiles/{inferenceProfileIdentifier}", 200] }, () => GetInferenceProfileRequest$, () => GetInferenceProfileResponse$
];
var GetMarketplaceModelEndpoint$ = [9, n0, _GMME,
    { [_ht]: ["GET", "/marketplace-model/endpoints/{endpointArn}", 200] }, () => GetMarketplaceModelEndpointRequest$, () => GetMarketplaceModelEndpointResponse$
];
var GetModelCopyJob$ = [9, n0, _GMCJ,
    { [_ht]: ["GET", "/model-copy-jobs/{jobArn}", 200] }, () => GetModelCopyJobRequest$, () => GetModelCopyJobResponse$
];
var GetModelCustomizationJob$ = [9, n0, _GMCJe,
    { [_ht]: ["GET", "/model-customization-jobs/{jobIdentifier}", 200] }, () => GetModelCustomizationJobRequest$, () => GetModelCustomizationJobResponse$
];
var GetModelImportJob$ = [9, n0, _GMIJ,
    { [_ht]: ["GET", "/model-import-jobs/{jobIdentifier}", 200] }, () => GetModelImportJobRequest$, () => GetModelImportJobResponse$
];
var GetModelInvocationJob$ = [9, n0, _GMIJe,
    { [_ht]: ["GET", "/model-invocation-job/{jobIdentifier}", 200] }, () => GetModelInvocationJobRequest$, () => GetModelInvocationJobResponse$
];
var GetModelInvocationLoggingConfiguration$ = [9, n0, _GMILC,
    { [_ht]: ["GET", "/logging/modelinvocations", 200] }, () => GetModelInvocationLoggingConfigurationRequest$, () => GetModelInvocationLoggingConfigurationResponse$
];
var GetOrganizationDataRetentionStorage$ = [9, n0, _GODRS,
    { [_ht]: ["GET", "/v1/data_retention/organization-storage/{modelProvider}", 200] }, () => GetOrganizationDataRetentionStorageRequest$, () => GetOrganizationDataRetentionStorageResponse$
];
var GetProject$ = [9, n0, _GP,
    { [_ht]: ["GET", "/projects/{projectIdentifier}", 200] }, () => GetProjectRequest$, () => GetProjectResponse$
];
var GetProjectDataRetentionStorage$ = [9, n0, _GPDRS,
    { [_ht]: ["GET", "/v1/projects/{projectIdentifier}/data_retention/storage/{modelProvider}", 200] }, () => GetProjectDataRetentionStorageRequest$, () => GetProjectDataRetentionStorageResponse$
];
var GetPromptRouter$ = [9, n0, _GPRet,
    { [_ht]: ["GET", "/prompt-routers/{promptRouterArn}", 200] }, () => GetPromptRouterRequest$, () => GetPromptRouterResponse$
];
var GetProvisionedModelThroughput$ = [9, n0, _GPMT,
    { [_ht]: ["GET", "/provisioned-model-throughput/{provisionedModelId}", 200] }, () => GetProvisionedModelThroughputRequest$, () => GetProvisionedModelThroughputResponse$
];
var GetResourcePolicy$ = [9, n0, _GRP,
    { [_ht]: ["GET", "/resource-policy/{resourceArn}", 200] }, () => GetResourcePolicyRequest$, () => GetResourcePolicyResponse$
];
var GetTrustedAccessProgram$ = [9, n0, _GTAP,
    { [_ht]: ["GET", "/trusted-access-programs/{programIdentifier}", 200] }, () => GetTrustedAccessProgramRequest$, () => GetTrustedAccessProgramResponse$
];
var GetTrustedAccessProgramAccountEnrollment$ = [9, n0, _GTAPAE,
    { [_ht]: ["GET", "/trusted-access-programs/{programIdentifier}/account-enrollment", 200] }, () => GetTrustedAccessProgramAccountEnrollmentRequest$, () => GetTrustedAccessProgramAccountEnrollmentResponse$
];
var GetTrustedAccessProgramOrganizationEnrollment$ = [9, n0, _GTAPOE,
    { [_ht]: ["GET", "/trusted-access-programs/{programIdentifier}/organization-enrollment", 200] }, () => GetTrustedAccessProgramOrganizationEnrollmentRequest$, () => GetTrustedAccessProgramOrganizationEnrollmentResponse$
];
var GetTrustedAccessProgramProjectEnrollment$ = [9, n0, _GTAPPE,
    { [_ht]: ["GET", "/trusted-access-programs/{programIdentifier}/project-enrollment/{projectIdentifier}", 200] }, () => GetTrustedAccessProgramProjectEnrollmentRequest$, () => GetTrustedAccessProgramProjectEnrollmentResponse$
];
var GetUseCaseForModelAccess$ = [9, n0, _GUCFMA,
    { [_ht]: ["GET", "/use-case-for-model-access", 200] }, () => GetUseCaseForModelAccessRequest$, () => GetUseCaseForModelAccessResponse$
];
var ListAdvancedPromptOptimizationJobs$ = [9, n0, _LAPOJ,
    { [_ht]: ["GET", "/advanced-prompt-optimization-jobs", 200] }, () => ListAdvancedPromptOptimizationJobsRequest$, () => ListAdvancedPromptOptimizationJobsResponse$
];
var ListAutomatedReasoningPolicies$ = [9, n0, _LARP,
    { [_ht]: ["GET", "/automated-reasoning-policies", 200] }, () => ListAutomatedReasoningPoliciesRequest$, () => ListAutomatedReasoningPoliciesResponse$
];
var ListAutomatedReasoningPolicyBuildWorkflows$ = [9, n0, _LARPBW,
    { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}/build-workflows", 200] }, () => ListAutomatedReasoningPolicyBuildWorkflowsRequest$, () => ListAutomatedReasoningPolicyBuildWorkflowsResponse$
];
var ListAutomatedReasoningPolicyTestCases$ = [9, n0, _LARPTC,
    { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}/test-cases", 200] }, () => ListAutomatedReasoningPolicyTestCasesRequest$, () => ListAutomatedReasoningPolicyTestCasesResponse$
];
var ListAutomatedReasoningPolicyTestResults$ = [9, n0, _LARPTR,
    { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowId}/test-results", 200] }, () => ListAutomatedReasoningPolicyTestResultsRequest$, () => ListAutomatedReasoningPolicyTestResultsResponse$
];
var ListCustomModelDeployments$ = [9, n0, _LCMD,
    { [_ht]: ["GET", "/model-customization/custom-model-deployments", 200] }, () => ListCustomModelDeploymentsRequest$, () => ListCustomModelDeploymentsResponse$
];
var ListCustomModels$ = [9, n0, _LCM,
    { [_ht]: ["GET", "/custom-models", 200] }, () => ListCustomModelsRequest$, () => ListCustomModelsResponse$
];
var ListEnforcedGuardrailsConfiguration$ = [9, n0, _LEGC,
    { [_ht]: ["GET", "/enforcedGuardrailsConfiguration", 200] }, () => ListEnforcedGuardrailsConfigurationRequest$, () => ListEnforcedGuardrailsConfigurationResponse$
];
var ListEvaluationJobs$ = [9, n0, _LEJ,
    { [_ht]: ["GET", "/evaluation-jobs", 200] }, () => ListEvaluationJobsRequest$, () => ListEvaluationJobsResponse$
];
var ListFoundationModelAgreementOffers$ = [9, n0, _LFMAO,
    { [_ht]: ["GET", "/list-foundation-model-agreement-offers/{modelId}", 200] }, () => ListFoundationModelAgreementOffersRequest$, () => ListFoundationModelAgreementOffersResponse$
];
var ListFoundationModels$ = [9, n0, _LFM,
    { [_ht]: ["GET", "/foundation-models", 200] }, () => ListFoundationModelsRequest$, () => ListFoundationModelsResponse$
];
var ListGuardrails$ = [9, n0, _LG,
    { [_ht]: ["GET", "/guardrails", 200] }, () => ListGuardrailsRequest$, () => ListGuardrailsResponse$
];
var ListImportedModels$ = [9, n0, _LIM,
    { [_ht]: ["GET", "/imported-models", 200] }, () => ListImportedModelsRequest$, () => ListImportedModelsResponse$
];
var ListInferenceProfiles$ = [9, n0, _LIP,
    { [_ht]: ["GET", "/inference-profiles", 200] }, () => ListInferenceProfilesRequest$, () => ListInferenceProfilesResponse$
];
var ListMarketplaceModelEndpoints$ = [9, n0, _LMME,
    { [_ht]: ["GET", "/marketplace-model/endpoints", 200] }, () => ListMarketplaceModelEndpointsRequest$, () => ListMarketplaceModelEndpointsResponse$
];
var ListModelCopyJobs$ = [9, n0, _LMCJ,
    { [_ht]: ["GET", "/model-copy-jobs", 200] }, () => ListModelCopyJobsRequest$, () => ListModelCopyJobsResponse$
];
var ListModelCustomizationJobs$ = [9, n0, _LMCJi,
    { [_ht]: ["GET", "/model-customization-jobs", 200] }, () => ListModelCustomizationJobsRequest$, () => ListModelCustomizationJobsResponse$
];
var ListModelImportJobs$ = [9, n0, _LMIJ,
    { [_ht]: ["GET", "/model-import-jobs", 200] }, () => ListModelImportJobsRequest$, () => ListModelImportJobsResponse$
];
var ListModelInvocationJobs$ = [9, n0, _LMIJi,
    { [_ht]: ["GET", "/model-invocation-jobs", 200] }, () => ListModelInvocationJobsRequest$, () => ListModelInvocationJobsResponse$
];
var ListProjects$ = [9, n0, _LP,
    { [_ht]: ["GET", "/projects", 200] }, () => ListProjectsRequest$, () => ListProjectsResponse$
];
var ListPromptRouters$ = [9, n0, _LPRis,
    { [_ht]: ["GET", "/prompt-routers", 200] }, () => ListPromptRoutersRequest$, () => ListPromptRoutersResponse$
];
var ListProvisionedModelThroughputs$ = [9, n0, _LPMT,
    { [_ht]: ["GET", "/provisioned-model-throughputs", 200] }, () => ListProvisionedModelThroughputsRequest$, () => ListProvisionedModelThroughputsResponse$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    { [_ht]: ["POST", "/listTagsForResource", 200] }, () => ListTagsForResourceRequest$, () => ListTagsForResourceResponse$
];
var ListTrustedAccessPrograms$ = [9, n0, _LTAP,
    { [_ht]: ["GET", "/trusted-access-programs", 200] }, () => ListTrustedAccessProgramsRequest$, () => ListTrustedAccessProgramsResponse$
];
var PutAccountDataRetention$ = [9, n0, _PADR,
    { [_ht]: ["PUT", "/data-retention", 200] }, () => PutAccountDataRetentionRequest$, () => PutAccountDataRetentionResponse$
];
var PutAccountDataRetentionStorage$ = [9, n0, _PADRS,
    { [_ht]: ["PUT", "/v1/data_retention/storage/{modelProvider}", 200] }, () => PutAccountDataRetentionStorageRequest$, () => PutAccountDataRetentionStorageResponse$
];
var PutEnforcedGuardrailConfiguration$ = [9, n0, _PEGC,
    { [_ht]: ["PUT", "/enforcedGuardrailsConfiguration", 200] }, () => PutEnforcedGuardrailConfigurationRequest$, () => PutEnforcedGuardrailConfigurationResponse$
];
var PutModelInvocationLoggingConfiguration$ = [9, n0, _PMILC,
    { [_ht]: ["PUT", "/logging/modelinvocations", 200] }, () => PutModelInvocationLoggingConfigurationRequest$, () => PutModelInvocationLoggingConfigurationResponse$
];
var PutOrganizationDataRetentionStorage$ = [9, n0, _PODRS,
    { [_ht]: ["PUT", "/v1/data_retention/organization-storage/{modelProvider}", 200] }, () => PutOrganizationDataRetentionStorageRequest$, () => PutOrganizationDataRetentionStorageResponse$
];
var PutProjectDataRetentionStorage$ = [9, n0, _PPDRS,
    { [_ht]: ["PUT", "/v1/projects/{projectIdentifier}/data_retention/storage/{modelProvider}", 200] }, () => PutProjectDataRetentionStorageRequest$, () => PutProjectDataRetentionStorageResponse$
];
var PutResourcePolicy$ = [9, n0, _PRP,
    { [_ht]: ["POST", "/resource-policy", 201] }, () => PutResourcePolicyRequest$, () => PutResourcePolicyResponse$
];
var PutTrustedAccessProgramAccountEnrollment$ = [9, n0, _PTAPAE,
    { [_ht]: ["PUT", "/trusted-access-programs/{programIdentifier}/account-enrollment", 200] }, () => PutTrustedAccessProgramAccountEnrollmentRequest$, () => PutTrustedAccessProgramAccountEnrollmentResponse$
];
var PutTrustedAccessProgramOrganizationEnrollment$ = [9, n0, _PTAPOE,
    { [_ht]: ["PUT", "/trusted-access-programs/{programIdentifier}/organization-enrollment", 200] }, () => PutTrustedAccessProgramOrganizationEnrollmentRequest$, () => PutTrustedAccessProgramOrganizationEnrollmentResponse$
];
var PutTrustedAccessProgramProjectEnrollment$ = [9, n0, _PTAPPE,
    { [_ht]: ["PUT", "/trusted-access-programs/{programIdentifier}/project-enrollment/{projectIdentifier}", 200] }, () => PutTrustedAccessProgramProjectEnrollmentRequest$, () => PutTrustedAccessProgramProjectEnrollmentResponse$
];
var PutUseCaseForModelAccess$ = [9, n0, _PUCFMA,
    { [_ht]: ["POST", "/use-case-for-model-access", 201] }, () => PutUseCaseForModelAccessRequest$, () => PutUseCaseForModelAccessResponse$
];
var RegisterMarketplaceModelEndpoint$ = [9, n0, _RMME,
    { [_ht]: ["POST", "/marketplace-model/endpoints/{endpointIdentifier}/registration", 200] }, () => RegisterMarketplaceModelEndpointRequest$, () => RegisterMarketplaceModelEndpointResponse$
];
var StartAutomatedReasoningPolicyBuildWorkflow$ = [9, n0, _SARPBW,
    { [_ht]: ["POST", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowType}/start", 200] }, () => StartAutomatedReasoningPolicyBuildWorkflowRequest$, () => StartAutomatedReasoningPolicyBuildWorkflowResponse$
];
var StartAutomatedReasoningPolicyTestWorkflow$ = [9, n0, _SARPTW,
    { [_ht]: ["POST", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowId}/test-workflows", 200] }, () => StartAutomatedReasoningPolicyTestWorkflowRequest$, () => StartAutomatedReasoningPolicyTestWorkflowResponse$
];
var StartTrustedAccessProgramAccountApplication$ = [9, n0, _STAPAA,
    { [_ht]: ["POST", "/trusted-access-programs/{programIdentifier}/account-application", 200] }, () => StartTrustedAccessProgramAccountApplicationRequest$, () => StartTrustedAccessProgramAccountApplicationResponse$
];
var StartTrustedAccessProgramOrganizationApplication$ = [9, n0, _STAPOA,
    { [_ht]: ["POST", "/trusted-access-programs/{programIdentifier}/organization-application", 200] }, () => StartTrustedAccessProgramOrganizationApplicationRequest$, () => StartTrustedAccessProgramOrganizationApplicationResponse$
];
var StartTrustedAccessProgramProjectApplication$ = [9, n0, _STAPPA,
    { [_ht]: ["POST", "/trusted-access-programs/{programIdentifier}/project-application/{projectIdentifier}", 200] }, () => StartTrustedAccessProgramProjectApplicationRequest$, () => StartTrustedAccessProgramProjectApplicationResponse$
];
var StopAdvancedPromptOptimizationJob$ = [9, n0, _SAPOJ,
    { [_ht]: ["POST", "/advanced-prompt-optimization-jobs/{jobIdentifier}/stop", 200] }, () => StopAdvancedPromptOptimizationJobRequest$, () => StopAdvancedPromptOptimizationJobResponse$
];
var StopEvaluationJob$ = [9, n0, _SEJ,
    { [_ht]: ["POST", "/evaluation-job/{jobIdentifier}/stop", 200] }, () => StopEvaluationJobRequest$, () => StopEvaluationJobResponse$
];
var StopModelCustomizationJob$ = [9, n0, _SMCJ,
    { [_ht]: ["POST", "/model-customization-jobs/{jobIdentifier}/stop", 200] }, () => StopModelCustomizationJobRequest$, () => StopModelCustomizationJobResponse$
];
var StopModelInvocationJob$ = [9, n0, _SMIJ,
    { [_ht]: ["POST", "/model-invocation-job/{jobIdentifier}/stop", 200] }, () => StopModelInvocationJobRequest$, () => StopModelInvocationJobResponse$
];
var TagResource$ = [9, n0, _TR,
    { [_ht]: ["POST", "/tagResource", 200] }, () => TagResourceRequest$, () => TagResourceResponse$
];
var UntagResource$ = [9, n0, _UR,
    { [_ht]: ["POST", "/untagResource", 200] }, () => UntagResourceRequest$, () => UntagResourceResponse$
];
var UpdateAutomatedReasoningPolicy$ = [9, n0, _UARP,
    { [_ht]: ["PATCH", "/automated-reasoning-policies/{policyArn}", 200] }, () => UpdateAutomatedReasoningPolicyRequest$, () => UpdateAutomatedReasoningPolicyResponse$
];
var UpdateAutomatedReasoningPolicyAnnotations$ = [9, n0, _UARPA,
    { [_ht]: ["PATCH", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowId}/annotations", 200] }, () => UpdateAutomatedReasoningPolicyAnnotationsRequest$, () => UpdateAutomatedReasoningPolicyAnnotationsResponse$
];
var UpdateAutomatedReasoningPolicyTestCase$ = [9, n0, _UARPTC,
    { [_ht]: ["PATCH", "/automated-reasoning-policies/{policyArn}/test-cases/{testCaseId}", 200] }, () => UpdateAutomatedReasoningPolicyTestCaseRequest$, () => UpdateAutomatedReasoningPolicyTestCaseResponse$
];
var UpdateCustomModelDeployment$ = [9, n0, _UCMD,
    { [_ht]: ["PATCH", "/model-customization/custom-model-deployments/{customModelDeploymentIdentifier}", 202] }, () => UpdateCustomModelDeploymentRequest$, () => UpdateCustomModelDeploymentResponse$
];
var UpdateGuardrail$ = [9, n0, _UG,
    { [_ht]: ["PUT", "/guardrails/{guardrailIdentifier}", 202] }, () => UpdateGuardrailRequest$, () => UpdateGuardrailResponse$
];
var UpdateMarketplaceModelEndpoint$ = [9, n0, _UMME,
    { [_ht]: ["PATCH", "/marketplace-model/endpoints/{endpointArn}", 200] }, () => UpdateMarketplaceModelEndpointRequest$, () => UpdateMarketplaceModelEndpointResponse$
];
var UpdateProject$ = [9, n0, _UP,
    { [_ht]: ["POST", "/projects/{projectIdentifier}", 200] }, () => UpdateProjectRequest$, () => UpdateProjectResponse$
];
var UpdateProvisionedModelThroughput$ = [9, n0, _UPMT,
    { [_ht]: ["PATCH", "/provisioned-model-throughput/{provisionedModelId}", 200] }, () => UpdateProvisionedModelThroughputRequest$, () => UpdateProvisionedModelThroughputResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2023-04-20",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultBedrockHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
            {
                schemeId: "smithy.api#httpBearerAuth",
                identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#httpBearerAuth"),
                signer: new HttpBearerAuthSigner(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.bedrock",
            errorTypeRegistries,
            version: "2023-04-20",
            serviceTarget: "AmazonBedrockControlPlaneService",
        },
        serviceId: config?.serviceId ?? "Bedrock",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
        signingName: "bedrock",
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 900_000),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
            {
                schemeId: "smithy.api#httpBearerAuth",
                identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#httpBearerAuth") || (async (idProps) => {
                    try {
                        return await fromEnvSigningName({ signingName: "bedrock" })();
                    }
                    catch (error) {
                        return await nodeProvider(idProps)(idProps);
                    }
                }),
                signer: new HttpBearerAuthSigner(),
            },
        ],
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    let _token = runtimeConfig.token;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
        setToken(token) {
            _token = token;
        },
        token() {
            return _token;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
        token: config.token(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class BedrockClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultBedrockHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
                "smithy.api#httpBearerAuth": config.token,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "AmazonBedrockControlPlaneService", "BedrockClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class ArchiveProjectCommand extends command(_ep0, _mw0, "ArchiveProject", ArchiveProject$) {
}

class BatchDeleteAdvancedPromptOptimizationJobCommand extends command(_ep0, _mw0, "BatchDeleteAdvancedPromptOptimizationJob", BatchDeleteAdvancedPromptOptimizationJob$) {
}

class BatchDeleteEvaluationJobCommand extends command(_ep0, _mw0, "BatchDeleteEvaluationJob", BatchDeleteEvaluationJob$) {
}

class CancelAutomatedReasoningPolicyBuildWorkflowCommand extends command(_ep0, _mw0, "CancelAutomatedReasoningPolicyBuildWorkflow", CancelAutomatedReasoningPolicyBuildWorkflow$) {
}

class CreateAdvancedPromptOptimizationJobCommand extends command(_ep0, _mw0, "CreateAdvancedPromptOptimizationJob", CreateAdvancedPromptOptimizationJob$) {
}

class CreateAutomatedReasoningPolicyCommand extends command(_ep0, _mw0, "CreateAutomatedReasoningPolicy", CreateAutomatedReasoningPolicy$) {
}

class CreateAutomatedReasoningPolicyTestCaseCommand extends command(_ep0, _mw0, "CreateAutomatedReasoningPolicyTestCase", CreateAutomatedReasoningPolicyTestCase$) {
}

class CreateAutomatedReasoningPolicyVersionCommand extends command(_ep0, _mw0, "CreateAutomatedReasoningPolicyVersion", CreateAutomatedReasoningPolicyVersion$) {
}

class CreateCustomModelCommand extends command(_ep0, _mw0, "CreateCustomModel", CreateCustomModel$) {
}

class CreateCustomModelDeploymentCommand extends command(_ep0, _mw0, "CreateCustomModelDeployment", CreateCustomModelDeployment$) {
}

class CreateEvaluationJobCommand extends command(_ep0, _mw0, "CreateEvaluationJob", CreateEvaluationJob$) {
}

class CreateFoundationModelAgreementCommand extends command(_ep0, _mw0, "CreateFoundationModelAgreement", CreateFoundationModelAgreement$) {
}

class CreateGuardrailCommand extends command(_ep0, _mw0, "CreateGuardrail", CreateGuardrail$) {
}

class CreateGuardrailVersionCommand extends command(_ep0, _mw0, "CreateGuardrailVersion", CreateGuardrailVersion$) {
}

class CreateInferenceProfileCommand extends command(_ep0, _mw0, "CreateInferenceProfile", CreateInferenceProfile$) {
}

class CreateMarketplaceModelEndpointCommand extends command(_ep0, _mw0, "CreateMarketplaceModelEndpoint", CreateMarketplaceModelEndpoint$) {
}

class CreateModelCopyJobCommand extends command(_ep0, _mw0, "CreateModelCopyJob", CreateModelCopyJob$) {
}

class CreateModelCustomizationJobCommand extends command(_ep0, _mw0, "CreateModelCustomizationJob", CreateModelCustomizationJob$) {
}

class CreateModelImportJobCommand extends command(_ep0, _mw0, "CreateModelImportJob", CreateModelImportJob$) {
}

class CreateModelInvocationJobCommand extends command(_ep0, _mw0, "CreateModelInvocationJob", CreateModelInvocationJob$) {
}

class CreateProjectCommand extends command(_ep0, _mw0, "CreateProject", CreateProject$) {
}

class CreatePromptRouterCommand extends command(_ep0, _mw0, "CreatePromptRouter", CreatePromptRouter$) {
}

class CreateProvisionedModelThroughputCommand extends command(_ep0, _mw0, "CreateProvisionedModelThroughput", CreateProvisionedModelThroughput$) {
}

class DeleteAccountDataRetentionStorageCommand extends command(_ep0, _mw0, "DeleteAccountDataRetentionStorage", DeleteAccountDataRetentionStorage$) {
}

class DeleteAutomatedReasoningPolicyBuildWorkflowCommand extends command(_ep0, _mw0, "DeleteAutomatedReasoningPolicyBuildWorkflow", DeleteAutomatedReasoningPolicyBuildWorkflow$) {
}

class DeleteAutomatedReasoningPolicyCommand extends command(_ep0, _mw0, "DeleteAutomatedReasoningPolicy", DeleteAutomatedReasoningPolicy$) {
}

class DeleteAutomatedReasoningPolicyTestCaseCommand extends command(_ep0, _mw0, "DeleteAutomatedReasoningPolicyTestCase", DeleteAutomatedReasoningPolicyTestCase$) {
}

class DeleteCustomModelCommand extends command(_ep0, _mw0, "DeleteCustomModel", DeleteCustomModel$) {
}

class DeleteCustomModelDeploymentCommand extends command(_ep0, _mw0, "DeleteCustomModelDeployment", DeleteCustomModelDeployment$) {
}

class DeleteEnforcedGuardrailConfigurationCommand extends command(_ep0, _mw0, "DeleteEnforcedGuardrailConfiguration", DeleteEnforcedGuardrailConfiguration$) {
}

class DeleteFoundationModelAgreementCommand extends command(_ep0, _mw0, "DeleteFoundationModelAgreement", DeleteFoundationModelAgreement$) {
}

class DeleteGuardrailCommand extends command(_ep0, _mw0, "DeleteGuardrail", DeleteGuardrail$) {
}

class DeleteImportedModelCommand extends command(_ep0, _mw0, "DeleteImportedModel", DeleteImportedModel$) {
}

class DeleteInferenceProfileCommand extends command(_ep0, _mw0, "DeleteInferenceProfile", DeleteInferenceProfile$) {
}

class DeleteMarketplaceModelEndpointCommand extends command(_ep0, _mw0, "DeleteMarketplaceModelEndpoint", DeleteMarketplaceModelEndpoint$) {
}

class DeleteModelInvocationLoggingConfigurationCommand extends command(_ep0, _mw0, "DeleteModelInvocationLoggingConfiguration", DeleteModelInvocationLoggingConfiguration$) {
}

class DeleteOrganizationDataRetentionStorageCommand extends command(_ep0, _mw0, "DeleteOrganizationDataRetentionStorage", DeleteOrganizationDataRetentionStorage$) {
}

class DeleteProjectDataRetentionStorageCommand extends command(_ep0, _mw0, "DeleteProjectDataRetentionStorage", DeleteProjectDataRetentionStorage$) {
}

class DeletePromptRouterCommand extends command(_ep0, _mw0, "DeletePromptRouter", DeletePromptRouter$) {
}

class DeleteProvisionedModelThroughputCommand extends command(_ep0, _mw0, "DeleteProvisionedModelThroughput", DeleteProvisionedModelThroughput$) {
}

class DeleteResourcePolicyCommand extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
}

class DeregisterMarketplaceModelEndpointCommand extends command(_ep0, _mw0, "DeregisterMarketplaceModelEndpoint", DeregisterMarketplaceModelEndpoint$) {
}

class ExportAutomatedReasoningPolicyVersionCommand extends command(_ep0, _mw0, "ExportAutomatedReasoningPolicyVersion", ExportAutomatedReasoningPolicyVersion$) {
}

class GetAccountDataRetentionCommand extends command(_ep0, _mw0, "GetAccountDataRetention", GetAccountDataRetention$) {
}

class GetAccountDataRetentionStorageCommand extends command(_ep0, _mw0, "GetAccountDataRetentionStorage", GetAccountDataRetentionStorage$) {
}

class GetAdvancedPromptOptimizationJobCommand extends command(_ep0, _mw0, "GetAdvancedPromptOptimizationJob", GetAdvancedPromptOptimizationJob$) {
}

class GetAutomatedReasoningPolicyAnnotationsCommand extends command(_ep0, _mw0, "GetAutomatedReasoningPolicyAnnotations", GetAutomatedReasoningPolicyAnnotations$) {
}

class GetAutomatedReasoningPolicyBuildWorkflowCommand extends command(_ep0, _mw0, "GetAutomatedReasoningPolicyBuildWorkflow", GetAutomatedReasoningPolicyBuildWorkflow$) {
}

class GetAutomatedReasoningPolicyBuildWorkflowResultAssetsCommand extends command(_ep0, _mw0, "GetAutomatedReasoningPolicyBuildWorkflowResultAssets", GetAutomatedReasoningPolicyBuildWorkflowResultAssets$) {
}

class GetAutomatedReasoningPolicyCommand extends command(_ep0, _mw0, "GetAutomatedReasoningPolicy", GetAutomatedReasoningPolicy$) {
}

class GetAutomatedReasoningPolicyNextScenarioCommand extends command(_ep0, _mw0, "GetAutomatedReasoningPolicyNextScenario", GetAutomatedReasoningPolicyNextScenario$) {
}

class GetAutomatedReasoningPolicyTestCaseCommand extends command(_ep0, _mw0, "GetAutomatedReasoningPolicyTestCase", GetAutomatedReasoningPolicyTestCase$) {
}

class GetAutomatedReasoningPolicyTestResultCommand extends command(_ep0, _mw0, "GetAutomatedReasoningPolicyTestResult", GetAutomatedReasoningPolicyTestResult$) {
}

class GetCustomModelCommand extends command(_ep0, _mw0, "GetCustomModel", GetCustomModel$) {
}

class GetCustomModelDeploymentCommand extends command(_ep0, _mw0, "GetCustomModelDeployment", GetCustomModelDeployment$) {
}

class GetEvaluationJobCommand extends command(_ep0, _mw0, "GetEvaluationJob", GetEvaluationJob$) {
}

class GetFoundationModelAvailabilityCommand extends command(_ep0, _mw0, "GetFoundationModelAvailability", GetFoundationModelAvailability$) {
}

class GetFoundationModelCommand extends command(_ep0, _mw0, "GetFoundationModel", GetFoundationModel$) {
}

class GetGuardrailCommand extends command(_ep0, _mw0, "GetGuardrail", GetGuardrail$) {
}

class GetImportedModelCommand extends command(_ep0, _mw0, "GetImportedModel", GetImportedModel$) {
}

class GetInferenceProfileCommand extends command(_ep0, _mw0, "GetInferenceProfile", GetInferenceProfile$) {
}

class GetMarketplaceModelEndpointCommand extends command(_ep0, _mw0, "GetMarketplaceModelEndpoint", GetMarketplaceModelEndpoint$) {
}

class GetModelCopyJobCommand extends command(_ep0, _mw0, "GetModelCopyJob", GetModelCopyJob$) {
}

class GetModelCustomizationJobCommand extends command(_ep0, _mw0, "GetModelCustomizationJob", GetModelCustomizationJob$) {
}

class GetModelImportJobCommand extends command(_ep0, _mw0, "GetModelImportJob", GetModelImportJob$) {
}

class GetModelInvocationJobCommand extends command(_ep0, _mw0, "GetModelInvocationJob", GetModelInvocationJob$) {
}

class GetModelInvocationLoggingConfigurationCommand extends command(_ep0, _mw0, "GetModelInvocationLoggingConfiguration", GetModelInvocationLoggingConfiguration$) {
}

class GetOrganizationDataRetentionStorageCommand extends command(_ep0, _mw0, "GetOrganizationDataRetentionStorage", GetOrganizationDataRetentionStorage$) {
}

class GetProjectCommand extends command(_ep0, _mw0, "GetProject", GetProject$) {
}

class GetProjectDataRetentionStorageCommand extends command(_ep0, _mw0, "GetProjectDataRetentionStorage", GetProjectDataRetentionStorage$) {
}

class GetPromptRouterCommand extends command(_ep0, _mw0, "GetPromptRouter", GetPromptRouter$) {
}

class GetProvisionedModelThroughputCommand extends command(_ep0, _mw0, "GetProvisionedModelThroughput", GetProvisionedModelThroughput$) {
}

class GetResourcePolicyCommand extends command(_ep0, _mw0, "GetResourcePolicy", GetResourcePolicy$) {
}

class GetTrustedAccessProgramAccountEnrollmentCommand extends command(_ep0, _mw0, "GetTrustedAccessProgramAccountEnrollment", GetTrustedAccessProgramAccountEnrollment$) {
}

class GetTrustedAccessProgramCommand extends command(_ep0, _mw0, "GetTrustedAccessProgram", GetTrustedAccessProgram$) {
}

class GetTrustedAccessProgramOrganizationEnrollmentCommand extends command(_ep0, _mw0, "GetTrustedAccessProgramOrganizationEnrollment", GetTrustedAccessProgramOrganizationEnrollment$) {
}

class GetTrustedAccessProgramProjectEnrollmentCommand extends command(_ep0, _mw0, "GetTrustedAccessProgramProjectEnrollment", GetTrustedAccessProgramProjectEnrollment$) {
}

class GetUseCaseForModelAccessCommand extends command(_ep0, _mw0, "GetUseCaseForModelAccess", GetUseCaseForModelAccess$) {
}

class ListAdvancedPromptOptimizationJobsCommand extends command(_ep0, _mw0, "ListAdvancedPromptOptimizationJobs", ListAdvancedPromptOptimizationJobs$) {
}

class ListAutomatedReasoningPoliciesCommand extends command(_ep0, _mw0, "ListAutomatedReasoningPolicies", ListAutomatedReasoningPolicies$) {
}

class ListAutomatedReasoningPolicyBuildWorkflowsCommand extends command(_ep0, _mw0, "ListAutomatedReasoningPolicyBuildWorkflows", ListAutomatedReasoningPolicyBuildWorkflows$) {
}

class ListAutomatedReasoningPolicyTestCasesCommand extends command(_ep0, _mw0, "ListAutomatedReasoningPolicyTestCases", ListAutomatedReasoningPolicyTestCases$) {
}

class ListAutomatedReasoningPolicyTestResultsCommand extends command(_ep0, _mw0, "ListAutomatedReasoningPolicyTestResults", ListAutomatedReasoningPolicyTestResults$) {
}

class ListCustomModelDeploymentsCommand extends command(_ep0, _mw0, "ListCustomModelDeployments", ListCustomModelDeployments$) {
}

class ListCustomModelsCommand extends command(_ep0, _mw0, "ListCustomModels", ListCustomModels$) {
}

class ListEnforcedGuardrailsConfigurationCommand extends command(_ep0, _mw0, "ListEnforcedGuardrailsConfiguration", ListEnforcedGuardrailsConfiguration$) {
}

class ListEvaluationJobsCommand extends command(_ep0, _mw0, "ListEvaluationJobs", ListEvaluationJobs$) {
}

class ListFoundationModelAgreementOffersCommand extends command(_ep0, _mw0, "ListFoundationModelAgreementOffers", ListFoundationModelAgreementOffers$) {
}

class ListFoundationModelsCommand extends command(_ep0, _mw0, "ListFoundationModels", ListFoundationModels$) {
}

class ListGuardrailsCommand extends command(_ep0, _mw0, "ListGuardrails", ListGuardrails$) {
}

class ListImportedModelsCommand extends command(_ep0, _mw0, "ListImportedModels", ListImportedModels$) {
}

class ListInferenceProfilesCommand extends command(_ep0, _mw0, "ListInferenceProfiles", ListInferenceProfiles$) {
}

class ListMarketplaceModelEndpointsCommand extends command(_ep0, _mw0, "ListMarketplaceModelEndpoints", ListMarketplaceModelEndpoints$) {
}

class ListModelCopyJobsCommand extends command(_ep0, _mw0, "ListModelCopyJobs", ListModelCopyJobs$) {
}

class ListModelCustomizationJobsCommand extends command(_ep0, _mw0, "ListModelCustomizationJobs", ListModelCustomizationJobs$) {
}

class ListModelImportJobsCommand extends command(_ep0, _mw0, "ListModelImportJobs", ListModelImportJobs$) {
}

class ListModelInvocationJobsCommand extends command(_ep0, _mw0, "ListModelInvocationJobs", ListModelInvocationJobs$) {
}

class ListProjectsCommand extends command(_ep0, _mw0, "ListProjects", ListProjects$) {
}

class ListPromptRoutersCommand extends command(_ep0, _mw0, "ListPromptRouters", ListPromptRouters$) {
}

class ListProvisionedModelThroughputsCommand extends command(_ep0, _mw0, "ListProvisionedModelThroughputs", ListProvisionedModelThroughputs$) {
}

class ListTagsForResourceCommand extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
}

class ListTrustedAccessProgramsCommand extends command(_ep0, _mw0, "ListTrustedAccessPrograms", ListTrustedAccessPrograms$) {
}

class PutAccountDataRetentionCommand extends command(_ep0, _mw0, "PutAccountDataRetention", PutAccountDataRetention$) {
}

class PutAccountDataRetentionStorageCommand extends command(_ep0, _mw0, "PutAccountDataRetentionStorage", PutAccountDataRetentionStorage$) {
}

class PutEnforcedGuardrailConfigurationCommand extends command(_ep0, _mw0, "PutEnforcedGuardrailConfiguration", PutEnforcedGuardrailConfiguration$) {
}

class PutModelInvocationLoggingConfigurationCommand extends command(_ep0, _mw0, "PutModelInvocationLoggingConfiguration", PutModelInvocationLoggingConfiguration$) {
}

class PutOrganizationDataRetentionStorageCommand extends command(_ep0, _mw0, "PutOrganizationDataRetentionStorage", PutOrganizationDataRetentionStorage$) {
}

class PutProjectDataRetentionStorageCommand extends command(_ep0, _mw0, "PutProjectDataRetentionStorage", PutProjectDataRetentionStorage$) {
}

class PutResourcePolicyCommand extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
}

class PutTrustedAccessProgramAccountEnrollmentCommand extends command(_ep0, _mw0, "PutTrustedAccessProgramAccountEnrollment", PutTrustedAccessProgramAccountEnrollment$) {
}

class PutTrustedAccessProgramOrganizationEnrollmentCommand extends command(_ep0, _mw0, "PutTrustedAccessProgramOrganizationEnrollment", PutTrustedAccessProgramOrganizationEnrollment$) {
}

class PutTrustedAccessProgramProjectEnrollmentCommand extends command(_ep0, _mw0, "PutTrustedAccessProgramProjectEnrollment", PutTrustedAccessProgramProjectEnrollment$) {
}

class PutUseCaseForModelAccessCommand extends command(_ep0, _mw0, "PutUseCaseForModelAccess", PutUseCaseForModelAccess$) {
}

class RegisterMarketplaceModelEndpointCommand extends command(_ep0, _mw0, "RegisterMarketplaceModelEndpoint", RegisterMarketplaceModelEndpoint$) {
}

class StartAutomatedReasoningPolicyBuildWorkflowCommand extends command(_ep0, _mw0, "StartAutomatedReasoningPolicyBuildWorkflow", StartAutomatedReasoningPolicyBuildWorkflow$) {
}

class StartAutomatedReasoningPolicyTestWorkflowCommand extends command(_ep0, _mw0, "StartAutomatedReasoningPolicyTestWorkflow", StartAutomatedReasoningPolicyTestWorkflow$) {
}

class StartTrustedAccessProgramAccountApplicationCommand extends command(_ep0, _mw0, "StartTrustedAccessProgramAccountApplication", StartTrustedAccessProgramAccountApplication$) {
}

class StartTrustedAccessProgramOrganizationApplicationCommand extends command(_ep0, _mw0, "StartTrustedAccessProgramOrganizationApplication", StartTrustedAccessProgramOrganizationApplication$) {
}

class StartTrustedAccessProgramProjectApplicationCommand extends command(_ep0, _mw0, "StartTrustedAccessProgramProjectApplication", StartTrustedAccessProgramProjectApplication$) {
}

class StopAdvancedPromptOptimizationJobCommand extends command(_ep0, _mw0, "StopAdvancedPromptOptimizationJob", StopAdvancedPromptOptimizationJob$) {
}

class StopEvaluationJobCommand extends command(_ep0, _mw0, "StopEvaluationJob", StopEvaluationJob$) {
}

class StopModelCustomizationJobCommand extends command(_ep0, _mw0, "StopModelCustomizationJob", StopModelCustomizationJob$) {
}

class StopModelInvocationJobCommand extends command(_ep0, _mw0, "StopModelInvocationJob", StopModelInvocationJob$) {
}

class TagResourceCommand extends command(_ep0, _mw0, "TagResource", TagResource$) {
}

class UntagResourceCommand extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
}

class UpdateAutomatedReasoningPolicyAnnotationsCommand extends command(_ep0, _mw0, "UpdateAutomatedReasoningPolicyAnnotations", UpdateAutomatedReasoningPolicyAnnotations$) {
}

class UpdateAutomatedReasoningPolicyCommand extends command(_ep0, _mw0, "UpdateAutomatedReasoningPolicy", UpdateAutomatedReasoningPolicy$) {
}

class UpdateAutomatedReasoningPolicyTestCaseCommand extends command(_ep0, _mw0, "UpdateAutomatedReasoningPolicyTestCase", UpdateAutomatedReasoningPolicyTestCase$) {
}

class UpdateCustomModelDeploymentCommand extends command(_ep0, _mw0, "UpdateCustomModelDeployment", UpdateCustomModelDeployment$) {
}

class UpdateGuardrailCommand extends command(_ep0, _mw0, "UpdateGuardrail", UpdateGuardrail$) {
}

class UpdateMarketplaceModelEndpointCommand extends command(_ep0, _mw0, "UpdateMarketplaceModelEndpoint", UpdateMarketplaceModelEndpoint$) {
}

class UpdateProjectCommand extends command(_ep0, _mw0, "UpdateProject", UpdateProject$) {
}

class UpdateProvisionedModelThroughputCommand extends command(_ep0, _mw0, "UpdateProvisionedModelThroughput", UpdateProvisionedModelThroughput$) {
}

const paginateListAdvancedPromptOptimizationJobs = createPaginator(BedrockClient, ListAdvancedPromptOptimizationJobsCommand, "nextToken", "nextToken", "maxResults");

const paginateListAutomatedReasoningPolicies = createPaginator(BedrockClient, ListAutomatedReasoningPoliciesCommand, "nextToken", "nextToken", "maxResults");

const paginateListAutomatedReasoningPolicyBuildWorkflows = createPaginator(BedrockClient, ListAutomatedReasoningPolicyBuildWorkflowsCommand, "nextToken", "nextToken", "maxResults");

const paginateListAutomatedReasoningPolicyTestCases = createPaginator(BedrockClient, ListAutomatedReasoningPolicyTestCasesCommand, "nextToken", "nextToken", "maxResults");

const paginateListAutomatedReasoningPolicyTestResults = createPaginator(BedrockClient, ListAutomatedReasoningPolicyTestResultsCommand, "nextToken", "nextToken", "maxResults");

const paginateListCustomModelDeployments = createPaginator(BedrockClient, ListCustomModelDeploymentsCommand, "nextToken", "nextToken", "maxResults");

const paginateListCustomModels = createPaginator(BedrockClient, ListCustomModelsCommand, "nextToken", "nextToken", "maxResults");

const paginateListEnforcedGuardrailsConfiguration = createPaginator(BedrockClient, ListEnforcedGuardrailsConfigurationCommand, "nextToken", "nextToken", "");

const paginateListEvaluationJobs = createPaginator(BedrockClient, ListEvaluationJobsCommand, "nextToken", "nextToken", "maxResults");

const paginateListGuardrails = createPaginator(BedrockClient, ListGuardrailsCommand, "nextToken", "nextToken", "maxResults");

const paginateListImportedModels = createPaginator(BedrockClient, ListImportedModelsCommand, "nextToken", "nextToken", "maxResults");

const paginateListInferenceProfiles = createPaginator(BedrockClient, ListInferenceProfilesCommand, "nextToken", "nextToken", "maxResults");

const paginateListMarketplaceModelEndpoints = createPaginator(BedrockClient, ListMarketplaceModelEndpointsCommand, "nextToken", "nextToken", "maxResults");

const paginateListModelCopyJobs = createPaginator(BedrockClient, ListModelCopyJobsCommand, "nextToken", "nextToken", "maxResults");

const paginateListModelCustomizationJobs = createPaginator(BedrockClient, ListModelCustomizationJobsCommand, "nextToken", "nextToken", "maxResults");

const paginateListModelImportJobs = createPaginator(BedrockClient, ListModelImportJobsCommand, "nextToken", "nextToken", "maxResults");

const paginateListModelInvocationJobs = createPaginator(BedrockClient, ListModelInvocationJobsCommand, "nextToken", "nextToken", "maxResults");

const paginateListProjects = createPaginator(BedrockClient, ListProjectsCommand, "nextToken", "nextToken", "maxResults");

const paginateListPromptRouters = createPaginator(BedrockClient, ListPromptRoutersCommand, "nextToken", "nextToken", "maxResults");

const paginateListProvisionedModelThroughputs = createPaginator(BedrockClient, ListProvisionedModelThroughputsCommand, "nextToken", "nextToken", "maxResults");

const paginateListTrustedAccessPrograms = createPaginator(BedrockClient, ListTrustedAccessProgramsCommand, "nextToken", "nextToken", "maxResults");

const commands = {
    ArchiveProjectCommand,
    BatchDeleteAdvancedPromptOptimizationJobCommand,
    BatchDeleteEvaluationJobCommand,
    CancelAutomatedReasoningPolicyBuildWorkflowCommand,
    CreateAdvancedPromptOptimizationJobCommand,
    CreateAutomatedReasoningPolicyCommand,
    CreateAutomatedReasoningPolicyTestCaseCommand,
    CreateAutomatedReasoningPolicyVersionCommand,
    CreateCustomModelCommand,
    CreateCustomModelDeploymentCommand,
    CreateEvaluationJobCommand,
    CreateFoundationModelAgreementCommand,
    CreateGuardrailCommand,
    CreateGuardrailVersionCommand,
    CreateInferenceProfileCommand,
    CreateMarketplaceModelEndpointCommand,
    CreateModelCopyJobCommand,
    CreateModelCustomizationJobCommand,
    CreateModelImportJobCommand,
    CreateModelInvocationJobCommand,
    CreateProjectCommand,
    CreatePromptRouterCommand,
    CreateProvisionedModelThroughputCommand,
    DeleteAccountDataRetentionStorageCommand,
    DeleteAutomatedReasoningPolicyCommand,
    DeleteAutomatedReasoningPolicyBuildWorkflowCommand,
    DeleteAutomatedReasoningPolicyTestCaseCommand,
    DeleteCustomModelCommand,
    DeleteCustomModelDeploymentCommand,
    DeleteEnforcedGuardrailConfigurationCommand,
    DeleteFoundationModelAgreementCommand,
    DeleteGuardrailCommand,
    DeleteImportedModelCommand,
    DeleteInferenceProfileCommand,
    DeleteMarketplaceModelEndpointCommand,
    DeleteModelInvocationLoggingConfigurationCommand,
    DeleteOrganizationDataRetentionStorageCommand,
    DeleteProjectDataRetentionStorageCommand,
    DeletePromptRouterCommand,
    DeleteProvisionedModelThroughputCommand,
    DeleteResourcePolicyCommand,
    DeregisterMarketplaceModelEndpointCommand,
    ExportAutomatedReasoningPolicyVersionCommand,
    GetAccountDataRetentionCommand,
    GetAccountDataRetentionStorageCommand,
    GetAdvancedPromptOptimizationJobCommand,
    GetAutomatedReasoningPolicyCommand,
    GetAutomatedReasoningPolicyAnnotationsCommand,
    GetAutomatedReasoningPolicyBuildWorkflowCommand,
    GetAutomatedReasoningPolicyBuildWorkflowResultAssetsCommand,
    GetAutomatedReasoningPolicyNextScenarioCommand,
    GetAutomatedReasoningPolicyTestCaseCommand,
    GetAutomatedReasoningPolicyTestResultCommand,
    GetCustomModelCommand,
    GetCustomModelDeploymentCommand,
    GetEvaluationJobCommand,
    GetFoundationModelCommand,
    GetFoundationModelAvailabilityCommand,
    GetGuardrailCommand,
    GetImportedModelCommand,
    GetInferenceProfileCommand,
    GetMarketplaceModelEndpointCommand,
    GetModelCopyJobCommand,
    GetModelCustomizationJobCommand,
    GetModelImportJobCommand,
    GetModelInvocationJobCommand,
    GetModelInvocationLoggingConfigurationCommand,
    GetOrganizationDataRetentionStorageCommand,
    GetProjectCommand,
    GetProjectDataRetentionStorageCommand,
    GetPromptRouterCommand,
    GetProvisionedModelThroughputCommand,
    GetResourcePolicyCommand,
    GetTrustedAccessProgramCommand,
    GetTrustedAccessProgramAccountEnrollmentCommand,
    GetTrustedAccessProgramOrganizationEnrollmentCommand,
    GetTrustedAccessProgramProjectEnrollmentCommand,
    GetUseCaseForModelAccessCommand,
    ListAdvancedPromptOptimizationJobsCommand,
    ListAutomatedReasoningPoliciesCommand,
    ListAutomatedReasoningPolicyBuildWorkflowsCommand,
    ListAutomatedReasoningPolicyTestCasesCommand,
    ListAutomatedReasoningPolicyTestResultsCommand,
    ListCustomModelDeploymentsCommand,
    ListCustomModelsCommand,
    ListEnforcedGuardrailsConfigurationCommand,
    ListEvaluationJobsCommand,
    ListFoundationModelAgreementOffersCommand,
    ListFoundationModelsCommand,
    ListGuardrailsCommand,
    ListImportedModelsCommand,
    ListInferenceProfilesCommand,
    ListMarketplaceModelEndpointsCommand,
    ListModelCopyJobsCommand,
    ListModelCustomizationJobsCommand,
    ListModelImportJobsCommand,
    ListModelInvocationJobsCommand,
    ListProjectsCommand,
    ListPromptRoutersCommand,
    ListProvisionedModelThroughputsCommand,
    ListTagsForResourceCommand,
    ListTrustedAccessProgramsCommand,
    PutAccountDataRetentionCommand,
    PutAccountDataRetentionStorageCommand,
    PutEnforcedGuardrailConfigurationCommand,
    PutModelInvocationLoggingConfigurationCommand,
    PutOrganizationDataRetentionStorageCommand,
    PutProjectDataRetentionStorageCommand,
    PutResourcePolicyCommand,
    PutTrustedAccessProgramAccountEnrollmentCommand,
    PutTrustedAccessProgramOrganizationEnrollmentCommand,
    PutTrustedAccessProgramProjectEnrollmentCommand,
    PutUseCaseForModelAccessCommand,
    RegisterMarketplaceModelEndpointCommand,
    StartAutomatedReasoningPolicyBuildWorkflowCommand,
    StartAutomatedReasoningPolicyTestWorkflowCommand,
    StartTrustedAccessProgramAccountApplicationCommand,
    StartTrustedAccessProgramOrganizationApplicationCommand,
    StartTrustedAccessProgramProjectApplicationCommand,
    StopAdvancedPromptOptimizationJobCommand,
    StopEvaluationJobCommand,
    StopModelCustomizationJobCommand,
    StopModelInvocationJobCommand,
    TagResourceCommand,
    UntagResourceCommand,
    UpdateAutomatedReasoningPolicyCommand,
    UpdateAutomatedReasoningPolicyAnnotationsCommand,
    UpdateAutomatedReasoningPolicyTestCaseCommand,
    UpdateCustomModelDeploymentCommand,
    UpdateGuardrailCommand,
    UpdateMarketplaceModelEndpointCommand,
    UpdateProjectCommand,
    UpdateProvisionedModelThroughputCommand,
};
const paginators = {
    paginateListAdvancedPromptOptimizationJobs,
    paginateListAutomatedReasoningPolicies,
    paginateListAutomatedReasoningPolicyBuildWorkflows,
    paginateListAutomatedReasoningPolicyTestCases,
    paginateListAutomatedReasoningPolicyTestResults,
    paginateListCustomModelDeployments,
    paginateListCustomModels,
    paginateListEnforcedGuardrailsConfiguration,
    paginateListEvaluationJobs,
    paginateListGuardrails,
    paginateListImportedModels,
    paginateListInferenceProfiles,
    paginateListMarketplaceModelEndpoints,
    paginateListModelCopyJobs,
    paginateListModelCustomizationJobs,
    paginateListModelImportJobs,
    paginateListModelInvocationJobs,
    paginateListProjects,
    paginateListPromptRouters,
    paginateListProvisionedModelThroughputs,
    paginateListTrustedAccessPrograms,
};
class Bedrock extends BedrockClient {
}
createAggregatedClient(commands, Bedrock, { paginators });

const SelectiveGuardingMode = {
    COMPREHENSIVE: "COMPREHENSIVE",
    SELECTIVE: "SELECTIVE",
};
const InputTags = {
    HONOR: "HONOR",
    IGNORE: "IGNORE",
};
const ConfigurationOwner = {
    ACCOUNT: "ACCOUNT",
};
const AdvancedPromptOptimizationJobStatus = {
    COMPLETED: "Completed",
    DELETING: "Deleting",
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    PARTIALLY_COMPLETED: "PartiallyCompleted",
    STOPPED: "Stopped",
    STOPPING: "Stopping",
};
const SortJobsBy = {
    CREATION_TIME: "CreationTime",
};
const SortOrder = {
    ASCENDING: "Ascending",
    DESCENDING: "Descending",
};
const AgreementStatus = {
    AVAILABLE: "AVAILABLE",
    ERROR: "ERROR",
    NOT_AVAILABLE: "NOT_AVAILABLE",
    PENDING: "PENDING",
};
const AutomatedReasoningCheckResult = {
    IMPOSSIBLE: "IMPOSSIBLE",
    INVALID: "INVALID",
    NO_TRANSLATION: "NO_TRANSLATION",
    SATISFIABLE: "SATISFIABLE",
    TOO_COMPLEX: "TOO_COMPLEX",
    TRANSLATION_AMBIGUOUS: "TRANSLATION_AMBIGUOUS",
    VALID: "VALID",
};
const AutomatedReasoningPolicyBuildWorkflowType = {
    GENERATE_FIDELITY_REPORT: "GENERATE_FIDELITY_REPORT",
    GENERATE_POLICY_SCENARIOS: "GENERATE_POLICY_SCENARIOS",
    IMPORT_POLICY: "IMPORT_POLICY",
    INGEST_CONTENT: "INGEST_CONTENT",
    ITERATIVELY_REFINE_POLICY: "ITERATIVELY_REFINE_POLICY",
    REFINE_POLICY: "REFINE_POLICY",
    RESOLVE_POLICY_AMBIGUITIES: "RESOLVE_POLICY_AMBIGUITIES",
};
const AutomatedReasoningPolicyBuildDocumentContentType = {
    PDF: "pdf",
    TEXT: "txt",
};
const AutomatedReasoningPolicyBuildWorkflowStatus = {
    BUILDING: "BUILDING",
    CANCELLED: "CANCELLED",
    CANCEL_REQUESTED: "CANCEL_REQUESTED",
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    PREPROCESSING: "PREPROCESSING",
    SCHEDULED: "SCHEDULED",
    TESTING: "TESTING",
};
const AutomatedReasoningPolicyBuildResultAssetType = {
    ASSET_MANIFEST: "ASSET_MANIFEST",
    BUILD_LOG: "BUILD_LOG",
    FIDELITY_REPORT: "FIDELITY_REPORT",
    GENERATED_TEST_CASES: "GENERATED_TEST_CASES",
    POLICY_DEFINITION: "POLICY_DEFINITION",
    POLICY_SCENARIOS: "POLICY_SCENARIOS",
    QUALITY_REPORT: "QUALITY_REPORT",
    SOURCE_DOCUMENT: "SOURCE_DOCUMENT",
};
const AutomatedReasoningPolicyBuildMessageType = {
    ERROR: "ERROR",
    INFO: "INFO",
    WARNING: "WARNING",
};
const AutomatedReasoningPolicyAnnotationStatus = {
    APPLIED: "APPLIED",
    FAILED: "FAILED",
};
const AutomatedReasoningCheckLogicWarningType = {
    ALWAYS_FALSE: "ALWAYS_FALSE",
    ALWAYS_TRUE: "ALWAYS_TRUE",
};
const AutomatedReasoningPolicyTestRunResult = {
    FAILED: "FAILED",
    PASSED: "PASSED",
};
const AutomatedReasoningPolicyTestRunStatus = {
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    NOT_STARTED: "NOT_STARTED",
    SCHEDULED: "SCHEDULED",
};
const Status = {
    INCOMPATIBLE_ENDPOINT: "INCOMPATIBLE_ENDPOINT",
    REGISTERED: "REGISTERED",
};
const CustomModelDeploymentStatus = {
    ACTIVE: "Active",
    CREATING: "Creating",
    FAILED: "Failed",
};
const CustomModelDeploymentUpdateStatus = {
    UPDATE_COMPLETED: "UpdateCompleted",
    UPDATE_FAILED: "UpdateFailed",
    UPDATING: "Updating",
};
const SortModelsBy = {
    CREATION_TIME: "CreationTime",
};
const ReasoningEffort = {
    HIGH: "high",
    LOW: "low",
    MEDIUM: "medium",
};
const CustomizationType = {
    CONTINUED_PRE_TRAINING: "CONTINUED_PRE_TRAINING",
    DISTILLATION: "DISTILLATION",
    FINE_TUNING: "FINE_TUNING",
    IMPORTED: "IMPORTED",
    REINFORCEMENT_FINE_TUNING: "REINFORCEMENT_FINE_TUNING",
};
const ModelStatus = {
    ACTIVE: "Active",
    CREATING: "Creating",
    FAILED: "Failed",
};
const DataRetentionMode = {
    AWS_REVIEW: "aws_review",
    DEFAULT: "default",
    INHERIT: "inherit",
    NONE: "none",
    PROVIDER_DATA_SHARE: "provider_data_share",
};
const DataRetentionStorageModelProvider = {
    ANTHROPIC: "anthropic",
    OPENAI: "openai",
};
const DataRetentionStorageResourceStatus = {
    ACCESS_DENIED: "access_denied",
    ACTIVE: "active",
    PENDING: "pending",
};
const DataRetentionStorageScope = {
    ACCOUNT: "account",
    ORGANIZATION: "organization",
    PROJECT: "project",
};
const DataRetentionStorageDestination = {
    AMAZON_MANAGED: "amazon_managed",
    CUSTOMER_MANAGED: "customer_managed",
};
const EvaluationJobStatus = {
    COMPLETED: "Completed",
    DELETING: "Deleting",
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    STOPPED: "Stopped",
    STOPPING: "Stopping",
};
const ApplicationType = {
    MODEL_EVALUATION: "ModelEvaluation",
    RAG_EVALUATION: "RagEvaluation",
};
const EvaluationTaskType = {
    CLASSIFICATION: "Classification",
    CUSTOM: "Custom",
    GENERATION: "Generation",
    QUESTION_AND_ANSWER: "QuestionAndAnswer",
    SUMMARIZATION: "Summarization",
};
const PerformanceConfigLatency = {
    OPTIMIZED: "optimized",
    STANDARD: "standard",
};
const ExternalSourceType = {
    BYTE_CONTENT: "BYTE_CONTENT",
    S3: "S3",
};
const QueryTransformationType = {
    QUERY_DECOMPOSITION: "QUERY_DECOMPOSITION",
};
const AttributeType = {
    BOOLEAN: "BOOLEAN",
    NUMBER: "NUMBER",
    STRING: "STRING",
    STRING_LIST: "STRING_LIST",
};
const SearchType = {
    HYBRID: "HYBRID",
    SEMANTIC: "SEMANTIC",
};
const RerankingMetadataSelectionMode = {
    ALL: "ALL",
    SELECTIVE: "SELECTIVE",
};
const VectorSearchRerankingConfigurationType = {
    BEDROCK_RERANKING_MODEL: "BEDROCK_RERANKING_MODEL",
};
const RetrieveAndGenerateType = {
    EXTERNAL_SOURCES: "EXTERNAL_SOURCES",
    KNOWLEDGE_BASE: "KNOWLEDGE_BASE",
};
const EvaluationJobType = {
    AUTOMATED: "Automated",
    HUMAN: "Human",
};
const GuardrailContentFilterAction = {
    BLOCK: "BLOCK",
    NONE: "NONE",
};
const GuardrailModality = {
    IMAGE: "IMAGE",
    TEXT: "TEXT",
};
const GuardrailFilterStrength = {
    HIGH: "HIGH",
    LOW: "LOW",
    MEDIUM: "MEDIUM",
    NONE: "NONE",
};
const GuardrailContentFilterType = {
    HATE: "HATE",
    INSULTS: "INSULTS",
    MISCONDUCT: "MISCONDUCT",
    PROMPT_ATTACK: "PROMPT_ATTACK",
    SEXUAL: "SEXUAL",
    VIOLENCE: "VIOLENCE",
};
const GuardrailContentFiltersTierName = {
    CLASSIC: "CLASSIC",
    STANDARD: "STANDARD",
};
const GuardrailContextualGroundingAction = {
    BLOCK: "BLOCK",
    NONE: "NONE",
};
const GuardrailContextualGroundingFilterType = {
    GROUNDING: "GROUNDING",
    RELEVANCE: "RELEVANCE",
};
const GuardrailContextualGroundingTierName = {
    CLASSIC: "CLASSIC",
    STANDARD: "STANDARD",
};
const GuardrailSensitiveInformationAction = {
    ANONYMIZE: "ANONYMIZE",
    BLOCK: "BLOCK",
    NONE: "NONE",
};
const GuardrailPiiEntityType = {
    ADDRESS: "ADDRESS",
    AGE: "AGE",
    AWS_ACCESS_KEY: "AWS_ACCESS_KEY",
    AWS_SECRET_KEY: "AWS_SECRET_KEY",
    CA_HEALTH_NUMBER: "CA_HEALTH_NUMBER",
    CA_SOCIAL_INSURANCE_NUMBER: "CA_SOCIAL_INSURANCE_NUMBER",
    CREDIT_DEBIT_CARD_CVV: "CREDIT_DEBIT_CARD_CVV",
    CREDIT_DEBIT_CARD_EXPIRY: "CREDIT_DEBIT_CARD_EXPIRY",
    CREDIT_DEBIT_CARD_NUMBER: "CREDIT_DEBIT_CARD_NUMBER",
    DRIVER_ID: "DRIVER_ID",
    EMAIL: "EMAIL",
    INTERNATIONAL_BANK_ACCOUNT_NUMBER: "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    IP_ADDRESS: "IP_ADDRESS",
    LICENSE_PLATE: "LICENSE_PLATE",
    MAC_ADDRESS: "MAC_ADDRESS",
    NAME: "NAME",
    PASSWORD: "PASSWORD",
    PHONE: "PHONE",
    PIN: "PIN",
    SWIFT_CODE: "SWIFT_CODE",
    UK_NATIONAL_HEALTH_SERVICE_NUMBER: "UK_NATIONAL_HEALTH_SERVICE_NUMBER",
    UK_NATIONAL_INSURANCE_NUMBER: "UK_NATIONAL_INSURANCE_NUMBER",
    UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER: "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER",
    URL: "URL",
    USERNAME: "USERNAME",
    US_BANK_ACCOUNT_NUMBER: "US_BANK_ACCOUNT_NUMBER",
    US_BANK_ROUTING_NUMBER: "US_BANK_ROUTING_NUMBER",
    US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER: "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    US_PASSPORT_NUMBER: "US_PASSPORT_NUMBER",
    US_SOCIAL_SECURITY_NUMBER: "US_SOCIAL_SECURITY_NUMBER",
    VEHICLE_IDENTIFICATION_NUMBER: "VEHICLE_IDENTIFICATION_NUMBER",
};
const GuardrailTopicsTierName = {
    CLASSIC: "CLASSIC",
    STANDARD: "STANDARD",
};
const GuardrailTopicAction = {
    BLOCK: "BLOCK",
    NONE: "NONE",
};
const GuardrailTopicType = {
    DENY: "DENY",
};
const GuardrailWordAction = {
    BLOCK: "BLOCK",
    NONE: "NONE",
};
const GuardrailManagedWordsType = {
    PROFANITY: "PROFANITY",
};
const GuardrailStatus = {
    CREATING: "CREATING",
    DELETING: "DELETING",
    FAILED: "FAILED",
    READY: "READY",
    UPDATING: "UPDATING",
    VERSIONING: "VERSIONING",
};
const InferenceProfileStatus = {
    ACTIVE: "ACTIVE",
};
const InferenceProfileType = {
    APPLICATION: "APPLICATION",
    SYSTEM_DEFINED: "SYSTEM_DEFINED",
};
const ModelCopyJobStatus = {
    COMPLETED: "Completed",
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
};
const ModelImportJobStatus = {
    COMPLETED: "Completed",
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
};
const S3InputFormat = {
    JSONL: "JSONL",
};
const ModelInvocationType = {
    Converse: "Converse",
    InvokeModel: "InvokeModel",
};
const ModelInvocationJobStatus = {
    COMPLETED: "Completed",
    EXPIRED: "Expired",
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    PARTIALLY_COMPLETED: "PartiallyCompleted",
    SCHEDULED: "Scheduled",
    STOPPED: "Stopped",
    STOPPING: "Stopping",
    SUBMITTED: "Submitted",
    VALIDATING: "Validating",
};
const ModelCustomization = {
    CONTINUED_PRE_TRAINING: "CONTINUED_PRE_TRAINING",
    DISTILLATION: "DISTILLATION",
    FINE_TUNING: "FINE_TUNING",
};
const InferenceType = {
    ON_DEMAND: "ON_DEMAND",
    PROVISIONED: "PROVISIONED",
};
const ModelModality = {
    EMBEDDING: "EMBEDDING",
    IMAGE: "IMAGE",
    TEXT: "TEXT",
};
const FoundationModelLifecycleStatus = {
    ACTIVE: "ACTIVE",
    LEGACY: "LEGACY",
};
const ProjectStatus = {
    ACTIVE: "active",
    ARCHIVED: "archived",
};
const PromptRouterStatus = {
    AVAILABLE: "AVAILABLE",
};
const PromptRouterType = {
    CUSTOM: "custom",
    DEFAULT: "default",
};
const CommitmentDuration = {
    ONE_MONTH: "OneMonth",
    SIX_MONTHS: "SixMonths",
};
const ProvisionedModelStatus = {
    CREATING: "Creating",
    FAILED: "Failed",
    IN_SERVICE: "InService",
    UPDATING: "Updating",
};
const SortByProvisionedModels = {
    CREATION_TIME: "CreationTime",
};
const AuthorizationStatus = {
    AUTHORIZED: "AUTHORIZED",
    NOT_AUTHORIZED: "NOT_AUTHORIZED",
};
const EntitlementAvailability = {
    AVAILABLE: "AVAILABLE",
    NOT_AVAILABLE: "NOT_AVAILABLE",
};
const RegionAvailability = {
    AVAILABLE: "AVAILABLE",
    NOT_AVAILABLE: "NOT_AVAILABLE",
};
const OfferType = {
    ALL: "ALL",
    PUBLIC: "PUBLIC",
};
const ModelCustomizationJobStatus = {
    COMPLETED: "Completed",
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    STOPPED: "Stopped",
    STOPPING: "Stopping",
};
const JobStatusDetails = {
    COMPLETED: "Completed",
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    NOT_STARTED: "NotStarted",
    STOPPED: "Stopped",
    STOPPING: "Stopping",
};
const FineTuningJobStatus = {
    COMPLETED: "Completed",
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    STOPPED: "Stopped",
    STOPPING: "Stopping",
};
const TrustedAccessProgramScope = {
    ACCOUNT: "account",
    ORGANIZATION: "organization",
    PROGRAM_DEFAULT: "program_default",
    PROJECT: "project",
};
const TrustedAccessProgramOptIn = {
    DISABLED: "disabled",
    ENABLED: "enabled",
    INHERIT: "inherit",
};
const TrustedAccessProgramStatus = {
    DISABLED: "disabled",
    ELIGIBLE: "eligible",
    ENABLED: "enabled",
    REQUESTABLE: "requestable",
    REVOKED: "revoked",
};

__webpack_unused_export__ = AccessDeniedException;
__webpack_unused_export__ = AccessDeniedException$;
__webpack_unused_export__ = AccountEnforcedGuardrailInferenceInputConfiguration$;
__webpack_unused_export__ = AccountEnforcedGuardrailOutputConfiguration$;
__webpack_unused_export__ = AdvancedPromptOptimizationInputConfig$;
__webpack_unused_export__ = AdvancedPromptOptimizationJobStatus;
__webpack_unused_export__ = AdvancedPromptOptimizationJobSummary$;
__webpack_unused_export__ = AdvancedPromptOptimizationOutputConfig$;
__webpack_unused_export__ = AgreementAvailability$;
__webpack_unused_export__ = AgreementStatus;
__webpack_unused_export__ = ApplicationType;
__webpack_unused_export__ = ArchiveProject$;
__webpack_unused_export__ = ArchiveProjectCommand;
__webpack_unused_export__ = ArchiveProjectRequest$;
__webpack_unused_export__ = ArchiveProjectResponse$;
__webpack_unused_export__ = AttributeType;
__webpack_unused_export__ = AuthorizationStatus;
__webpack_unused_export__ = AutomatedEvaluationConfig$;
__webpack_unused_export__ = AutomatedEvaluationCustomMetricConfig$;
__webpack_unused_export__ = AutomatedEvaluationCustomMetricSource$;
__webpack_unused_export__ = AutomatedReasoningCheckFinding$;
__webpack_unused_export__ = AutomatedReasoningCheckImpossibleFinding$;
__webpack_unused_export__ = AutomatedReasoningCheckInputTextReference$;
__webpack_unused_export__ = AutomatedReasoningCheckInvalidFinding$;
__webpack_unused_export__ = AutomatedReasoningCheckLogicWarning$;
__webpack_unused_export__ = AutomatedReasoningCheckLogicWarningType;
__webpack_unused_export__ = AutomatedReasoningCheckNoTranslationsFinding$;
__webpack_unused_export__ = AutomatedReasoningCheckResult;
__webpack_unused_export__ = AutomatedReasoningCheckRule$;
__webpack_unused_export__ = AutomatedReasoningCheckSatisfiableFinding$;
__webpack_unused_export__ = AutomatedReasoningCheckScenario$;
__webpack_unused_export__ = AutomatedReasoningCheckTooComplexFinding$;
__webpack_unused_export__ = AutomatedReasoningCheckTranslation$;
__webpack_unused_export__ = AutomatedReasoningCheckTranslationAmbiguousFinding$;
__webpack_unused_export__ = AutomatedReasoningCheckTranslationOption$;
__webpack_unused_export__ = AutomatedReasoningCheckValidFinding$;
__webpack_unused_export__ = AutomatedReasoningLogicStatement$;
__webpack_unused_export__ = AutomatedReasoningPolicyAddRuleAnnotation$;
__webpack_unused_export__ = AutomatedReasoningPolicyAddRuleFromNaturalLanguageAnnotation$;
__webpack_unused_export__ = AutomatedReasoningPolicyAddRuleMutation$;
__webpack_unused_export__ = AutomatedReasoningPolicyAddTypeAnnotation$;
__webpack_unused_export__ = AutomatedReasoningPolicyAddTypeMutation$;
__webpack_unused_export__ = AutomatedReasoningPolicyAddTypeValue$;
__webpack_unused_export__ = AutomatedReasoningPolicyAddVariableAnnotation$;
__webpack_unused_export__ = AutomatedReasoningPolicyAddVariableMutation$;
__webpack_unused_export__ = AutomatedReasoningPolicyAnnotatedChunk$;
__webpack_unused_export__ = AutomatedReasoningPolicyAnnotatedContent$;
__webpack_unused_export__ = AutomatedReasoningPolicyAnnotatedLine$;
__webpack_unused_export__ = AutomatedReasoningPolicyAnnotation$;
__webpack_unused_export__ = AutomatedReasoningPolicyAnnotationStatus;
__webpack_unused_export__ = AutomatedReasoningPolicyAtomicStatement$;
__webpack_unused_export__ = AutomatedReasoningPolicyBuildDocumentContentType;
__webpack_unused_export__ = AutomatedReasoningPolicyBuildLog$;
__webpack_unused_export__ = AutomatedReasoningPolicyBuildLogEntry$;
__webpack_unused_export__ = AutomatedReasoningPolicyBuildMessageType;
__webpack_unused_export__ = AutomatedReasoningPolicyBuildResultAssetManifest$;
__webpack_unused_export__ = AutomatedReasoningPolicyBuildResultAssetManifestEntry$;
__webpack_unused_export__ = AutomatedReasoningPolicyBuildResultAssetType;
__webpack_unused_export__ = AutomatedReasoningPolicyBuildResultAssets$;
__webpack_unused_export__ = AutomatedReasoningPolicyBuildStep$;
__webpack_unused_export__ = AutomatedReasoningPolicyBuildStepContext$;
__webpack_unused_export__ = AutomatedReasoningPolicyBuildStepMessage$;
__webpack_unused_export__ = AutomatedReasoningPolicyBuildWorkflowDocument$;
__webpack_unused_export__ = AutomatedReasoningPolicyBuildWorkflowRepairContent$;
__webpack_unused_export__ = AutomatedReasoningPolicyBuildWorkflowSource$;
__webpack_unused_export__ = AutomatedReasoningPolicyBuildWorkflowStatus;
__webpack_unused_export__ = AutomatedReasoningPolicyBuildWorkflowSummary$;
__webpack_unused_export__ = AutomatedReasoningPolicyBuildWorkflowType;
__webpack_unused_export__ = AutomatedReasoningPolicyDefinition$;
__webpack_unused_export__ = AutomatedReasoningPolicyDefinitionElement$;
__webpack_unused_export__ = AutomatedReasoningPolicyDefinitionQualityReport$;
__webpack_unused_export__ = AutomatedReasoningPolicyDefinitionRule$;
__webpack_unused_export__ = AutomatedReasoningPolicyDefinitionType$;
__webpack_unused_export__ = AutomatedReasoningPolicyDefinitionTypeValue$;
__webpack_unused_export__ = AutomatedReasoningPolicyDefinitionTypeValuePair$;
__webpack_unused_export__ = AutomatedReasoningPolicyDefinitionVariable$;
__webpack_unused_export__ = AutomatedReasoningPolicyDeleteRuleAnnotation$;
__webpack_unused_export__ = AutomatedReasoningPolicyDeleteRuleMutation$;
__webpack_unused_export__ = AutomatedReasoningPolicyDeleteTypeAnnotation$;
__webpack_unused_export__ = AutomatedReasoningPolicyDeleteTypeMutation$;
__webpack_unused_export__ = AutomatedReasoningPolicyDeleteTypeValue$;
__webpack_unused_export__ = AutomatedReasoningPolicyDeleteVariableAnnotation$;
__webpack_unused_export__ = AutomatedReasoningPolicyDeleteVariableMutation$;
__webpack_unused_export__ = AutomatedReasoningPolicyDisjointRuleSet$;
__webpack_unused_export__ = AutomatedReasoningPolicyFidelityReport$;
__webpack_unused_export__ = AutomatedReasoningPolicyGenerateFidelityReportContent$;
__webpack_unused_export__ = AutomatedReasoningPolicyGeneratedTestCase$;
__webpack_unused_export__ = AutomatedReasoningPolicyGeneratedTestCases$;
__webpack_unused_export__ = AutomatedReasoningPolicyIngestContentAnnotation$;
__webpack_unused_export__ = AutomatedReasoningPolicyIterativeRefinementContent$;
__webpack_unused_export__ = AutomatedReasoningPolicyMutation$;
__webpack_unused_export__ = AutomatedReasoningPolicyPlanning$;
__webpack_unused_export__ = AutomatedReasoningPolicyReportSourceDocument$;
__webpack_unused_export__ = AutomatedReasoningPolicyRuleReport$;
__webpack_unused_export__ = AutomatedReasoningPolicyScenario$;
__webpack_unused_export__ = AutomatedReasoningPolicyScenarios$;
__webpack_unused_export__ = AutomatedReasoningPolicySourceDocument$;
__webpack_unused_export__ = AutomatedReasoningPolicyStatementLocation$;
__webpack_unused_export__ = AutomatedReasoningPolicyStatementReference$;
__webpack_unused_export__ = AutomatedReasoningPolicySummary$;
__webpack_unused_export__ = AutomatedReasoningPolicyTestCase$;
__webpack_unused_export__ = AutomatedReasoningPolicyTestResult$;
__webpack_unused_export__ = AutomatedReasoningPolicyTestRunResult;
__webpack_unused_export__ = AutomatedReasoningPolicyTestRunStatus;
__webpack_unused_export__ = AutomatedReasoningPolicyTypeValueAnnotation$;
__webpack_unused_export__ = AutomatedReasoningPolicyUpdateFromRuleFeedbackAnnotation$;
__webpack_unused_export__ = AutomatedReasoningPolicyUpdateFromScenarioFeedbackAnnotation$;
__webpack_unused_export__ = AutomatedReasoningPolicyUpdateRuleAnnotation$;
__webpack_unused_export__ = AutomatedReasoningPolicyUpdateRuleMutation$;
__webpack_unused_export__ = AutomatedReasoningPolicyUpdateTypeAnnotation$;
__webpack_unused_export__ = AutomatedReasoningPolicyUpdateTypeMutation$;
__webpack_unused_export__ = AutomatedReasoningPolicyUpdateTypeValue$;
__webpack_unused_export__ = AutomatedReasoningPolicyUpdateVariableAnnotation$;
__webpack_unused_export__ = AutomatedReasoningPolicyUpdateVariableMutation$;
__webpack_unused_export__ = AutomatedReasoningPolicyVariableReport$;
__webpack_unused_export__ = AutomatedReasoningPolicyWorkflowTypeContent$;
__webpack_unused_export__ = BatchDeleteAdvancedPromptOptimizationJob$;
__webpack_unused_export__ = BatchDeleteAdvancedPromptOptimizationJobCommand;
__webpack_unused_export__ = BatchDeleteAdvancedPromptOptimizationJobError$;
__webpack_unused_export__ = BatchDeleteAdvancedPromptOptimizationJobItem$;
__webpack_unused_export__ = BatchDeleteAdvancedPromptOptimizationJobRequest$;
__webpack_unused_export__ = BatchDeleteAdvancedPromptOptimizationJobResponse$;
__webpack_unused_export__ = BatchDeleteEvaluationJob$;
__webpack_unused_export__ = BatchDeleteEvaluationJobCommand;
__webpack_unused_export__ = BatchDeleteEvaluationJobError$;
__webpack_unused_export__ = BatchDeleteEvaluationJobItem$;
__webpack_unused_export__ = BatchDeleteEvaluationJobRequest$;
__webpack_unused_export__ = BatchDeleteEvaluationJobResponse$;
__webpack_unused_export__ = Bedrock;
exports.eDv = BedrockClient;
__webpack_unused_export__ = BedrockEvaluatorModel$;
__webpack_unused_export__ = BedrockServiceException;
__webpack_unused_export__ = BedrockServiceException$;
__webpack_unused_export__ = ByteContentDoc$;
__webpack_unused_export__ = CancelAutomatedReasoningPolicyBuildWorkflow$;
__webpack_unused_export__ = CancelAutomatedReasoningPolicyBuildWorkflowCommand;
__webpack_unused_export__ = CancelAutomatedReasoningPolicyBuildWorkflowRequest$;
__webpack_unused_export__ = CancelAutomatedReasoningPolicyBuildWorkflowResponse$;
__webpack_unused_export__ = CloudWatchConfig$;
__webpack_unused_export__ = CommitmentDuration;
__webpack_unused_export__ = ConfigurationOwner;
__webpack_unused_export__ = ConflictException;
__webpack_unused_export__ = ConflictException$;
__webpack_unused_export__ = CreateAdvancedPromptOptimizationJob$;
__webpack_unused_export__ = CreateAdvancedPromptOptimizationJobCommand;
__webpack_unused_export__ = CreateAdvancedPromptOptimizationJobRequest$;
__webpack_unused_export__ = CreateAdvancedPromptOptimizationJobResponse$;
__webpack_unused_export__ = CreateAutomatedReasoningPolicy$;
__webpack_unused_export__ = CreateAutomatedReasoningPolicyCommand;
__webpack_unused_export__ = CreateAutomatedReasoningPolicyRequest$;
__webpack_unused_export__ = CreateAutomatedReasoningPolicyResponse$;
__webpack_unused_export__ = CreateAutomatedReasoningPolicyTestCase$;
__webpack_unused_export__ = CreateAutomatedReasoningPolicyTestCaseCommand;
__webpack_unused_export__ = CreateAutomatedReasoningPolicyTestCaseRequest$;
__webpack_unused_export__ = CreateAutomatedReasoningPolicyTestCaseResponse$;
__webpack_unused_export__ = CreateAutomatedReasoningPolicyVersion$;
__webpack_unused_export__ = CreateAutomatedReasoningPolicyVersionCommand;
__webpack_unused_export__ = CreateAutomatedReasoningPolicyVersionRequest$;
__webpack_unused_export__ = CreateAutomatedReasoningPolicyVersionResponse$;
__webpack_unused_export__ = CreateCustomModel$;
__webpack_unused_export__ = CreateCustomModelCommand;
__webpack_unused_export__ = CreateCustomModelDeployment$;
__webpack_unused_export__ = CreateCustomModelDeploymentCommand;
__webpack_unused_export__ = CreateCustomModelDeploymentRequest$;
__webpack_unused_export__ = CreateCustomModelDeploymentResponse$;
__webpack_unused_export__ = CreateCustomModelRequest$;
__webpack_unused_export__ = CreateCustomModelResponse$;
__webpack_unused_export__ = CreateEvaluationJob$;
__webpack_unused_export__ = CreateEvaluationJobCommand;
__webpack_unused_export__ = CreateEvaluationJobRequest$;
__webpack_unused_export__ = CreateEvaluationJobResponse$;
__webpack_unused_export__ = CreateFoundationModelAgreement$;
__webpack_unused_export__ = CreateFoundationModelAgreementCommand;
__webpack_unused_export__ = CreateFoundationModelAgreementRequest$;
__webpack_unused_export__ = CreateFoundationModelAgreementResponse$;
__webpack_unused_export__ = CreateGuardrail$;
__webpack_unused_export__ = CreateGuardrailCommand;
__webpack_unused_export__ = CreateGuardrailRequest$;
__webpack_unused_export__ = CreateGuardrailResponse$;
__webpack_unused_export__ = CreateGuardrailVersion$;
__webpack_unused_export__ = CreateGuardrailVersionCommand;
__webpack_unused_export__ = CreateGuardrailVersionRequest$;
__webpack_unused_export__ = CreateGuardrailVersionResponse$;
__webpack_unused_export__ = CreateInferenceProfile$;
__webpack_unused_export__ = CreateInferenceProfileCommand;
__webpack_unused_export__ = CreateInferenceProfileRequest$;
__webpack_unused_export__ = CreateInferenceProfileResponse$;
__webpack_unused_export__ = CreateMarketplaceModelEndpoint$;
__webpack_unused_export__ = CreateMarketplaceModelEndpointCommand;
__webpack_unused_export__ = CreateMarketplaceModelEndpointRequest$;
__webpack_unused_export__ = CreateMarketplaceModelEndpointResponse$;
__webpack_unused_export__ = CreateModelCopyJob$;
__webpack_unused_export__ = CreateModelCopyJobCommand;
__webpack_unused_export__ = CreateModelCopyJobRequest$;
__webpack_unused_export__ = CreateModelCopyJobResponse$;
__webpack_unused_export__ = CreateModelCustomizationJob$;
__webpack_unused_export__ = CreateModelCustomizationJobCommand;
__webpack_unused_export__ = CreateModelCustomizationJobRequest$;
__webpack_unused_export__ = CreateModelCustomizationJobResponse$;
__webpack_unused_export__ = CreateModelImportJob$;
__webpack_unused_export__ = CreateModelImportJobCommand;
__webpack_unused_export__ = CreateModelImportJobRequest$;
__webpack_unused_export__ = CreateModelImportJobResponse$;
__webpack_unused_export__ = CreateModelInvocationJob$;
exports.Edi = CreateModelInvocationJobCommand;
__webpack_unused_export__ = CreateModelInvocationJobRequest$;
__webpack_unused_export__ = CreateModelInvocationJobResponse$;
__webpack_unused_export__ = CreateProject$;
__webpack_unused_export__ = CreateProjectCommand;
__webpack_unused_export__ = CreateProjectRequest$;
__webpack_unused_export__ = CreateProjectResponse$;
__webpack_unused_export__ = CreatePromptRouter$;
__webpack_unused_export__ = CreatePromptRouterCommand;
__webpack_unused_export__ = CreatePromptRouterRequest$;
__webpack_unused_export__ = CreatePromptRouterResponse$;
__webpack_unused_export__ = CreateProvisionedModelThroughput$;
__webpack_unused_export__ = CreateProvisionedModelThroughputCommand;
__webpack_unused_export__ = CreateProvisionedModelThroughputRequest$;
__webpack_unused_export__ = CreateProvisionedModelThroughputResponse$;
__webpack_unused_export__ = CustomMetricBedrockEvaluatorModel$;
__webpack_unused_export__ = CustomMetricDefinition$;
__webpack_unused_export__ = CustomMetricEvaluatorModelConfig$;
__webpack_unused_export__ = CustomModelDataSource$;
__webpack_unused_export__ = CustomModelDeploymentStatus;
__webpack_unused_export__ = CustomModelDeploymentSummary$;
__webpack_unused_export__ = CustomModelDeploymentUpdateDetails$;
__webpack_unused_export__ = CustomModelDeploymentUpdateStatus;
__webpack_unused_export__ = CustomModelSummary$;
__webpack_unused_export__ = CustomModelUnits$;
__webpack_unused_export__ = CustomizationConfig$;
__webpack_unused_export__ = CustomizationType;
__webpack_unused_export__ = DataProcessingDetails$;
__webpack_unused_export__ = DataRetentionMode;
__webpack_unused_export__ = DataRetentionStorageConfiguration$;
__webpack_unused_export__ = DataRetentionStorageDestination;
__webpack_unused_export__ = DataRetentionStorageModelProvider;
__webpack_unused_export__ = DataRetentionStorageResourceStatus;
__webpack_unused_export__ = DataRetentionStorageScope;
__webpack_unused_export__ = DeleteAccountDataRetentionStorage$;
__webpack_unused_export__ = DeleteAccountDataRetentionStorageCommand;
__webpack_unused_export__ = DeleteAccountDataRetentionStorageRequest$;
__webpack_unused_export__ = DeleteAccountDataRetentionStorageResponse$;
__webpack_unused_export__ = DeleteAutomatedReasoningPolicy$;
__webpack_unused_export__ = DeleteAutomatedReasoningPolicyBuildWorkflow$;
__webpack_unused_export__ = DeleteAutomatedReasoningPolicyBuildWorkflowCommand;
__webpack_unused_export__ = DeleteAutomatedReasoningPolicyBuildWorkflowRequest$;
__webpack_unused_export__ = DeleteAutomatedReasoningPolicyBuildWorkflowResponse$;
__webpack_unused_export__ = DeleteAutomatedReasoningPolicyCommand;
__webpack_unused_export__ = DeleteAutomatedReasoningPolicyRequest$;
__webpack_unused_export__ = DeleteAutomatedReasoningPolicyResponse$;
__webpack_unused_export__ = DeleteAutomatedReasoningPolicyTestCase$;
__webpack_unused_export__ = DeleteAutomatedReasoningPolicyTestCaseCommand;
__webpack_unused_export__ = DeleteAutomatedReasoningPolicyTestCaseRequest$;
__webpack_unused_export__ = DeleteAutomatedReasoningPolicyTestCaseResponse$;
__webpack_unused_export__ = DeleteCustomModel$;
__webpack_unused_export__ = DeleteCustomModelCommand;
__webpack_unused_export__ = DeleteCustomModelDeployment$;
__webpack_unused_export__ = DeleteCustomModelDeploymentCommand;
__webpack_unused_export__ = DeleteCustomModelDeploymentRequest$;
__webpack_unused_export__ = DeleteCustomModelDeploymentResponse$;
__webpack_unused_export__ = DeleteCustomModelRequest$;
__webpack_unused_export__ = DeleteCustomModelResponse$;
__webpack_unused_export__ = DeleteEnforcedGuardrailConfiguration$;
__webpack_unused_export__ = DeleteEnforcedGuardrailConfigurationCommand;
__webpack_unused_export__ = DeleteEnforcedGuardrailConfigurationRequest$;
__webpack_unused_export__ = DeleteEnforcedGuardrailConfigurationResponse$;
__webpack_unused_export__ = DeleteFoundationModelAgreement$;
__webpack_unused_export__ = DeleteFoundationModelAgreementCommand;
__webpack_unused_export__ = DeleteFoundationModelAgreementRequest$;
__webpack_unused_export__ = DeleteFoundationModelAgreementResponse$;
__webpack_unused_export__ = DeleteGuardrail$;
__webpack_unused_export__ = DeleteGuardrailCommand;
__webpack_unused_export__ = DeleteGuardrailRequest$;
__webpack_unused_export__ = DeleteGuardrailResponse$;
__webpack_unused_export__ = DeleteImportedModel$;
__webpack_unused_export__ = DeleteImportedModelCommand;
__webpack_unused_export__ = DeleteImportedModelRequest$;
__webpack_unused_export__ = DeleteImportedModelResponse$;
__webpack_unused_export__ = DeleteInferenceProfile$;
__webpack_unused_export__ = DeleteInferenceProfileCommand;
__webpack_unused_export__ = DeleteInferenceProfileRequest$;
__webpack_unused_export__ = DeleteInferenceProfileResponse$;
__webpack_unused_export__ = DeleteMarketplaceModelEndpoint$;
__webpack_unused_export__ = DeleteMarketplaceModelEndpointCommand;
__webpack_unused_export__ = DeleteMarketplaceModelEndpointRequest$;
__webpack_unused_export__ = DeleteMarketplaceModelEndpointResponse$;
__webpack_unused_export__ = DeleteModelInvocationLoggingConfiguration$;
__webpack_unused_export__ = DeleteModelInvocationLoggingConfigurationCommand;
__webpack_unused_export__ = DeleteModelInvocationLoggingConfigurationRequest$;
__webpack_unused_export__ = DeleteModelInvocationLoggingConfigurationResponse$;
__webpack_unused_export__ = DeleteOrganizationDataRetentionStorage$;
__webpack_unused_export__ = DeleteOrganizationDataRetentionStorageCommand;
__webpack_unused_export__ = DeleteOrganizationDataRetentionStorageRequest$;
__webpack_unused_export__ = DeleteOrganizationDataRetentionStorageResponse$;
__webpack_unused_export__ = DeleteProjectDataRetentionStorage$;
__webpack_unused_export__ = DeleteProjectDataRetentionStorageCommand;
__webpack_unused_export__ = DeleteProjectDataRetentionStorageRequest$;
__webpack_unused_export__ = DeleteProjectDataRetentionStorageResponse$;
__webpack_unused_export__ = DeletePromptRouter$;
__webpack_unused_export__ = DeletePromptRouterCommand;
__webpack_unused_export__ = DeletePromptRouterRequest$;
__webpack_unused_export__ = DeletePromptRouterResponse$;
__webpack_unused_export__ = DeleteProvisionedModelThroughput$;
__webpack_unused_export__ = DeleteProvisionedModelThroughputCommand;
__webpack_unused_export__ = DeleteProvisionedModelThroughputRequest$;
__webpack_unused_export__ = DeleteProvisionedModelThroughputResponse$;
__webpack_unused_export__ = DeleteResourcePolicy$;
__webpack_unused_export__ = DeleteResourcePolicyCommand;
__webpack_unused_export__ = DeleteResourcePolicyRequest$;
__webpack_unused_export__ = DeleteResourcePolicyResponse$;
__webpack_unused_export__ = DeregisterMarketplaceModelEndpoint$;
__webpack_unused_export__ = DeregisterMarketplaceModelEndpointCommand;
__webpack_unused_export__ = DeregisterMarketplaceModelEndpointRequest$;
__webpack_unused_export__ = DeregisterMarketplaceModelEndpointResponse$;
__webpack_unused_export__ = DimensionalPriceRate$;
__webpack_unused_export__ = DistillationConfig$;
__webpack_unused_export__ = EndpointConfig$;
__webpack_unused_export__ = EntitlementAvailability;
__webpack_unused_export__ = EvaluationBedrockModel$;
__webpack_unused_export__ = EvaluationConfig$;
__webpack_unused_export__ = EvaluationDataset$;
__webpack_unused_export__ = EvaluationDatasetLocation$;
__webpack_unused_export__ = EvaluationDatasetMetricConfig$;
__webpack_unused_export__ = EvaluationInferenceConfig$;
__webpack_unused_export__ = EvaluationInferenceConfigSummary$;
__webpack_unused_export__ = EvaluationJobStatus;
__webpack_unused_export__ = EvaluationJobType;
__webpack_unused_export__ = EvaluationModelConfig$;
__webpack_unused_export__ = EvaluationModelConfigSummary$;
__webpack_unused_export__ = EvaluationOutputDataConfig$;
__webpack_unused_export__ = EvaluationPrecomputedInferenceSource$;
__webpack_unused_export__ = EvaluationPrecomputedRagSourceConfig$;
__webpack_unused_export__ = EvaluationPrecomputedRetrieveAndGenerateSourceConfig$;
__webpack_unused_export__ = EvaluationPrecomputedRetrieveSourceConfig$;
__webpack_unused_export__ = EvaluationRagConfigSummary$;
__webpack_unused_export__ = EvaluationSummary$;
__webpack_unused_export__ = EvaluationTaskType;
__webpack_unused_export__ = EvaluatorModelConfig$;
__webpack_unused_export__ = ExportAutomatedReasoningPolicyVersion$;
__webpack_unused_export__ = ExportAutomatedReasoningPolicyVersionCommand;
__webpack_unused_export__ = ExportAutomatedReasoningPolicyVersionRequest$;
__webpack_unused_export__ = ExportAutomatedReasoningPolicyVersionResponse$;
__webpack_unused_export__ = ExternalSource$;
__webpack_unused_export__ = ExternalSourceType;
__webpack_unused_export__ = ExternalSourcesGenerationConfiguration$;
__webpack_unused_export__ = ExternalSourcesRetrieveAndGenerateConfiguration$;
__webpack_unused_export__ = FieldForReranking$;
__webpack_unused_export__ = FilterAttribute$;
__webpack_unused_export__ = FineTuningJobStatus;
__webpack_unused_export__ = FoundationModelDetails$;
__webpack_unused_export__ = FoundationModelLifecycle$;
__webpack_unused_export__ = FoundationModelLifecycleStatus;
__webpack_unused_export__ = FoundationModelSummary$;
__webpack_unused_export__ = GenerationConfiguration$;
__webpack_unused_export__ = GetAccountDataRetention$;
__webpack_unused_export__ = GetAccountDataRetentionCommand;
__webpack_unused_export__ = GetAccountDataRetentionRequest$;
__webpack_unused_export__ = GetAccountDataRetentionResponse$;
__webpack_unused_export__ = GetAccountDataRetentionStorage$;
__webpack_unused_export__ = GetAccountDataRetentionStorageCommand;
__webpack_unused_export__ = GetAccountDataRetentionStorageRequest$;
__webpack_unused_export__ = GetAccountDataRetentionStorageResponse$;
__webpack_unused_export__ = GetAdvancedPromptOptimizationJob$;
__webpack_unused_export__ = GetAdvancedPromptOptimizationJobCommand;
__webpack_unused_export__ = GetAdvancedPromptOptimizationJobRequest$;
__webpack_unused_export__ = GetAdvancedPromptOptimizationJobResponse$;
__webpack_unused_export__ = GetAutomatedReasoningPolicy$;
__webpack_unused_export__ = GetAutomatedReasoningPolicyAnnotations$;
__webpack_unused_export__ = GetAutomatedReasoningPolicyAnnotationsCommand;
__webpack_unused_export__ = GetAutomatedReasoningPolicyAnnotationsRequest$;
__webpack_unused_export__ = GetAutomatedReasoningPolicyAnnotationsResponse$;
__webpack_unused_export__ = GetAutomatedReasoningPolicyBuildWorkflow$;
__webpack_unused_export__ = GetAutomatedReasoningPolicyBuildWorkflowCommand;
__webpack_unused_export__ = GetAutomatedReasoningPolicyBuildWorkflowRequest$;
__webpack_unused_export__ = GetAutomatedReasoningPolicyBuildWorkflowResponse$;
__webpack_unused_export__ = GetAutomatedReasoningPolicyBuildWorkflowResultAssets$;
__webpack_unused_export__ = GetAutomatedReasoningPolicyBuildWorkflowResultAssetsCommand;
__webpack_unused_export__ = GetAutomatedReasoningPolicyBuildWorkflowResultAssetsRequest$;
__webpack_unused_export__ = GetAutomatedReasoningPolicyBuildWorkflowResultAssetsResponse$;
__webpack_unused_export__ = GetAutomatedReasoningPolicyCommand;
__webpack_unused_export__ = GetAutomatedReasoningPolicyNextScenario$;
__webpack_unused_export__ = GetAutomatedReasoningPolicyNextScenarioCommand;
__webpack_unused_export__ = GetAutomatedReasoningPolicyNextScenarioRequest$;
__webpack_unused_export__ = GetAutomatedReasoningPolicyNextScenarioResponse$;
__webpack_unused_export__ = GetAutomatedReasoningPolicyRequest$;
__webpack_unused_export__ = GetAutomatedReasoningPolicyResponse$;
__webpack_unused_export__ = GetAutomatedReasoningPolicyTestCase$;
__webpack_unused_export__ = GetAutomatedReasoningPolicyTestCaseCommand;
__webpack_unused_export__ = GetAutomatedReasoningPolicyTestCaseRequest$;
__webpack_unused_export__ = GetAutomatedReasoningPolicyTestCaseResponse$;
__webpack_unused_export__ = GetAutomatedReasoningPolicyTestResult$;
__webpack_unused_export__ = GetAutomatedReasoningPolicyTestResultCommand;
__webpack_unused_export__ = GetAutomatedReasoningPolicyTestResultRequest$;
__webpack_unused_export__ = GetAutomatedReasoningPolicyTestResultResponse$;
__webpack_unused_export__ = GetCustomModel$;
__webpack_unused_export__ = GetCustomModelCommand;
__webpack_unused_export__ = GetCustomModelDeployment$;
__webpack_unused_export__ = GetCustomModelDeploymentCommand;
__webpack_unused_export__ = GetCustomModelDeploymentRequest$;
__webpack_unused_export__ = GetCustomModelDeploymentResponse$;
__webpack_unused_export__ = GetCustomModelRequest$;
__webpack_unused_export__ = GetCustomModelResponse$;
__webpack_unused_export__ = GetEvaluationJob$;
__webpack_unused_export__ = GetEvaluationJobCommand;
__webpack_unused_export__ = GetEvaluationJobRequest$;
__webpack_unused_export__ = GetEvaluationJobResponse$;
__webpack_unused_export__ = GetFoundationModel$;
__webpack_unused_export__ = GetFoundationModelAvailability$;
__webpack_unused_export__ = GetFoundationModelAvailabilityCommand;
__webpack_unused_export__ = GetFoundationModelAvailabilityRequest$;
__webpack_unused_export__ = GetFoundationModelAvailabilityResponse$;
__webpack_unused_export__ = GetFoundationModelCommand;
__webpack_unused_export__ = GetFoundationModelRequest$;
__webpack_unused_export__ = GetFoundationModelResponse$;
__webpack_unused_export__ = GetGuardrail$;
__webpack_unused_export__ = GetGuardrailCommand;
__webpack_unused_export__ = GetGuardrailRequest$;
__webpack_unused_export__ = GetGuardrailResponse$;
__webpack_unused_export__ = GetImportedModel$;
__webpack_unused_export__ = GetImportedModelCommand;
__webpack_unused_export__ = GetImportedModelRequest$;
__webpack_unused_export__ = GetImportedModelResponse$;
__webpack_unused_export__ = GetInferenceProfile$;
__webpack_unused_export__ = GetInferenceProfileCommand;
__webpack_unused_export__ = GetInferenceProfileRequest$;
__webpack_unused_export__ = GetInferenceProfileResponse$;
__webpack_unused_export__ = GetMarketplaceModelEndpoint$;
__webpack_unused_export__ = GetMarketplaceModelEndpointCommand;
__webpack_unused_export__ = GetMarketplaceModelEndpointRequest$;
__webpack_unused_export__ = GetMarketplaceModelEndpointResponse$;
__webpack_unused_export__ = GetModelCopyJob$;
__webpack_unused_export__ = GetModelCopyJobCommand;
__webpack_unused_export__ = GetModelCopyJobRequest$;
__webpack_unused_export__ = GetModelCopyJobResponse$;
__webpack_unused_export__ = GetModelCustomizationJob$;
__webpack_unused_export__ = GetModelCustomizationJobCommand;
__webpack_unused_export__ = GetModelCustomizationJobRequest$;
__webpack_unused_export__ = GetModelCustomizationJobResponse$;
__webpack_unused_export__ = GetModelImportJob$;
__webpack_unused_export__ = GetModelImportJobCommand;
__webpack_unused_export__ = GetModelImportJobRequest$;
__webpack_unused_export__ = GetModelImportJobResponse$;
__webpack_unused_export__ = GetModelInvocationJob$;
exports.iP0 = GetModelInvocationJobCommand;
__webpack_unused_export__ = GetModelInvocationJobRequest$;
__webpack_unused_export__ = GetModelInvocationJobResponse$;
__webpack_unused_export__ = GetModelInvocationLoggingConfiguration$;
__webpack_unused_export__ = GetModelInvocationLoggingConfigurationCommand;
__webpack_unused_export__ = GetModelInvocationLoggingConfigurationRequest$;
__webpack_unused_export__ = GetModelInvocationLoggingConfigurationResponse$;
__webpack_unused_export__ = GetOrganizationDataRetentionStorage$;
__webpack_unused_export__ = GetOrganizationDataRetentionStorageCommand;
__webpack_unused_export__ = GetOrganizationDataRetentionStorageRequest$;
__webpack_unused_export__ = GetOrganizationDataRetentionStorageResponse$;
__webpack_unused_export__ = GetProject$;
__webpack_unused_export__ = GetProjectCommand;
__webpack_unused_export__ = GetProjectDataRetentionStorage$;
__webpack_unused_export__ = GetProjectDataRetentionStorageCommand;
__webpack_unused_export__ = GetProjectDataRetentionStorageRequest$;
__webpack_unused_export__ = GetProjectDataRetentionStorageResponse$;
__webpack_unused_export__ = GetProjectRequest$;
__webpack_unused_export__ = GetProjectResponse$;
__webpack_unused_export__ = GetPromptRouter$;
__webpack_unused_export__ = GetPromptRouterCommand;
__webpack_unused_export__ = GetPromptRouterRequest$;
__webpack_unused_export__ = GetPromptRouterResponse$;
__webpack_unused_export__ = GetProvisionedModelThroughput$;
__webpack_unused_export__ = GetProvisionedModelThroughputCommand;
__webpack_unused_export__ = GetProvisionedModelThroughputRequest$;
__webpack_unused_export__ = GetProvisionedModelThroughputResponse$;
__webpack_unused_export__ = GetResourcePolicy$;
__webpack_unused_export__ = GetResourcePolicyCommand;
__webpack_unused_export__ = GetResourcePolicyRequest$;
__webpack_unused_export__ = GetResourcePolicyResponse$;
__webpack_unused_export__ = GetTrustedAccessProgram$;
__webpack_unused_export__ = GetTrustedAccessProgramAccountEnrollment$;
__webpack_unused_export__ = GetTrustedAccessProgramAccountEnrollmentCommand;
__webpack_unused_export__ = GetTrustedAccessProgramAccountEnrollmentRequest$;
__webpack_unused_export__ = GetTrustedAccessProgramAccountEnrollmentResponse$;
__webpack_unused_export__ = GetTrustedAccessProgramCommand;
__webpack_unused_export__ = GetTrustedAccessProgramOrganizationEnrollment$;
__webpack_unused_export__ = GetTrustedAccessProgramOrganizationEnrollmentCommand;
__webpack_unused_export__ = GetTrustedAccessProgramOrganizationEnrollmentRequest$;
__webpack_unused_export__ = GetTrustedAccessProgramOrganizationEnrollmentResponse$;
__webpack_unused_export__ = GetTrustedAccessProgramProjectEnrollment$;
__webpack_unused_export__ = GetTrustedAccessProgramProjectEnrollmentCommand;
__webpack_unused_export__ = GetTrustedAccessProgramProjectEnrollmentRequest$;
__webpack_unused_export__ = GetTrustedAccessProgramProjectEnrollmentResponse$;
__webpack_unused_export__ = GetTrustedAccessProgramRequest$;
__webpack_unused_export__ = GetTrustedAccessProgramResponse$;
__webpack_unused_export__ = GetUseCaseForModelAccess$;
__webpack_unused_export__ = GetUseCaseForModelAccessCommand;
__webpack_unused_export__ = GetUseCaseForModelAccessRequest$;
__webpack_unused_export__ = GetUseCaseForModelAccessResponse$;
__webpack_unused_export__ = GraderConfig$;
__webpack_unused_export__ = GuardrailAutomatedReasoningPolicy$;
__webpack_unused_export__ = GuardrailAutomatedReasoningPolicyConfig$;
__webpack_unused_export__ = GuardrailConfiguration$;
__webpack_unused_export__ = GuardrailContentFilter$;
__webpack_unused_export__ = GuardrailContentFilterAction;
__webpack_unused_export__ = GuardrailContentFilterConfig$;
__webpack_unused_export__ = GuardrailContentFilterType;
__webpack_unused_export__ = GuardrailContentFiltersTier$;
__webpack_unused_export__ = GuardrailContentFiltersTierConfig$;
__webpack_unused_export__ = GuardrailContentFiltersTierName;
__webpack_unused_export__ = GuardrailContentPolicy$;
__webpack_unused_export__ = GuardrailContentPolicyConfig$;
__webpack_unused_export__ = GuardrailContextualGroundingAction;
__webpack_unused_export__ = GuardrailContextualGroundingFilter$;
__webpack_unused_export__ = GuardrailContextualGroundingFilterConfig$;
__webpack_unused_export__ = GuardrailContextualGroundingFilterType;
__webpack_unused_export__ = GuardrailContextualGroundingPolicy$;
__webpack_unused_export__ = GuardrailContextualGroundingPolicyConfig$;
__webpack_unused_export__ = GuardrailContextualGroundingTier$;
__webpack_unused_export__ = GuardrailContextualGroundingTierConfig$;
__webpack_unused_export__ = GuardrailContextualGroundingTierName;
__webpack_unused_export__ = GuardrailCrossRegionConfig$;
__webpack_unused_export__ = GuardrailCrossRegionDetails$;
__webpack_unused_export__ = GuardrailFilterStrength;
__webpack_unused_export__ = GuardrailManagedWords$;
__webpack_unused_export__ = GuardrailManagedWordsConfig$;
__webpack_unused_export__ = GuardrailManagedWordsType;
__webpack_unused_export__ = GuardrailModality;
__webpack_unused_export__ = GuardrailPiiEntity$;
__webpack_unused_export__ = GuardrailPiiEntityConfig$;
__webpack_unused_export__ = GuardrailPiiEntityType;
__webpack_unused_export__ = GuardrailRegex$;
__webpack_unused_export__ = GuardrailRegexConfig$;
__webpack_unused_export__ = GuardrailSensitiveInformationAction;
__webpack_unused_export__ = GuardrailSensitiveInformationPolicy$;
__webpack_unused_export__ = GuardrailSensitiveInformationPolicyConfig$;
__webpack_unused_export__ = GuardrailStatus;
__webpack_unused_export__ = GuardrailSummary$;
__webpack_unused_export__ = GuardrailTopic$;
__webpack_unused_export__ = GuardrailTopicAction;
__webpack_unused_export__ = GuardrailTopicConfig$;
__webpack_unused_export__ = GuardrailTopicPolicy$;
__webpack_unused_export__ = GuardrailTopicPolicyConfig$;
__webpack_unused_export__ = GuardrailTopicType;
__webpack_unused_export__ = GuardrailTopicsTier$;
__webpack_unused_export__ = GuardrailTopicsTierConfig$;
__webpack_unused_export__ = GuardrailTopicsTierName;
__webpack_unused_export__ = GuardrailWord$;
__webpack_unused_export__ = GuardrailWordAction;
__webpack_unused_export__ = GuardrailWordConfig$;
__webpack_unused_export__ = GuardrailWordPolicy$;
__webpack_unused_export__ = GuardrailWordPolicyConfig$;
__webpack_unused_export__ = HumanEvaluationConfig$;
__webpack_unused_export__ = HumanEvaluationCustomMetric$;
__webpack_unused_export__ = HumanWorkflowConfig$;
__webpack_unused_export__ = ImplicitFilterConfiguration$;
__webpack_unused_export__ = ImportedModelSummary$;
__webpack_unused_export__ = InferenceConfiguration$;
__webpack_unused_export__ = InferenceProfileModel$;
__webpack_unused_export__ = InferenceProfileModelSource$;
__webpack_unused_export__ = InferenceProfileStatus;
__webpack_unused_export__ = InferenceProfileSummary$;
__webpack_unused_export__ = InferenceProfileType;
__webpack_unused_export__ = InferenceType;
__webpack_unused_export__ = InputTags;
__webpack_unused_export__ = InternalServerException;
__webpack_unused_export__ = InternalServerException$;
__webpack_unused_export__ = InvocationLogSource$;
__webpack_unused_export__ = InvocationLogsConfig$;
__webpack_unused_export__ = JobStatusDetails;
__webpack_unused_export__ = KbInferenceConfig$;
__webpack_unused_export__ = KnowledgeBaseConfig$;
__webpack_unused_export__ = KnowledgeBaseRetrievalConfiguration$;
__webpack_unused_export__ = KnowledgeBaseRetrieveAndGenerateConfiguration$;
__webpack_unused_export__ = KnowledgeBaseVectorSearchConfiguration$;
__webpack_unused_export__ = LambdaGraderConfig$;
__webpack_unused_export__ = LegalTerm$;
__webpack_unused_export__ = ListAdvancedPromptOptimizationJobs$;
__webpack_unused_export__ = ListAdvancedPromptOptimizationJobsCommand;
__webpack_unused_export__ = ListAdvancedPromptOptimizationJobsRequest$;
__webpack_unused_export__ = ListAdvancedPromptOptimizationJobsResponse$;
__webpack_unused_export__ = ListAutomatedReasoningPolicies$;
__webpack_unused_export__ = ListAutomatedReasoningPoliciesCommand;
__webpack_unused_export__ = ListAutomatedReasoningPoliciesRequest$;
__webpack_unused_export__ = ListAutomatedReasoningPoliciesResponse$;
__webpack_unused_export__ = ListAutomatedReasoningPolicyBuildWorkflows$;
__webpack_unused_export__ = ListAutomatedReasoningPolicyBuildWorkflowsCommand;
__webpack_unused_export__ = ListAutomatedReasoningPolicyBuildWorkflowsRequest$;
__webpack_unused_export__ = ListAutomatedReasoningPolicyBuildWorkflowsResponse$;
__webpack_unused_export__ = ListAutomatedReasoningPolicyTestCases$;
__webpack_unused_export__ = ListAutomatedReasoningPolicyTestCasesCommand;
__webpack_unused_export__ = ListAutomatedReasoningPolicyTestCasesRequest$;
__webpack_unused_export__ = ListAutomatedReasoningPolicyTestCasesResponse$;
__webpack_unused_export__ = ListAutomatedReasoningPolicyTestResults$;
__webpack_unused_export__ = ListAutomatedReasoningPolicyTestResultsCommand;
__webpack_unused_export__ = ListAutomatedReasoningPolicyTestResultsRequest$;
__webpack_unused_export__ = ListAutomatedReasoningPolicyTestResultsResponse$;
__webpack_unused_export__ = ListCustomModelDeployments$;
__webpack_unused_export__ = ListCustomModelDeploymentsCommand;
__webpack_unused_export__ = ListCustomModelDeploymentsRequest$;
__webpack_unused_export__ = ListCustomModelDeploymentsResponse$;
__webpack_unused_export__ = ListCustomModels$;
__webpack_unused_export__ = ListCustomModelsCommand;
__webpack_unused_export__ = ListCustomModelsRequest$;
__webpack_unused_export__ = ListCustomModelsResponse$;
__webpack_unused_export__ = ListEnforcedGuardrailsConfiguration$;
__webpack_unused_export__ = ListEnforcedGuardrailsConfigurationCommand;
__webpack_unused_export__ = ListEnforcedGuardrailsConfigurationRequest$;
__webpack_unused_export__ = ListEnforcedGuardrailsConfigurationResponse$;
__webpack_unused_export__ = ListEvaluationJobs$;
__webpack_unused_export__ = ListEvaluationJobsCommand;
__webpack_unused_export__ = ListEvaluationJobsRequest$;
__webpack_unused_export__ = ListEvaluationJobsResponse$;
__webpack_unused_export__ = ListFoundationModelAgreementOffers$;
__webpack_unused_export__ = ListFoundationModelAgreementOffersCommand;
__webpack_unused_export__ = ListFoundationModelAgreementOffersRequest$;
__webpack_unused_export__ = ListFoundationModelAgreementOffersResponse$;
__webpack_unused_export__ = ListFoundationModels$;
__webpack_unused_export__ = ListFoundationModelsCommand;
__webpack_unused_export__ = ListFoundationModelsRequest$;
__webpack_unused_export__ = ListFoundationModelsResponse$;
__webpack_unused_export__ = ListGuardrails$;
__webpack_unused_export__ = ListGuardrailsCommand;
__webpack_unused_export__ = ListGuardrailsRequest$;
__webpack_unused_export__ = ListGuardrailsResponse$;
__webpack_unused_export__ = ListImportedModels$;
__webpack_unused_export__ = ListImportedModelsCommand;
__webpack_unused_export__ = ListImportedModelsRequest$;
__webpack_unused_export__ = ListImportedModelsResponse$;
__webpack_unused_export__ = ListInferenceProfiles$;
__webpack_unused_export__ = ListInferenceProfilesCommand;
__webpack_unused_export__ = ListInferenceProfilesRequest$;
__webpack_unused_export__ = ListInferenceProfilesResponse$;
__webpack_unused_export__ = ListMarketplaceModelEndpoints$;
__webpack_unused_export__ = ListMarketplaceModelEndpointsCommand;
__webpack_unused_export__ = ListMarketplaceModelEndpointsRequest$;
__webpack_unused_export__ = ListMarketplaceModelEndpointsResponse$;
__webpack_unused_export__ = ListModelCopyJobs$;
__webpack_unused_export__ = ListModelCopyJobsCommand;
__webpack_unused_export__ = ListModelCopyJobsRequest$;
__webpack_unused_export__ = ListModelCopyJobsResponse$;
__webpack_unused_export__ = ListModelCustomizationJobs$;
__webpack_unused_export__ = ListModelCustomizationJobsCommand;
__webpack_unused_export__ = ListModelCustomizationJobsRequest$;
__webpack_unused_export__ = ListModelCustomizationJobsResponse$;
__webpack_unused_export__ = ListModelImportJobs$;
__webpack_unused_export__ = ListModelImportJobsCommand;
__webpack_unused_export__ = ListModelImportJobsRequest$;
__webpack_unused_export__ = ListModelImportJobsResponse$;
__webpack_unused_export__ = ListModelInvocationJobs$;
__webpack_unused_export__ = ListModelInvocationJobsCommand;
__webpack_unused_export__ = ListModelInvocationJobsRequest$;
__webpack_unused_export__ = ListModelInvocationJobsResponse$;
__webpack_unused_export__ = ListProjects$;
__webpack_unused_export__ = ListProjectsCommand;
__webpack_unused_export__ = ListProjectsRequest$;
__webpack_unused_export__ = ListProjectsResponse$;
__webpack_unused_export__ = ListPromptRouters$;
__webpack_unused_export__ = ListPromptRoutersCommand;
__webpack_unused_export__ = ListPromptRoutersRequest$;
__webpack_unused_export__ = ListPromptRoutersResponse$;
__webpack_unused_export__ = ListProvisionedModelThroughputs$;
__webpack_unused_export__ = ListProvisionedModelThroughputsCommand;
__webpack_unused_export__ = ListProvisionedModelThroughputsRequest$;
__webpack_unused_export__ = ListProvisionedModelThroughputsResponse$;
__webpack_unused_export__ = ListTagsForResource$;
__webpack_unused_export__ = ListTagsForResourceCommand;
__webpack_unused_export__ = ListTagsForResourceRequest$;
__webpack_unused_export__ = ListTagsForResourceResponse$;
__webpack_unused_export__ = ListTrustedAccessPrograms$;
__webpack_unused_export__ = ListTrustedAccessProgramsCommand;
__webpack_unused_export__ = ListTrustedAccessProgramsRequest$;
__webpack_unused_export__ = ListTrustedAccessProgramsResponse$;
__webpack_unused_export__ = LoggingConfig$;
__webpack_unused_export__ = MarketplaceModelEndpoint$;
__webpack_unused_export__ = MarketplaceModelEndpointSummary$;
__webpack_unused_export__ = MetadataAttributeSchema$;
__webpack_unused_export__ = MetadataConfigurationForReranking$;
__webpack_unused_export__ = ModelConfiguration$;
__webpack_unused_export__ = ModelCopyJobStatus;
__webpack_unused_export__ = ModelCopyJobSummary$;
__webpack_unused_export__ = ModelCustomization;
__webpack_unused_export__ = ModelCustomizationJobStatus;
__webpack_unused_export__ = ModelCustomizationJobSummary$;
__webpack_unused_export__ = ModelDataSource$;
__webpack_unused_export__ = ModelEnforcement$;
__webpack_unused_export__ = ModelImportJobStatus;
__webpack_unused_export__ = ModelImportJobSummary$;
__webpack_unused_export__ = ModelInvocationJobInputDataConfig$;
__webpack_unused_export__ = ModelInvocationJobOutputDataConfig$;
__webpack_unused_export__ = ModelInvocationJobS3InputDataConfig$;
__webpack_unused_export__ = ModelInvocationJobS3OutputDataConfig$;
__webpack_unused_export__ = ModelInvocationJobStatus;
__webpack_unused_export__ = ModelInvocationJobSummary$;
__webpack_unused_export__ = ModelInvocationType;
__webpack_unused_export__ = ModelModality;
__webpack_unused_export__ = ModelPackageArnDataSource$;
__webpack_unused_export__ = ModelStatus;
__webpack_unused_export__ = Offer$;
__webpack_unused_export__ = OfferType;
__webpack_unused_export__ = OrchestrationConfiguration$;
__webpack_unused_export__ = OutputDataConfig$;
__webpack_unused_export__ = PerformanceConfigLatency;
__webpack_unused_export__ = PerformanceConfiguration$;
__webpack_unused_export__ = PricingTerm$;
__webpack_unused_export__ = ProjectDataRetention$;
__webpack_unused_export__ = ProjectStatus;
__webpack_unused_export__ = ProjectSummary$;
__webpack_unused_export__ = PromptRouterStatus;
__webpack_unused_export__ = PromptRouterSummary$;
__webpack_unused_export__ = PromptRouterTargetModel$;
__webpack_unused_export__ = PromptRouterType;
__webpack_unused_export__ = PromptTemplate$;
__webpack_unused_export__ = ProvisionedModelStatus;
__webpack_unused_export__ = ProvisionedModelSummary$;
__webpack_unused_export__ = PutAccountDataRetention$;
__webpack_unused_export__ = PutAccountDataRetentionCommand;
__webpack_unused_export__ = PutAccountDataRetentionRequest$;
__webpack_unused_export__ = PutAccountDataRetentionResponse$;
__webpack_unused_export__ = PutAccountDataRetentionStorage$;
__webpack_unused_export__ = PutAccountDataRetentionStorageCommand;
__webpack_unused_export__ = PutAccountDataRetentionStorageRequest$;
__webpack_unused_export__ = PutAccountDataRetentionStorageResponse$;
__webpack_unused_export__ = PutEnforcedGuardrailConfiguration$;
__webpack_unused_export__ = PutEnforcedGuardrailConfigurationCommand;
__webpack_unused_export__ = PutEnforcedGuardrailConfigurationRequest$;
__webpack_unused_export__ = PutEnforcedGuardrailConfigurationResponse$;
__webpack_unused_export__ = PutModelInvocationLoggingConfiguration$;
__webpack_unused_export__ = PutModelInvocationLoggingConfigurationCommand;
__webpack_unused_export__ = PutModelInvocationLoggingConfigurationRequest$;
__webpack_unused_export__ = PutModelInvocationLoggingConfigurationResponse$;
__webpack_unused_export__ = PutOrganizationDataRetentionStorage$;
__webpack_unused_export__ = PutOrganizationDataRetentionStorageCommand;
__webpack_unused_export__ = PutOrganizationDataRetentionStorageRequest$;
__webpack_unused_export__ = PutOrganizationDataRetentionStorageResponse$;
__webpack_unused_export__ = PutProjectDataRetentionStorage$;
__webpack_unused_export__ = PutProjectDataRetentionStorageCommand;
__webpack_unused_export__ = PutProjectDataRetentionStorageRequest$;
__webpack_unused_export__ = PutProjectDataRetentionStorageResponse$;
__webpack_unused_export__ = PutResourcePolicy$;
__webpack_unused_export__ = PutResourcePolicyCommand;
__webpack_unused_export__ = PutResourcePolicyRequest$;
__webpack_unused_export__ = PutResourcePolicyResponse$;
__webpack_unused_export__ = PutTrustedAccessProgramAccountEnrollment$;
__webpack_unused_export__ = PutTrustedAccessProgramAccountEnrollmentCommand;
__webpack_unused_export__ = PutTrustedAccessProgramAccountEnrollmentRequest$;
__webpack_unused_export__ = PutTrustedAccessProgramAccountEnrollmentResponse$;
__webpack_unused_export__ = PutTrustedAccessProgramOrganizationEnrollment$;
__webpack_unused_export__ = PutTrustedAccessProgramOrganizationEnrollmentCommand;
__webpack_unused_export__ = PutTrustedAccessProgramOrganizationEnrollmentRequest$;
__webpack_unused_export__ = PutTrustedAccessProgramOrganizationEnrollmentResponse$;
__webpack_unused_export__ = PutTrustedAccessProgramProjectEnrollment$;
__webpack_unused_export__ = PutTrustedAccessProgramProjectEnrollmentCommand;
__webpack_unused_export__ = PutTrustedAccessProgramProjectEnrollmentRequest$;
__webpack_unused_export__ = PutTrustedAccessProgramProjectEnrollmentResponse$;
__webpack_unused_export__ = PutUseCaseForModelAccess$;
__webpack_unused_export__ = PutUseCaseForModelAccessCommand;
__webpack_unused_export__ = PutUseCaseForModelAccessRequest$;
__webpack_unused_export__ = PutUseCaseForModelAccessResponse$;
__webpack_unused_export__ = QueryTransformationConfiguration$;
__webpack_unused_export__ = QueryTransformationType;
__webpack_unused_export__ = RAGConfig$;
__webpack_unused_export__ = RFTConfig$;
__webpack_unused_export__ = RFTHyperParameters$;
__webpack_unused_export__ = RatingScaleItem$;
__webpack_unused_export__ = RatingScaleItemValue$;
__webpack_unused_export__ = ReasoningEffort;
__webpack_unused_export__ = RegionAvailability;
__webpack_unused_export__ = RegisterMarketplaceModelEndpoint$;
__webpack_unused_export__ = RegisterMarketplaceModelEndpointCommand;
__webpack_unused_export__ = RegisterMarketplaceModelEndpointRequest$;
__webpack_unused_export__ = RegisterMarketplaceModelEndpointResponse$;
__webpack_unused_export__ = RequestMetadataBaseFilters$;
__webpack_unused_export__ = RequestMetadataFilters$;
__webpack_unused_export__ = RerankingMetadataSelectionMode;
__webpack_unused_export__ = RerankingMetadataSelectiveModeConfiguration$;
__webpack_unused_export__ = ResourceInUseException;
__webpack_unused_export__ = ResourceInUseException$;
__webpack_unused_export__ = ResourceNotFoundException;
__webpack_unused_export__ = ResourceNotFoundException$;
__webpack_unused_export__ = RetrievalFilter$;
__webpack_unused_export__ = RetrieveAndGenerateConfiguration$;
__webpack_unused_export__ = RetrieveAndGenerateType;
__webpack_unused_export__ = RetrieveConfig$;
__webpack_unused_export__ = RoutingCriteria$;
__webpack_unused_export__ = S3Config$;
__webpack_unused_export__ = S3DataSource$;
__webpack_unused_export__ = S3InputFormat;
__webpack_unused_export__ = S3ObjectDoc$;
__webpack_unused_export__ = SageMakerEndpoint$;
__webpack_unused_export__ = SearchType;
__webpack_unused_export__ = SelectiveContentGuarding$;
__webpack_unused_export__ = SelectiveGuardingMode;
__webpack_unused_export__ = ServiceQuotaExceededException;
__webpack_unused_export__ = ServiceQuotaExceededException$;
__webpack_unused_export__ = ServiceUnavailableException;
__webpack_unused_export__ = ServiceUnavailableException$;
__webpack_unused_export__ = SortByProvisionedModels;
__webpack_unused_export__ = SortJobsBy;
__webpack_unused_export__ = SortModelsBy;
__webpack_unused_export__ = SortOrder;
__webpack_unused_export__ = StartAutomatedReasoningPolicyBuildWorkflow$;
__webpack_unused_export__ = StartAutomatedReasoningPolicyBuildWorkflowCommand;
__webpack_unused_export__ = StartAutomatedReasoningPolicyBuildWorkflowRequest$;
__webpack_unused_export__ = StartAutomatedReasoningPolicyBuildWorkflowResponse$;
__webpack_unused_export__ = StartAutomatedReasoningPolicyTestWorkflow$;
__webpack_unused_export__ = StartAutomatedReasoningPolicyTestWorkflowCommand;
__webpack_unused_export__ = StartAutomatedReasoningPolicyTestWorkflowRequest$;
__webpack_unused_export__ = StartAutomatedReasoningPolicyTestWorkflowResponse$;
__webpack_unused_export__ = StartTrustedAccessProgramAccountApplication$;
__webpack_unused_export__ = StartTrustedAccessProgramAccountApplicationCommand;
__webpack_unused_export__ = StartTrustedAccessProgramAccountApplicationRequest$;
__webpack_unused_export__ = StartTrustedAccessProgramAccountApplicationResponse$;
__webpack_unused_export__ = StartTrustedAccessProgramOrganizationApplication$;
__webpack_unused_export__ = StartTrustedAccessProgramOrganizationApplicationCommand;
__webpack_unused_export__ = StartTrustedAccessProgramOrganizationApplicationRequest$;
__webpack_unused_export__ = StartTrustedAccessProgramOrganizationApplicationResponse$;
__webpack_unused_export__ = StartTrustedAccessProgramProjectApplication$;
__webpack_unused_export__ = StartTrustedAccessProgramProjectApplicationCommand;
__webpack_unused_export__ = StartTrustedAccessProgramProjectApplicationRequest$;
__webpack_unused_export__ = StartTrustedAccessProgramProjectApplicationResponse$;
__webpack_unused_export__ = Status;
__webpack_unused_export__ = StatusDetails$;
__webpack_unused_export__ = StopAdvancedPromptOptimizationJob$;
__webpack_unused_export__ = StopAdvancedPromptOptimizationJobCommand;
__webpack_unused_export__ = StopAdvancedPromptOptimizationJobRequest$;
__webpack_unused_export__ = StopAdvancedPromptOptimizationJobResponse$;
__webpack_unused_export__ = StopEvaluationJob$;
__webpack_unused_export__ = StopEvaluationJobCommand;
__webpack_unused_export__ = StopEvaluationJobRequest$;
__webpack_unused_export__ = StopEvaluationJobResponse$;
__webpack_unused_export__ = StopModelCustomizationJob$;
__webpack_unused_export__ = StopModelCustomizationJobCommand;
__webpack_unused_export__ = StopModelCustomizationJobRequest$;
__webpack_unused_export__ = StopModelCustomizationJobResponse$;
__webpack_unused_export__ = StopModelInvocationJob$;
__webpack_unused_export__ = StopModelInvocationJobCommand;
__webpack_unused_export__ = StopModelInvocationJobRequest$;
__webpack_unused_export__ = StopModelInvocationJobResponse$;
__webpack_unused_export__ = SupportTerm$;
__webpack_unused_export__ = Tag$;
__webpack_unused_export__ = TagResource$;
__webpack_unused_export__ = TagResourceCommand;
__webpack_unused_export__ = TagResourceRequest$;
__webpack_unused_export__ = TagResourceResponse$;
__webpack_unused_export__ = TeacherModelConfig$;
__webpack_unused_export__ = TermDetails$;
__webpack_unused_export__ = TextInferenceConfig$;
__webpack_unused_export__ = ThrottlingException;
__webpack_unused_export__ = ThrottlingException$;
__webpack_unused_export__ = TooManyTagsException;
__webpack_unused_export__ = TooManyTagsException$;
__webpack_unused_export__ = TrainingDataConfig$;
__webpack_unused_export__ = TrainingDetails$;
__webpack_unused_export__ = TrainingMetrics$;
__webpack_unused_export__ = TrustedAccessProgramApplicationResult$;
__webpack_unused_export__ = TrustedAccessProgramOptIn;
__webpack_unused_export__ = TrustedAccessProgramProviderHandoff$;
__webpack_unused_export__ = TrustedAccessProgramScope;
__webpack_unused_export__ = TrustedAccessProgramStatus;
__webpack_unused_export__ = TrustedAccessProgramSummary$;
__webpack_unused_export__ = TrustedAccessResolutionContext$;
__webpack_unused_export__ = UntagResource$;
__webpack_unused_export__ = UntagResourceCommand;
__webpack_unused_export__ = UntagResourceRequest$;
__webpack_unused_export__ = UntagResourceResponse$;
__webpack_unused_export__ = UpdateAutomatedReasoningPolicy$;
__webpack_unused_export__ = UpdateAutomatedReasoningPolicyAnnotations$;
__webpack_unused_export__ = UpdateAutomatedReasoningPolicyAnnotationsCommand;
__webpack_unused_export__ = UpdateAutomatedReasoningPolicyAnnotationsRequest$;
__webpack_unused_export__ = UpdateAutomatedReasoningPolicyAnnotationsResponse$;
__webpack_unused_export__ = UpdateAutomatedReasoningPolicyCommand;
__webpack_unused_export__ = UpdateAutomatedReasoningPolicyRequest$;
__webpack_unused_export__ = UpdateAutomatedReasoningPolicyResponse$;
__webpack_unused_export__ = UpdateAutomatedReasoningPolicyTestCase$;
__webpack_unused_export__ = UpdateAutomatedReasoningPolicyTestCaseCommand;
__webpack_unused_export__ = UpdateAutomatedReasoningPolicyTestCaseRequest$;
__webpack_unused_export__ = UpdateAutomatedReasoningPolicyTestCaseResponse$;
__webpack_unused_export__ = UpdateCustomModelDeployment$;
__webpack_unused_export__ = UpdateCustomModelDeploymentCommand;
__webpack_unused_export__ = UpdateCustomModelDeploymentRequest$;
__webpack_unused_export__ = UpdateCustomModelDeploymentResponse$;
__webpack_unused_export__ = UpdateGuardrail$;
__webpack_unused_export__ = UpdateGuardrailCommand;
__webpack_unused_export__ = UpdateGuardrailRequest$;
__webpack_unused_export__ = UpdateGuardrailResponse$;
__webpack_unused_export__ = UpdateMarketplaceModelEndpoint$;
__webpack_unused_export__ = UpdateMarketplaceModelEndpointCommand;
__webpack_unused_export__ = UpdateMarketplaceModelEndpointRequest$;
__webpack_unused_export__ = UpdateMarketplaceModelEndpointResponse$;
__webpack_unused_export__ = UpdateProject$;
__webpack_unused_export__ = UpdateProjectCommand;
__webpack_unused_export__ = UpdateProjectRequest$;
__webpack_unused_export__ = UpdateProjectResponse$;
__webpack_unused_export__ = UpdateProvisionedModelThroughput$;
__webpack_unused_export__ = UpdateProvisionedModelThroughputCommand;
__webpack_unused_export__ = UpdateProvisionedModelThroughputRequest$;
__webpack_unused_export__ = UpdateProvisionedModelThroughputResponse$;
__webpack_unused_export__ = ValidationDataConfig$;
__webpack_unused_export__ = ValidationDetails$;
__webpack_unused_export__ = ValidationException;
__webpack_unused_export__ = ValidationException$;
__webpack_unused_export__ = Validator$;
__webpack_unused_export__ = ValidatorMetric$;
__webpack_unused_export__ = ValidityTerm$;
__webpack_unused_export__ = VectorSearchBedrockRerankingConfiguration$;
__webpack_unused_export__ = VectorSearchBedrockRerankingModelConfiguration$;
__webpack_unused_export__ = VectorSearchRerankingConfiguration$;
__webpack_unused_export__ = VectorSearchRerankingConfigurationType;
__webpack_unused_export__ = VpcConfig$;
__webpack_unused_export__ = errorTypeRegistries;
__webpack_unused_export__ = paginateListAdvancedPromptOptimizationJobs;
__webpack_unused_export__ = paginateListAutomatedReasoningPolicies;
__webpack_unused_export__ = paginateListAutomatedReasoningPolicyBuildWorkflows;
__webpack_unused_export__ = paginateListAutomatedReasoningPolicyTestCases;
__webpack_unused_export__ = paginateListAutomatedReasoningPolicyTestResults;
__webpack_unused_export__ = paginateListCustomModelDeployments;
__webpack_unused_export__ = paginateListCustomModels;
__webpack_unused_export__ = paginateListEnforcedGuardrailsConfiguration;
__webpack_unused_export__ = paginateListEvaluationJobs;
__webpack_unused_export__ = paginateListGuardrails;
__webpack_unused_export__ = paginateListImportedModels;
__webpack_unused_export__ = paginateListInferenceProfiles;
__webpack_unused_export__ = paginateListMarketplaceModelEndpoints;
__webpack_unused_export__ = paginateListModelCopyJobs;
__webpack_unused_export__ = paginateListModelCustomizationJobs;
__webpack_unused_export__ = paginateListModelImportJobs;
__webpack_unused_export__ = paginateListModelInvocationJobs;
__webpack_unused_export__ = paginateListProjects;
__webpack_unused_export__ = paginateListPromptRouters;
__webpack_unused_export__ = paginateListProvisionedModelThroughputs;
__webpack_unused_export__ = paginateListTrustedAccessPrograms;


/***/ }),

/***/ 6766:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { setTokenFeature } = __webpack_require__(5152);
const { getBearerTokenEnvKey } = __webpack_require__(7523);
const { TokenProviderError, getSSOTokenFilepath, parseKnownFiles, getProfileName, loadSsoSessionData, getSSOTokenFromFile, memoize, chain } = __webpack_require__(7291);
const { promises } = __webpack_require__(3024);

const fromEnvSigningName = ({ logger, signingName } = {}) => async () => {
    logger?.debug?.("@aws-sdk/token-providers - fromEnvSigningName");
    if (!signingName) {
        throw new TokenProviderError("Please pass 'signingName' to compute environment variable key", { logger });
    }
    const bearerTokenKey = getBearerTokenEnvKey(signingName);
    if (!(bearerTokenKey in process.env)) {
        throw new TokenProviderError(`Token not present in '${bearerTokenKey}' environment variable`, { logger });
    }
    const token = { token: process.env[bearerTokenKey] };
    setTokenFeature(token, "BEARER_SERVICE_ENV_VARS", "3");
    return token;
};

const EXPIRE_WINDOW_MS = 5 * 60 * 1000;
const REFRESH_MESSAGE = `To refresh this SSO session run 'aws sso login' with the corresponding profile.`;

const getSsoOidcClient = async (ssoRegion, init = {}, callerClientConfig) => {
    const { SSOOIDCClient } = __webpack_require__(9443);
    const coalesce = (prop) => init.clientConfig?.[prop] ?? init.parentClientConfig?.[prop] ?? callerClientConfig?.[prop];
    const ssoOidcClient = new SSOOIDCClient(Object.assign({}, init.clientConfig ?? {}, {
        region: ssoRegion ?? init.clientConfig?.region,
        logger: coalesce("logger"),
        userAgentAppId: coalesce("userAgentAppId"),
    }));
    return ssoOidcClient;
};

const getNewSsoOidcToken = async (ssoToken, ssoRegion, init = {}, callerClientConfig) => {
    const { CreateTokenCommand } = __webpack_require__(9443);
    const ssoOidcClient = await getSsoOidcClient(ssoRegion, init, callerClientConfig);
    return ssoOidcClient.send(new CreateTokenCommand({
        clientId: ssoToken.clientId,
        clientSecret: ssoToken.clientSecret,
        refreshToken: ssoToken.refreshToken,
        grantType: "refresh_token",
    }));
};

const validateTokenExpiry = (token) => {
    if (token.expiration && token.expiration.getTime() < Date.now()) {
        throw new TokenProviderError(`Token is expired. ${REFRESH_MESSAGE}`, false);
    }
};

const validateTokenKey = (key, value, forRefresh = false) => {
    if (typeof value === "undefined") {
        throw new TokenProviderError(`Value not present for '${key}' in SSO Token${forRefresh ? ". Cannot refresh" : ""}. ${REFRESH_MESSAGE}`, false);
    }
};

const { writeFile } = promises;
const writeSSOTokenToFile = (id, ssoToken) => {
    const tokenFilepath = getSSOTokenFilepath(id);
    const tokenString = JSON.stringify(ssoToken, null, 2);
    return writeFile(tokenFilepath, tokenString);
};

const lastRefreshAttemptTimes = new Map();
const inFlightRefreshes = new Map();
const fromSso = (init = {}) => async ({ callerClientConfig } = {}) => {
    init.logger?.debug("@aws-sdk/token-providers - fromSso");
    const profiles = await parseKnownFiles(init);
    const profileName = getProfileName({
        profile: init.profile ?? callerClientConfig?.profile,
    });
    const profile = profiles[profileName];
    if (!profile) {
        throw new TokenProviderError(`Profile '${profileName}' could not be found in shared credentials file.`, false);
    }
    else if (!profile["sso_session"]) {
        throw new TokenProviderError(`Profile '${profileName}' is missing required property 'sso_session'.`);
    }
    const ssoSessionName = profile["sso_session"];
    const inFlightRefresh = inFlightRefreshes.get(ssoSessionName);
    if (inFlightRefresh) {
        return await inFlightRefresh;
    }
    const ssoSessions = await loadSsoSessionData(init);
    const ssoSession = ssoSessions[ssoSessionName];
    if (!ssoSession) {
        throw new TokenProviderError(`Sso session '${ssoSessionName}' could not be found in shared credentials file.`, false);
    }
    for (const ssoSessionRequiredKey of ["sso_start_url", "sso_region"]) {
        if (!ssoSession[ssoSessionRequiredKey]) {
            throw new TokenProviderError(`Sso session '${ssoSessionName}' is missing required property '${ssoSessionRequiredKey}'.`, false);
        }
    }
    ssoSession["sso_start_url"];
    const ssoRegion = ssoSession["sso_region"];
    let ssoToken;
    try {
        ssoToken = await getSSOTokenFromFile(ssoSessionName);
    }
    catch (e) {
        throw new TokenProviderError(`The SSO session token associated with profile=${profileName} was not found or is invalid. ${REFRESH_MESSAGE}`, false);
    }
    validateTokenKey("accessToken", ssoToken.accessToken);
    validateTokenKey("expiresAt", ssoToken.expiresAt);
    const { accessToken, expiresAt } = ssoToken;
    const existingToken = {
        token: accessToken,
        expiration: new Date(expiresAt),
    };
    if (existingToken.expiration.getTime() - Date.now() > EXPIRE_WINDOW_MS) {
        return existingToken;
    }
    const inFlightRefreshAfterReadingToken = inFlightRefreshes.get(ssoSessionName);
    if (inFlightRefreshAfterReadingToken) {
        return await inFlightRefreshAfterReadingToken;
    }
    const lastRefreshAttemptTime = lastRefreshAttemptTimes.get(ssoSessionName) ?? 0;
    if (Date.now() - lastRefreshAttemptTime < 30 * 1000) {
        validateTokenExpiry(existingToken);
        return existingToken;
    }
    validateTokenKey("clientId", ssoToken.clientId, true);
    validateTokenKey("clientSecret", ssoToken.clientSecret, true);
    validateTokenKey("refreshToken", ssoToken.refreshToken, true);
    const refresh = (async () => {
        try {
            lastRefreshAttemptTimes.set(ssoSessionName, Date.now());
            const newSsoOidcToken = await getNewSsoOidcToken(ssoToken, ssoRegion, init, callerClientConfig);
            validateTokenKey("accessToken", newSsoOidcToken.accessToken);
            validateTokenKey("expiresIn", newSsoOidcToken.expiresIn);
            const newTokenExpiration = new Date(Date.now() + newSsoOidcToken.expiresIn * 1000);
            try {
                await writeSSOTokenToFile(ssoSessionName, {
                    ...ssoToken,
                    accessToken: newSsoOidcToken.accessToken,
                    expiresAt: newTokenExpiration.toISOString(),
                    refreshToken: newSsoOidcToken.refreshToken,
                });
            }
            catch (error) {
            }
            return {
                token: newSsoOidcToken.accessToken,
                expiration: newTokenExpiration,
            };
        }
        catch (error) {
            validateTokenExpiry(existingToken);
            return existingToken;
        }
    })();
    inFlightRefreshes.set(ssoSessionName, refresh);
    try {
        return await refresh;
    }
    finally {
        inFlightRefreshes.delete(ssoSessionName);
    }
};

const fromStatic = ({ token, logger }) => async () => {
    logger?.debug("@aws-sdk/token-providers - fromStatic");
    if (!token || !token.token) {
        throw new TokenProviderError(`Please pass a valid token to fromStatic`, false);
    }
    return token;
};

const nodeProvider = (init = {}) => memoize(chain(fromSso(init), async () => {
    throw new TokenProviderError("Could not load token from any providers", false);
}), (token) => token.expiration !== undefined && token.expiration.getTime() - Date.now() < 300000, (token) => token.expiration !== undefined);

exports.fromEnvSigningName = fromEnvSigningName;
exports.fromSso = fromSso;
exports.fromStatic = fromStatic;
exports.nodeProvider = nodeProvider;


/***/ })

};
