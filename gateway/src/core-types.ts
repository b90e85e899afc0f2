/**
 * The booking core's car-channel contract (booking-core/src/car-channel.ts), imported in one
 * place through the core's public API. Types only: nothing of the core loads through here.
 */
export type {
  CarAppointmentView,
  CarChannel,
  CarCommand,
  CarDownlink,
  CarMessage,
  CarMessageIn,
  CarOutcome,
  CarRejectionCode,
  CheckRejectionCode,
  DealerCard,
  DiagnosticTroubleCode,
  HealthStatus,
  Price,
  ServiceStatus,
  TimeWindow,
  Warning,
} from '@csb/booking-core';
