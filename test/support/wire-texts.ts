/** Small wire documents with one hole, for tests that vary a single field's text. */

export const recordPrefix =
  '{"target_id":"t","sequence":1,"correlation_id":"c","event_type":"e","severity":"s","target_path":"p","child_id":null,' +
  '"occurred_at_unix_nanos":1,"config_version":"v","payload":';

/** An EventRecord whose `payload` is the given JSON text. */
export const recordText = (payload: string) => `${recordPrefix}${payload}}`;

/** A SupervisorNode whose `diagnostics` is the given JSON text. */
export const nodeText = (diagnostics: string) =>
  `{"node_id":"n","child_id":null,"path":"/","name":"x","kind":"child_task","tags":[],"criticality":"critical","state_summary":"ok","diagnostics":${diagnostics}}`;
