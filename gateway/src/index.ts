/** Public API of the gateway workspace. */
export {
  decideCarPublish,
  decideCarSubscribe,
  mayForwardToCar,
  type PublishDecision,
  type SubscribeDecision,
} from './acl.ts';
export { type AuthFailureReason, CONNACK, checkCarIdentity } from './auth.ts';
export {
  type ClusterLink,
  type ClusterLinkOptions,
  connectClusterLink,
  defaultNodeId,
} from './cluster.ts';
export {
  type GatewayConfig,
  type GatewayConfigInput,
  gatewayConfigSchema,
  resolveGatewayConfig,
} from './config.ts';
export { carMessageToWire, downlinkEnvelope } from './downlink/car-message-to-wire.ts';
export { createGateway, type Gateway, type GatewayDeps } from './gateway.ts';
export {
  type AuthBackoffOptions,
  createAuthBackoff,
  createPacketSizeGuard,
  createRateLimiter,
  type RateLimitOptions,
  type RateVerdict,
} from './limits.ts';
export { createGatewayMetrics, type GatewayMetrics } from './metrics.ts';
export { buildOpsApp } from './ops-http.ts';
export {
  createUplinkPipeline,
  type UplinkHandling,
  type UplinkOutcome,
  type UplinkPipeline,
} from './uplink/pipeline.ts';
export { type RejectionCode, toWireRejectionCode, type UplinkRejection } from './uplink/rejection.ts';
export { type FieldError, toValidUplink, UPLINK_LIMITS, type ValidUplink } from './uplink/wire-to-command.ts';
