/**
 * The conformance cases, numbered in the order they run, each traced to a clause of
 * docs/protocol.md. Every case is required: a head unit conforms only when all pass.
 */
export interface CaseDefinition {
  id: string;
  clauses: string[];
  title: string;
}

export const CASES = [
  { id: 'HU-01', clauses: ['CONN-1'], title: 'connects with MQTT 3.1.1 (protocol level 4)' },
  { id: 'HU-02', clauses: ['CONN-3'], title: 'connects with clean session 0' },
  { id: 'HU-03', clauses: ['CONN-2'], title: 'uses the VIN as client id and user name' },
  { id: 'HU-04', clauses: ['TOPIC-2'], title: 'subscribes to its downlinks with QoS 1 after the CONNACK' },
  {
    id: 'HU-05',
    clauses: ['REQ-1', 'ENV-2', 'UP-1'],
    title: 'publishes a booking request QoS 1, retain 0, with a valid message id',
  },
  {
    id: 'HU-06',
    clauses: ['REQ-4'],
    title: 'resends an unanswered uplink with the same message id and bytes',
  },
  {
    id: 'HU-07',
    clauses: ['REJ-2', 'RATE-1'],
    title: 'resends a RATE_LIMITED uplink with the same message id after a wait',
  },
  {
    id: 'HU-08',
    clauses: ['DOWN-8'],
    title: 'expects no inquiry: acts on nothing while the dealer inquires',
  },
  { id: 'HU-09', clauses: ['REJ-1'], title: 'does not resend an uplink rejected as not retryable' },
  {
    id: 'HU-10',
    clauses: ['DOWN-2'],
    title: 'answers the newest of superseded proposals, never the older one again',
  },
  {
    id: 'HU-11',
    clauses: ['ENV-3', 'LEDGER-7'],
    title: 'receipts a redelivered message id and does not act on it twice',
  },
  {
    id: 'HU-12',
    clauses: ['ENV-5', 'DOWN-9'],
    title: 'ignores unknown protobuf fields (and receipts the message)',
  },
  { id: 'HU-13', clauses: ['DOWN-9'], title: 'ignores an unknown downlink body and still receipts it' },
  { id: 'HU-14', clauses: ['DOWN-5', 'DOWN-1'], title: 'handles a reminder (receipts it)' },
  { id: 'HU-15', clauses: ['DOWN-6', 'DOWN-1'], title: 'handles a navigation target (receipts it)' },
  {
    id: 'HU-16',
    clauses: ['CONN-4', 'CONN-5'],
    title: 'backs off after refused CONNECTs (CONNACK 3), delays growing',
  },
  { id: 'HU-17', clauses: ['TOPIC-2'], title: 'subscribes again after the CONNACK of every reconnect' },
  {
    id: 'HU-18',
    clauses: ['DOWN-1'],
    title: 'sends a delivery receipt for every downlink that asks for one',
  },
  { id: 'HU-19', clauses: ['RATE-1'], title: 'stays within the rate limit (20 uplinks/s, bursts of 100)' },
  {
    id: 'HU-20',
    clauses: ['REQ-1', 'ENV-1'],
    title: 'publishes every uplink QoS 1, retain 0, as a decodable envelope on its own topic',
  },
] as const satisfies readonly CaseDefinition[];

export type CaseId = (typeof CASES)[number]['id'];
